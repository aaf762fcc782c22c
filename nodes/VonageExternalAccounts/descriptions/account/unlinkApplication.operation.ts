import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodePropertyOptions } from 'n8n-workflow';

import { ACCOUNTS_PATH, addressedAccount, applicationIdOf } from '../common';

/** preSend: the path names the application to unlink. */
async function buildUnlinkRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const { path } = addressedAccount(this);
	const application = applicationIdOf(this, 'applicationId');
	return { ...requestOptions, url: `${path}/applications/${encodeURIComponent(application)}` };
}

/** postReceive (Vonage answers 204 with no body): what was unlinked. */
async function describeUnlink(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const { provider, externalId } = addressedAccount(this);
	const json: IDataObject = {
		unlinked: true,
		provider,
		external_id: externalId,
		application_id: applicationIdOf(this, 'applicationId'),
	};
	return items.length ? items.map((item) => ({ ...item, json })) : [{ json }];
}

// Its fields (Provider, Account, Application ID) are Link's too: see the resource's index.
export const unlinkApplicationOperation: INodePropertyOptions = {
	name: 'Unlink Application',
	value: 'unlinkApplication',
	action: 'Unlink an application from an account',
	description: 'Remove the link between an account and a Vonage application',
	routing: {
		request: { method: 'DELETE', url: ACCOUNTS_PATH },
		send: { preSend: [buildUnlinkRequest] },
		output: { postReceive: [describeUnlink] },
	},
};
