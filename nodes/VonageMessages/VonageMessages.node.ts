import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

import { vonageActionNode } from '../shared/nodeDescription';
import { messageProperties } from './descriptions/message';
import { sendCustomOperation } from './descriptions/message/send/send.operation';
import { executeSendAndWait, sendAndWaitWebhook, sendAndWaitWebhooks } from './descriptions/message/sendAndWait/sendAndWait.operation';
import { MESSAGES_SUBTITLE } from './descriptions/subtitle';

export class VonageMessages implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Messages',
		name: 'vonageMessages',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['output'],
		subtitle: MESSAGES_SUBTITLE,
		description: 'Send WhatsApp, SMS, MMS, RCS, Messenger, Viber and email messages with Vonage, wait for an answer, mark them as read or revoke them',
		defaults: { name: 'Vonage Messages' },
		usableAsTool: true,
		// Only Send and Wait for Response uses these: n8n serves them while an execution waits for the answer.
		webhooks: sendAndWaitWebhooks,
		...vonageActionNode({
			resources: [{ name: 'Message', value: 'message' }],
			defaultResource: 'message',
			properties: messageProperties,
		}),
	};

	webhook = sendAndWaitWebhook;

	customOperations = {
		message: { send: sendCustomOperation(() => this.description), [SEND_AND_WAIT_OPERATION]: executeSendAndWait },
	};
}
