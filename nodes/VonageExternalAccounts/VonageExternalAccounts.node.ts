import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, vonageNodeCredentials, vonageRequestDefaults } from '../shared/transport';
import { accountFields, accountOperations } from './descriptions/AccountDescription';
import { accountListSearch } from './listSearch';

export class VonageExternalAccounts implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage External Accounts',
		name: 'vonageExternalAccounts',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage the Messenger, Viber, WhatsApp and RCS accounts you send from with Vonage, and link them to applications',
		defaults: { name: 'Vonage External Accounts' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: vonageNodeCredentials,
		requestDefaults: vonageRequestDefaults,
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Account', value: 'account' }],
				default: 'account',
			},
			...accountOperations,
			...accountFields,
		],
	};

	methods = {
		listSearch: accountListSearch,
	};
}
