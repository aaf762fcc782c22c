import type { IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyOptions } from 'n8n-workflow';

import { ACCOUNTS_PATH, addressedAccount, applicationIdOf, maskAccessTokens } from '../common';

/** preSend: the account's applications path and `{ application }`. */
async function buildLinkRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const { path } = addressedAccount(this);
	const application = applicationIdOf(this, 'applicationId');
	return { ...requestOptions, url: `${path}/applications`, body: { application } };
}

// Its fields (Provider, Account, Application ID) are Unlink's too: see the resource's index.
export const linkApplicationOperation: INodePropertyOptions = {
	name: 'Link Application',
	value: 'linkApplication',
	action: 'Link an application to an account',
	description: "Link a Vonage Messages application to an account, so that the account's inbound messages go to the application's inbound URL",
	routing: {
		request: { method: 'POST', url: ACCOUNTS_PATH },
		send: { preSend: [buildLinkRequest] },
		output: { postReceive: [maskAccessTokens] },
	},
};
