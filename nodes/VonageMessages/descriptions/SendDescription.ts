import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { pacedRequest, pacingOptionProperties } from '../../shared/pacedRequest';
import { apiFormatOption } from '../legacyFormat';
import { shapeSendOutput, validateSendBody } from '../sendHooks';
import { showForSend } from './send/common';
import { sendChannels } from './send';

export const sendOperation: INodePropertyOptions = {
	name: 'Send',
	value: 'send',
	action: 'Send a message',
	description: 'Send a message on any channel with the Messages API (v1)',
	routing: {
		request: { method: 'POST', url: '/v1/messages' },
		send: { preSend: [validateSendBody], paginate: true },
		operations: { pagination: pacedRequest(shapeSendOutput) },
	},
};

export const sendFields: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		noDataExpression: true,
		displayOptions: showForSend,
		options: sendChannels.map((channel) => channel.option),
		default: 'whatsapp',
		routing: { send: { type: 'body', property: 'channel' } },
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 447700900001',
		description:
			'The sender: your Vonage number or WhatsApp number in E.164 format, your Facebook Page ID, Viber Service Message ID, RCS agent ID, or an alphanumeric SMS sender ID where the country allows it',
		displayOptions: showForSend,
		routing: { send: { type: 'body', property: 'from' } },
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 447700900000',
		description:
			"The recipient: a phone number in E.164 format (a leading + or 00 is removed), or for Messenger the user's Page-scoped ID (PSID)",
		displayOptions: showForSend,
		routing: { send: { type: 'body', property: 'to' } },
	},
	...sendChannels.flatMap((channel) => channel.fields),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showForSend,
		options: [
			{
				displayName: 'Client Reference',
				name: 'clientRef',
				type: 'string',
				default: '',
				description: 'Your own reference of up to 100 characters; Vonage returns it in every status event of this message',
				routing: { send: { type: 'body', property: 'client_ref' } },
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showForSend,
		options: [apiFormatOption, ...pacingOptionProperties],
	},
];
