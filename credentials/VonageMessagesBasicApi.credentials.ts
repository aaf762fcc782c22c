import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { authenticateBasic } from '../nodes/shared/auth';
import { BASE_URL_EXPRESSION, sharedCredentialProperties } from '../nodes/shared/hosts';

export class VonageMessagesBasicApi implements ICredentialType {
	name = 'vonageMessagesBasicApi';

	displayName = 'Vonage Messages Basic Auth API';

	icon: Icon = { light: 'file:../nodes/VonageMessages/vonage.svg', dark: 'file:../nodes/VonageMessages/vonage.dark.svg' };

	documentationUrl = 'https://developer.vonage.com/en/getting-started/concepts/authentication#basic-authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Shown at the top of the Vonage API Dashboard (dashboard.nexmo.com), under "API key"',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Shown beside the API key in the Vonage API Dashboard; click the eye icon to reveal it',
		},
		...sharedCredentialProperties,
	];

	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => await authenticateBasic(credentials, requestOptions);

	// Listing one application is the cheapest request that proves a key and secret pair.
	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/v2/applications',
			qs: { page_size: 1 },
		},
	};
}
