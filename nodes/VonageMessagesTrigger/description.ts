import type { INodeProperties } from 'n8n-workflow';

import { AUTHENTICATION_OPTIONS } from '../shared/transport';

/** Parameter names the trigger reads; kept here so description and code cannot drift apart. */
export const PARAMETER = {
	authentication: 'authentication',
	events: 'events',
	registerWebhooks: 'registerWebhooks',
	applicationId: 'applicationId',
	takeOverWebhooks: 'takeOverWebhooks',
	filters: 'filters',
	options: 'options',
} as const;

export interface TriggerFilters {
	channels?: string[];
	messageTypes?: string[];
	statuses?: string[];
	businessNumbers?: string;
}

export interface TriggerOptions {
	binaryPropertyName?: string;
	downloadMedia?: boolean;
	duplicateWindowMinutes?: number;
	ignoreDuplicates?: boolean;
	maxMediaSizeMb?: number;
	requireSignature?: boolean;
	signatureToleranceMinutes?: number;
}

export const DEFAULT_OPTIONS = {
	binaryPropertyName: 'data',
	downloadMedia: false,
	duplicateWindowMinutes: 60,
	ignoreDuplicates: true,
	maxMediaSizeMb: 16,
	requireSignature: false,
	signatureToleranceMinutes: 5,
} satisfies Required<TriggerOptions>;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Authentication',
		name: PARAMETER.authentication,
		type: 'options',
		options: AUTHENTICATION_OPTIONS,
		default: 'jwt',
		description:
			"Which credential to use. Its signature secret verifies the webhooks; its API key and secret register this trigger's URL on the Vonage application; the JWT credential can also download secure inbound media.",
	},
	{
		displayName:
			'When the workflow is activated, this trigger sets the Inbound URL and Status URL of your Vonage application to its own URL, and puts the previous URLs back when the workflow is deactivated',
		name: 'registrationNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { [PARAMETER.registerWebhooks]: [true] } },
	},
	{
		displayName: 'Trigger On',
		name: PARAMETER.events,
		type: 'multiOptions',
		required: true,
		options: [
			{
				name: 'Inbound Message',
				value: 'inboundMessage',
				description: 'A customer sent a message (text, media, location, a button or list reply, ...)',
			},
			{
				name: 'Message Status',
				value: 'messageStatus',
				description: 'A message you sent was submitted, delivered, read, rejected or undeliverable',
			},
		],
		default: ['inboundMessage'],
		description: 'Which events start the workflow. Other events are acknowledged to Vonage and start nothing.',
	},
	{
		displayName: 'Register Webhooks',
		name: PARAMETER.registerWebhooks,
		type: 'boolean',
		default: true,
		description:
			"Whether to set the application's Inbound and Status URLs to this trigger's URL on activation. Turn off for the Messages Sandbox, or to set the URLs yourself (then paste this trigger's Production URL into both fields in the Vonage Dashboard).",
	},
	{
		displayName: 'Application ID',
		name: PARAMETER.applicationId,
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
		description:
			'The Vonage application whose webhooks this trigger receives (Vonage Dashboard > Applications). The JWT credential names its application itself.',
		displayOptions: { show: { [PARAMETER.authentication]: ['basic'], [PARAMETER.registerWebhooks]: [true] } },
	},
	{
		displayName: 'Take Over Existing Webhooks',
		name: PARAMETER.takeOverWebhooks,
		type: 'boolean',
		default: false,
		description:
			'Whether to replace Inbound and Status URLs that point somewhere else. Off: activation stops with an error naming those URLs, so nothing that already receives your messages is cut off unnoticed. The replaced URLs are put back on deactivation.',
		displayOptions: { show: { [PARAMETER.registerWebhooks]: [true] } },
	},
	{
		displayName: 'Filters',
		name: PARAMETER.filters,
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'Events that do not match are acknowledged to Vonage and start nothing',
		options: [
			{
				displayName: 'Business Number or Sender ID',
				name: 'businessNumbers',
				type: 'string',
				default: '',
				placeholder: 'e.g. 447700900000, MyBrand, orders@example.com',
				description:
					'Only events of these numbers, sender IDs or sender email addresses, separated by commas: the receiving number of an inbound message, the sender of a status event. Spaces, "+" and a leading "00" in numbers, and upper or lower case, are ignored.',
			},
			{
				displayName: 'Channels',
				name: 'channels',
				type: 'multiOptions',
				options: [
					{ name: 'Email (Beta)', value: 'email', description: 'Status events of emails you sent (Vonage sends no inbound email)' },
					{ name: 'Messenger', value: 'messenger' },
					{ name: 'MMS', value: 'mms' },
					{ name: 'RCS', value: 'rcs' },
					{ name: 'SMS', value: 'sms' },
					{ name: 'Viber', value: 'viber_service' },
					{ name: 'WhatsApp', value: 'whatsapp' },
				],
				default: [],
				description: 'Only events of these channels. Empty: all channels.',
			},
			{
				displayName: 'Message Types',
				name: 'messageTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Audio', value: 'audio' },
					{ name: 'Button (Template Quick Reply, Flow or RCS Action)', value: 'button' },
					{ name: 'Contacts', value: 'contacts' },
					{ name: 'Custom', value: 'custom' },
					{ name: 'File', value: 'file' },
					{ name: 'Image', value: 'image' },
					{ name: 'Location', value: 'location' },
					{ name: 'Order', value: 'order' },
					{ name: 'Reaction', value: 'reaction' },
					{ name: 'Reply (Interactive or Suggested Reply)', value: 'reply' },
					{ name: 'Sticker', value: 'sticker' },
					{ name: 'Text', value: 'text' },
					{ name: 'Unsupported', value: 'unsupported' },
					{ name: 'vCard', value: 'vcard' },
					{ name: 'Video', value: 'video' },
				],
				default: [],
				description: 'Only inbound messages of these types. Empty: all types. Status events are not filtered by this.',
			},
			{
				displayName: 'Statuses',
				name: 'statuses',
				type: 'multiOptions',
				options: [
					{ name: 'Delivered', value: 'delivered' },
					{ name: 'Read', value: 'read' },
					{ name: 'Rejected', value: 'rejected' },
					{ name: 'Submitted', value: 'submitted' },
					{ name: 'Undeliverable', value: 'undeliverable' },
				],
				default: [],
				description: 'Only status events with these statuses. Empty: all statuses. Inbound messages are not filtered by this.',
			},
		],
	},
	{
		displayName: 'Options',
		name: PARAMETER.options,
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Download Media',
				name: 'downloadMedia',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the image, audio, video, file, sticker or vCard of an inbound message into binary data. If a download fails, the event still starts the workflow and mediaDownloadError says why.',
			},
			{
				displayName: 'Duplicate Window (Minutes)',
				name: 'duplicateWindowMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 1440 },
				default: 60,
				description: 'How long an event is remembered to recognize it when Vonage delivers it again',
			},
			{
				displayName: 'Ignore Duplicates',
				name: 'ignoreDuplicates',
				type: 'boolean',
				default: true,
				description:
					'Whether an event Vonage delivers again (the same inbound message, or the same status of the same message) is acknowledged without starting the workflow a second time',
			},
			{
				displayName: 'Max Media Size (MB)',
				name: 'maxMediaSizeMb',
				type: 'number',
				typeOptions: { minValue: 0.1, maxValue: 100, numberPrecision: 1 },
				default: 16,
				description: 'Larger media is not downloaded (the event still starts the workflow). Used with Download Media.',
			},
			{
				displayName: 'Put Media in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				description: 'The binary field that receives downloaded media. Used with Download Media.',
			},
			{
				displayName: 'Require Signature',
				name: 'requireSignature',
				type: 'boolean',
				default: false,
				description:
					'Whether to refuse every request when the credential has no Signature Secret. With a secret, signatures are always checked.',
			},
			{
				displayName: 'Signature Tolerance (Minutes)',
				name: 'signatureToleranceMinutes',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 60 },
				default: 5,
				description: "How old a webhook's signature may be (or how far this server's clock may be off) before the request is refused",
			},
		],
	},
];
