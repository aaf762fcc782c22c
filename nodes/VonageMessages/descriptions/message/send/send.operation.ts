import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { authenticateBasic, authenticateJwt, BASIC_CREDENTIAL, JWT_CREDENTIAL } from '../../../../shared/auth';
import { resolveBaseUrl, type VonageHostCredentialFields } from '../../../../shared/hosts';
import { pacedRequest, pacingOptionProperties } from '../../../../shared/pacedRequest';
import { leanRoutedOperation } from './leanRouting';
import { apiFormatOption } from './legacyFormat';
import { TTL_RANGES } from './channelRules';
import { checkSendBodyAndApplyApiFormat, shapeSendOutput } from './hooks';
import { routeResolvedForm } from './resolvedForm';
import { showFor } from './channels/common';
import { sendChannels } from './channels';

/** Channels whose messages take a top-level `ttl` and `trusted_recipient` (Viber has its own TTL). */
const TTL_CHANNELS = Object.keys(TTL_RANGES);

export const sendOperation: INodePropertyOptions = {
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Send a message on any channel with the Messages API (v1)',
	routing: {
		request: { method: 'POST', url: '/v1/messages' },
		// `paginate: true` is not about pages: it hands the HTTP call to `operations.pagination`, the one
		// routing hook that sends the request itself, so pacedRequest can pace sends (rate and requests in
		// flight across the items of a run) and retry 429s before the engine sees the response.
		send: { preSend: [routeResolvedForm(() => sendFields), checkSendBodyAndApplyApiFormat], paginate: true },
		operations: { pagination: pacedRequest(shapeSendOutput) },
	},
};

/**
 * Send as n8n runs it (the node's `customOperations`): the routing above, read once per run instead of
 * once per item by n8n's declarative engine, with the credential read once per run (leanRouting.ts says
 * why and what is kept). n8n versions without custom operations still run the routing above.
 */
export function sendCustomOperation(description: () => INodeTypeDescription) {
	return leanRoutedOperation({
		description,
		authenticators: { [BASIC_CREDENTIAL]: authenticateBasic, [JWT_CREDENTIAL]: authenticateJwt },
		baseUrl: (credentials) => resolveBaseUrl(credentials as VonageHostCredentialFields),
	});
}

/** The sender of each channel, as its From field describes it. */
const FROM_BY_CHANNEL: Array<{ channel: string; placeholder: string; description: string }> = [
	{
		channel: 'email',
		placeholder: 'e.g. orders@example.com',
		description: 'Your sender address, on a domain Vonage has verified for your account; the display name goes into Email Options > From Name',
	},
	{ channel: 'messenger', placeholder: 'e.g. 104321098765432', description: 'The ID of your Facebook Page that sends the message' },
	{ channel: 'mms', placeholder: 'e.g. 14155550100', description: 'Your MMS-enabled Vonage number in E.164 format' },
	{ channel: 'rcs', placeholder: 'e.g. myrcsagent', description: 'The ID of your RCS agent (RBM agent ID), as Vonage shows it for the agent' },
	{
		channel: 'sms',
		placeholder: 'e.g. 447700900001',
		description: 'Your Vonage number in E.164 format, or an alphanumeric sender ID of up to 11 characters where the country allows it',
	},
	{ channel: 'viber_service', placeholder: 'e.g. 16273', description: 'Your Viber Service Message ID' },
	{ channel: 'whatsapp', placeholder: 'e.g. 447700900001', description: 'Your WhatsApp Business number in E.164 format' },
];

export const sendFields: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		// No expression in the editor: n8n would then count every channel's fields as shown and refuse to run the
		// workflow over their empty required ones. An AI agent's $fromAI() still reaches the node (see resolvedForm.ts).
		noDataExpression: true,
		options: sendChannels.map((channel) => channel.option),
		default: 'whatsapp',
		routing: { send: { type: 'body', property: 'channel' } },
	},
	// One From per channel: each channel's sender is a different kind of ID, and the placeholder shows that kind.
	...FROM_BY_CHANNEL.map(
		({ channel, placeholder, description }): INodeProperties => ({
			displayName: 'From',
			name: 'from',
			type: 'string',
			required: true,
			default: '',
			placeholder,
			description,
			displayOptions: showFor(channel),
			routing: { send: { type: 'body', property: 'from' } },
		}),
	),
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 447700900000',
		description:
			"The recipient: a phone number in E.164 format (a leading + or 00 is removed), for Messenger the user's Page-scoped ID (PSID), for Email an email address",
		routing: { send: { type: 'body', property: 'to' } },
	},
	...sendChannels.flatMap((channel) => channel.fields),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Client Reference',
				name: 'clientRef',
				type: 'string',
				default: '',
				description: 'Your own reference of up to 100 characters; Vonage returns it in every status event of this message',
				routing: { send: { type: 'body', property: 'client_ref' } },
			},
			{
				displayName: 'Failover Messages',
				name: 'failoverMessages',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, sortable: true },
				placeholder: 'Add Failover Message',
				default: {},
				description:
					'Text messages to try, in this order, when the message before is rejected or not delivered (e.g. SMS when WhatsApp fails). The output then has a workflow_id. For other message types use Failover Messages (JSON).',
				options: [
					{
						displayName: 'Failover Message',
						name: 'message',
						values: [
							{
								displayName: 'Channel',
								name: 'channel',
								type: 'options',
								options: sendChannels.map((channel) => channel.option),
								default: 'sms',
								routing: { send: { type: 'body', property: '=failover[{{$index}}].channel' } },
							},
							{
								displayName: 'From',
								name: 'from',
								type: 'string',
								default: '',
								placeholder: 'e.g. 447700900001',
								description: 'Your sender on that channel',
								routing: { send: { type: 'body', property: '=failover[{{$index}}].from' } },
							},
							{
								displayName: 'To',
								name: 'to',
								type: 'string',
								default: '',
								placeholder: 'e.g. 447700900000',
								description: 'The recipient on that channel; leave empty to use the To of the first message',
								routing: { send: { type: 'body', property: '=failover[{{$index}}].to' } },
							},
							{
								displayName: 'Text',
								name: 'text',
								type: 'string',
								typeOptions: { rows: 2 },
								default: '',
								routing: { send: { type: 'body', property: '=failover[{{$index}}].text' } },
							},
						],
					},
				],
			},
			{
				displayName: 'Failover Messages (JSON)',
				name: 'failoverJson',
				type: 'json',
				default: '[\n  {\n    "channel": "sms",\n    "message_type": "text",\n    "from": "447700900001",\n    "text": "Hello from Vonage"\n  }\n]',
				description:
					'Messages to try, in this order, when the message before is rejected or not delivered: a JSON array of Messages API v1 message objects, each with "channel", "message_type", "from" and the fields of its type. "to" defaults to the To of the first message.',
				routing: { send: { type: 'body', property: 'failover' } },
			},
			{
				displayName: 'Status Webhook URL',
				name: 'webhookUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/vonage/status',
				description:
					'Where Vonage sends the status events of this message, instead of the status URL of your application or account',
				routing: { send: { type: 'body', property: 'webhook_url' } },
			},
			{
				displayName: 'Status Webhook Version',
				name: 'webhookVersion',
				type: 'options',
				options: [
					{ name: 'V0.1 (Legacy)', value: 'v0.1' },
					{ name: 'V1', value: 'v1' },
				],
				default: 'v1',
				description: 'The Messages API format of the status events of this message',
				routing: { send: { type: 'body', property: 'webhook_version' } },
			},
			{
				displayName: 'Time to Live (Seconds)',
				name: 'ttl',
				type: 'number',
				typeOptions: { minValue: 20, maxValue: 604800 },
				default: 86400,
				description:
					'How long Vonage tries to deliver the message before it expires. SMS: 20 to 604,800 (default 72 hours, most operators stop after 24 to 48 hours). MMS: 300 to 259,200. RCS: 20 to 259,200.',
				displayOptions: { show: { '/channel': TTL_CHANNELS } },
				routing: { send: { type: 'body', property: 'ttl' } },
			},
			{
				displayName: 'Trusted Recipient',
				name: 'trustedRecipient',
				type: 'boolean',
				default: false,
				description:
					'Whether to skip the Fraud Defender protections (traffic rules, SMS burst and AIT protection) for this message; only for accounts with Fraud Defender Premium',
				displayOptions: { show: { '/channel': TTL_CHANNELS } },
				routing: { send: { type: 'body', property: 'trusted_recipient' } },
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [apiFormatOption, ...pacingOptionProperties],
	},
];
