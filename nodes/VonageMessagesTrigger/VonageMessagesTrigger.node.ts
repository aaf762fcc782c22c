import type { IHookFunctions, INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { vonageNodeCredentials } from '../shared/transport';
import { triggerProperties } from './description';
import { registerWebhooks, unregisterWebhooks, webhookExists } from './registration';
import { handleWebhook } from './webhook';

export class VonageMessagesTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Vonage Messages Trigger',
		name: 'vonageMessagesTrigger',
		icon: { light: 'file:vonage.svg', dark: 'file:vonage.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ ($parameter["events"] || []).includes("messageStatus") ? (($parameter["events"] || []).includes("inboundMessage") ? "Inbound Messages and Statuses" : "Message Statuses") : "Inbound Messages" }}',
		// n8n's nodes panel shows this node and Vonage Messages as ONE entry, "Vonage Messages", with this text: it
		// names what both do, sending first, so that someone who wants to send does not take the entry for a trigger.
		description:
			'Send WhatsApp, SMS, MMS, RCS, Messenger, Viber and email messages with Vonage, and start workflows when a customer writes or a sent message is delivered or read',
		defaults: { name: 'Vonage Messages Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: vonageNodeCredentials,
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// Empty, so that n8n answers with the webhook's own response instead of the first item.
				responseData: '',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await registerWebhooks.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await unregisterWebhooks.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleWebhook.call(this);
	}
}
