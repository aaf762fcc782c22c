import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { operationSubtitle, vonageActionNode } from '../shared/nodeDescription';
import { accountProperties } from './descriptions/account';
import { accountListSearch } from './listSearch';

export class VonageExternalAccounts implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage External Accounts',
		name: 'vonageExternalAccounts',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['transform'],
		subtitle: operationSubtitle(accountProperties, 'account'),
		description: 'Manage the Messenger, Viber, WhatsApp and RCS accounts you send from with Vonage, and link them to applications',
		defaults: { name: 'Vonage External Accounts' },
		usableAsTool: true,
		...vonageActionNode({
			resources: [{ name: 'Account', value: 'account' }],
			defaultResource: 'account',
			properties: accountProperties,
		}),
	};

	methods = {
		listSearch: accountListSearch,
	};
}
