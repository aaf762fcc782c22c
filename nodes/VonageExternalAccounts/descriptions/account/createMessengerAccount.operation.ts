import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { refuse, requireText } from '../../../shared/validation';
import { ACCOUNTS_PATH, APPLICATION_ID_PLACEHOLDER, applicationIdOf, maskAccessTokens } from '../common';

/** preSend: the body from the Page ID, token and optional fields. */
async function buildCreateBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const externalId = requireText(this, 'Facebook Page ID', this.getNodeParameter('pageId', '')).trim();
	if (!/^\d+$/.test(externalId)) {
		throw refuse(this, 'Facebook Page ID',
			externalId,
			'is not a Page ID',
			'A Facebook Page ID has digits only, e.g. 107055848123456. Find it on your Facebook Page under About > Page transparency, or in Meta Business Suite > Settings.',
		);
	}
	const accessToken = requireText(this, 'Page Access Token', this.getNodeParameter('accessToken', '')).trim();
	const additional = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const body: IDataObject = { external_id: externalId, access_token: accessToken };
	if (typeof additional.name === 'string' && additional.name.trim()) body.name = additional.name.trim();
	if (additional.applicationId !== undefined) body.applications = [applicationIdOf(this, 'additionalFields.applicationId')];
	return { ...requestOptions, body };
}

export const createMessengerAccountOperation: INodePropertyOptions = {
	name: 'Create Messenger Account',
	value: 'createMessengerAccount',
	action: 'Create a messenger account',
	description: 'Connect a Facebook Page to Vonage so you can send and receive Messenger messages as that Page',
	routing: {
		request: { method: 'POST', url: `${ACCOUNTS_PATH}/messenger` },
		send: { preSend: [buildCreateBody] },
		output: { postReceive: [maskAccessTokens] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const createMessengerAccountFields: INodeProperties[] = [
	{
		displayName: 'Facebook Page ID',
		name: 'pageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 107055848123456',
		description: 'ID of the Facebook Page to connect (on the Page: About > Page transparency, or Meta Business Suite > Settings)',
	},
	{
		displayName: 'Page Access Token',
		name: 'accessToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			"A Page access token of the Facebook Page, from Meta's Graph API Explorer or your Meta app, or connect the Page in the Vonage Dashboard > Messages > Social channels",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				default: '',
				placeholder: APPLICATION_ID_PLACEHOLDER,
				description: "Vonage Messages application to link right away; inbound messages go to the application's inbound URL",
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Support Page',
				description: 'Your own name for the account',
			},
		],
	},
];
