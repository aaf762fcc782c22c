import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { parseJson, refuseMessage, requireUrl } from '../../../shared/validation';
import { returnAllAndLimit } from '../../../shared/getMany';
import { confirmDeleted } from '../../../shared/output';
import { keepWithinLimit, splitList } from '../common';
import { OTHER_FIELDS_JSON, listOf, requestPath } from './common';

const RESOURCE = 'whatsappNotificationSubscription';
const SUBSCRIPTIONS_PATH = '/v2/whatsapp-manager/subscriptions';

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

/** The list endpoint answers with a bare array: one item per subscription, cut to the Limit. */
/** The subscriptions endpoint answers with a bare array. */
const subscriptionsOf = (body: unknown): IDataObject[] => (Array.isArray(body) ? (body as IDataObject[]) : []);

const show = (operation: string) => ({ resource: [RESOURCE], operation: [operation] });

export const notificationSubscriptionResource = {
	name: 'WhatsApp Notification Subscription',
	value: RESOURCE,
	description: 'Slack or webhook destinations for WhatsApp account notifications',
};

export const notificationSubscriptionProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [RESOURCE] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a notification subscription',
				description: 'Send WhatsApp account notifications to Slack or to a webhook',
				routing: { request: { method: 'POST', url: SUBSCRIPTIONS_PATH }, send: { preSend: [buildSubscription] } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a notification subscription',
				description: 'Stop sending notifications to a destination',
				routing: {
					request: { method: 'DELETE' },
					send: { preSend: [requestPath(`${SUBSCRIPTIONS_PATH}/{subscriptionId}`)] },
					output: { postReceive: [confirmDeleted] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many notification subscriptions',
				description: 'List the notification subscriptions of your main API key',
				routing: { request: { method: 'GET', url: SUBSCRIPTIONS_PATH }, output: { postReceive: [splitList(subscriptionsOf), keepWithinLimit] } },
			},
		],
		default: 'getAll',
	},
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
		displayOptions: { show: show('create') },
	},
	{
		displayName: 'Slack Webhook URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://hooks.slack.com/services/T000/B000/XXXX',
		description: 'The incoming webhook URL of your Slack app',
		displayOptions: { show: { ...show('create'), destinationType: ['slack'] } },
	},
	{
		displayName: 'Webhook URL',
		name: 'url',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/whatsapp-notifications',
		description: 'The URL Vonage posts the notifications to',
		displayOptions: { show: { ...show('create'), destinationType: ['webhook'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: show('create') },
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
	{
		displayName: 'Subscription ID',
		name: 'subscriptionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 9fa85698-c92a-4786-be0e-b5a489425120',
		description: 'The ID of the subscription to delete, as Get Many returns it',
		displayOptions: { show: show('delete') },
	},
	...returnAllAndLimit(show('getAll')),
];
