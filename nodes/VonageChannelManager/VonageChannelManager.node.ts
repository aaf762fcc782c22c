import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { operationSubtitle, vonageActionNode } from '../shared/nodeDescription';
import { channelManagerProperties, channelManagerResources } from './descriptions';
import { channelManagerListSearch } from './listSearch';

export class VonageChannelManager implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Channel Manager',
		name: 'vonageChannelManager',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['transform'],
		subtitle: operationSubtitle(channelManagerProperties, 'whatsappBusinessAccount'),
		description: 'Manage WhatsApp Business accounts, numbers and profiles and RCS brands, agents and devices with the Vonage Channel Manager API',
		defaults: { name: 'Vonage Channel Manager' },
		usableAsTool: true,
		...vonageActionNode({
			resources: channelManagerResources,
			defaultResource: 'whatsappBusinessAccount',
			properties: channelManagerProperties,
		}),
	};

	methods = {
		listSearch: channelManagerListSearch,
	};
}
