import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { vonageActionNode } from '../shared/nodeDescription';
import { messageProperties } from './descriptions/message';
import { sendCustomOperation } from './descriptions/message/send/send.operation';
import { MESSAGES_SUBTITLE } from './descriptions/subtitle';

export class VonageMessages implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Messages',
		name: 'vonageMessages',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['output'],
		subtitle: MESSAGES_SUBTITLE,
		description: 'Send WhatsApp, SMS, MMS, RCS, Messenger and Viber messages with Vonage, mark them as read or revoke them',
		defaults: { name: 'Vonage Messages' },
		usableAsTool: true,
		...vonageActionNode({
			resources: [{ name: 'Message', value: 'message' }],
			defaultResource: 'message',
			properties: messageProperties,
		}),
	};

	customOperations = {
		message: { send: sendCustomOperation(() => this.description) },
	};
}
