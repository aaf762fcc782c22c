import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { pacedRequest, pacingOptionProperties } from '../../shared/pacedRequest';
import { shapeSendOutput, validateSendBody } from '../sendHooks';

const showForSend = { resource: ['message'], operation: ['send'] };

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
		displayOptions: { show: showForSend },
		options: [{ name: 'SMS', value: 'sms' }],
		default: 'sms',
		routing: { send: { type: 'body', property: 'channel' } },
	},
	{
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { ...showForSend, channel: ['sms'] } },
		options: [{ name: 'Text', value: 'text' }],
		default: 'text',
		routing: { send: { type: 'body', property: 'message_type' } },
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 447700900001',
		description: 'Your Vonage number in E.164 format, or an alphanumeric sender ID of up to 11 characters where the country allows it',
		displayOptions: { show: showForSend },
		routing: { send: { type: 'body', property: 'from' } },
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 447700900000',
		description: "The recipient's phone number in E.164 format; a leading + or 00 is removed",
		displayOptions: { show: showForSend },
		routing: { send: { type: 'body', property: 'to' } },
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description: 'The message text (SMS: up to 3,200 characters, sent in as many parts as needed)',
		displayOptions: { show: { ...showForSend, messageType: ['text'] } },
		routing: { send: { type: 'body', property: 'text' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showForSend },
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
		displayOptions: { show: showForSend },
		options: [...pacingOptionProperties],
	},
];
