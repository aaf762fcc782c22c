import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { OPERATION_SUBTITLE, vonageActionNode } from '../shared/nodeDescription';
import { messageFields, messageOperations } from './descriptions/MessageDescription';

export class VonageMessages implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Messages',
		name: 'vonageMessages',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['output'],
		subtitle: OPERATION_SUBTITLE,
		description: 'Send WhatsApp, SMS, MMS, RCS, Messenger and Viber messages with the Vonage Messages API',
		defaults: { name: 'Vonage Messages' },
		usableAsTool: true,
		...vonageActionNode({
			resources: [{ name: 'Message', value: 'message' }],
			defaultResource: 'message',
			properties: [...messageOperations, ...messageFields],
		}),
	};
}
