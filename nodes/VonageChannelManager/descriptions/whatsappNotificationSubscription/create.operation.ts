import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { parseJson, refuseMessage, requireUrl } from '../../../shared/validation';
import { OTHER_FIELDS_JSON, listOf } from '../common';
import { SUBSCRIPTIONS_PATH } from './path';

/** WhatsApp notification types are Meta webhook field names: lower case words joined by underscores. */
const NOTIFICATION_TYPE = /^[a-z][a-z0-9_]*$/;

/**
 * Builds the subscription from the structured fields: the destination object named after the type
 * (`slack: {url}` or `webhook: {url}`) and the notification types as the comma-separated text the API
 * takes. Fields of "Other Fields (JSON)" are sent too; the structured fields take precedence.
 */
async function buildSubscription(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const type = this.getNodeParameter('destinationType', 'webhook') as 'slack' | 'webhook';
	const url = requireUrl(this, type === 'slack' ? 'Slack Webhook URL' : 'Webhook URL', this.getNodeParameter('url', ''), 'link');
	if (type === 'slack' && !url.startsWith('https://')) {
		throw refuseMessage(this, `Slack Webhook URL "${url}" does not start with https://`, 'Copy the incoming webhook URL from your Slack app, e.g. https://hooks.slack.com/services/T000/B000/XXXX.');
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const body: IDataObject = { ...parseJson(this, 'Other Fields (JSON)', options.otherFieldsJson, OTHER_FIELDS_JSON) as IDataObject, type, [type]: { url } };
	if (typeof options.label === 'string' && options.label.trim()) body.label = options.label.trim();
	const whatsappTypes = listOf(options.whatsappNotificationTypes);
	const wrongType = whatsappTypes.find((entry) => !NOTIFICATION_TYPE.test(entry));
	if (wrongType !== undefined) {
		throw refuseMessage(this, `WhatsApp Notification Types "${wrongType}" is not a notification type`, 'Enter WhatsApp webhook field names separated by commas, e.g. account_alerts, account_update.');
	}
	if (whatsappTypes.length) body.whatsapp_subscribe_types = whatsappTypes.join(',');
	const vonageTypes = listOf(options.vonageNotificationTypes);
	if (vonageTypes.length) body.vonage_subscribe_types = vonageTypes.join(',');
	return { ...requestOptions, body };
}

export const createOperation: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a notification subscription',
	description: 'Send WhatsApp account notifications to Slack or to a webhook',
	routing: { request: { method: 'POST', url: SUBSCRIPTIONS_PATH }, send: { preSend: [buildSubscription] } },
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const createFields: INodeProperties[] = [
	{
		displayName: 'Destination',
		name: 'destinationType',
		type: 'options',
		options: [
			{ name: 'Slack', value: 'slack', description: 'A Slack incoming webhook' },
			{ name: 'Webhook', value: 'webhook', description: 'Your own HTTPS endpoint, e.g. an n8n Webhook node' },
		],
		default: 'webhook',
		description: 'Where Vonage sends the notifications',
	},
	{
		displayName: 'Slack Webhook URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://hooks.slack.com/services/T000/B000/XXXX',
		description: 'The incoming webhook URL of your Slack app',
		displayOptions: { show: { destinationType: ['slack'] } },
	},
	{
		displayName: 'Webhook URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/whatsapp-notifications',
		description: 'The URL Vonage posts the notifications to',
		displayOptions: { show: { destinationType: ['webhook'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				placeholder: 'e.g. WhatsApp alerts to ops channel',
				description: 'A name that helps you recognise the subscription',
			},
			{
				displayName: 'Other Fields (JSON)',
				name: 'otherFieldsJson',
				type: 'json',
				default: '{}',
				description: 'Further subscription fields as a JSON object, sent as they are. Fields set above take precedence.',
			},
			{
				displayName: 'Vonage Notification Types',
				name: 'vonageNotificationTypes',
				type: 'multiOptions',
				options: [{ name: 'Number Onboarded', value: 'vonage_number_onboarded', description: 'A WhatsApp number finished onboarding at Vonage' }],
				default: [],
				description: 'Vonage events to include',
			},
			{
				displayName: 'WhatsApp Notification Types',
				name: 'whatsappNotificationTypes',
				type: 'string',
				default: '',
				placeholder: 'e.g. account_alerts, account_update',
				description: "WhatsApp webhook fields to include, separated by commas. Empty for all of them (Vonage's default).",
			},
		],
	},
];
