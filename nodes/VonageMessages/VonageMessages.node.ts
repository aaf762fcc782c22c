import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, vonageNodeCredentials, vonageRequestDefaults } from '../shared/transport';
import { messageFields, messageOperations } from './descriptions/MessageDescription';

export class VonageMessages implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Messages',
		name: 'vonageMessages',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Send WhatsApp, SMS, MMS, RCS, Messenger and Viber messages with the Vonage Messages API',
		defaults: { name: 'Vonage Messages' },
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
				options: [{ name: 'Message', value: 'message' }],
				default: 'message',
			},
			...messageOperations,
			...messageFields,
		],
	};
}
