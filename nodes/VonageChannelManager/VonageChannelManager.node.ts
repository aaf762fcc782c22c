import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, vonageNodeCredentials, vonageRequestDefaults } from '../shared/transport';
import { rcsListSearch, rcsProperties, rcsResources } from './descriptions/rcs';
import { whatsappListSearch, whatsappProperties, whatsappResources } from './descriptions/whatsapp';

export class VonageChannelManager implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Channel Manager',
		name: 'vonageChannelManager',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Manage WhatsApp Business accounts, numbers and profiles and RCS brands, agents and devices with the Vonage Channel Manager API',
		defaults: { name: 'Vonage Channel Manager' },
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
				options: [...rcsResources, ...whatsappResources],
				default: 'whatsappBusinessAccount',
			},
			...whatsappProperties,
			...rcsProperties,
		],
	};

	methods = {
		listSearch: { ...whatsappListSearch, ...rcsListSearch },
	};
}
