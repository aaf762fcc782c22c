import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { refuse, requireText } from '../../../shared/validation';
import { ACCOUNTS_PATH, APPLICATION_ID_PLACEHOLDER, addressedAccount, applicationIdOf, maskAccessTokens } from '../common';

/** preSend: the account's path and only the fields the user chose; at least one. */
async function buildUpdateRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const { path } = addressedAccount(this);
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) body.name = requireText(this, 'Name', fields.name).trim();
	if (fields.accessToken !== undefined) body.access_token = requireText(this, 'Page Access Token', fields.accessToken).trim();
	if (fields.applicationId !== undefined) body.applications = [applicationIdOf(this, 'updateFields.applicationId')];
	if (!Object.keys(body).length) {
		throw refuse(this, 'Update Fields',
			'',
			'is empty',
			'Add at least one field to change under Update Fields: Name, Page Access Token or Application ID.',
		);
	}
	return { ...requestOptions, url: path, body };
}

export const updateMessengerAccountOperation: INodePropertyOptions = {
	name: 'Update Messenger Account',
	value: 'updateMessengerAccount',
	action: 'Update a messenger account',
	description: 'Rename a Messenger account, replace its Page access token, or change its linked application',
	routing: {
		request: { method: 'PATCH', url: `${ACCOUNTS_PATH}/messenger` },
		send: { preSend: [buildUpdateRequest] },
		output: { postReceive: [maskAccessTokens] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const updateMessengerAccountFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
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
				description: 'Vonage Messages application to link instead of the current one',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Support Page',
				description: 'New name of the account',
			},
			{
				displayName: 'Page Access Token',
				name: 'accessToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'A new Page access token, e.g. after the old one expired or was revoked',
			},
		],
	},
];
