import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';

import { authenticateJwt } from '../nodes/shared/auth';
import { BASE_URL_EXPRESSION, sharedCredentialProperties } from '../nodes/shared/hosts';

export class VonageMessagesJwtApi implements ICredentialType {
	name = 'vonageMessagesJwtApi';

	displayName = 'Vonage Messages JWT API';

	icon: Icon = { light: 'file:../nodes/VonageMessages/vonage.svg', dark: 'file:../nodes/VonageMessages/vonage.dark.svg' };

	documentationUrl = 'https://developer.vonage.com/en/getting-started/concepts/authentication#json-web-tokens';

	properties: INodeProperties[] = [
		{
			displayName: 'Application ID',
			name: 'applicationId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
			description: 'Vonage Dashboard > Applications: the ID of the application with the Messages capability',
		},
		{
			displayName: 'Private Key',
			name: 'privateKey',
			type: 'string',
			typeOptions: { password: true, rows: 6 },
			default: '',
			required: true,
			placeholder: '-----BEGIN PRIVATE KEY-----',
			description:
				'The content of the private.key file downloaded when you clicked "Generate public and private key" for the application. Paste it whole; keys with literal \\n or lost line breaks are accepted.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'Optional. Needed for operations Vonage accepts only with Basic auth, and for the trigger to register its webhook URLs on the application. Top of the Vonage API Dashboard.',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: 'Optional. The API secret shown beside the API key in the Vonage API Dashboard.',
		},
		...sharedCredentialProperties,
	];

	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => await authenticateJwt(credentials, requestOptions);

	// Listing one external account works with an application JWT and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: BASE_URL_EXPRESSION,
			url: '/beta/chatapp-accounts',
			qs: { page_size: 1 },
		},
	};
}
