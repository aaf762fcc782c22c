import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { normalizePhoneNumber, requireText } from '../../../shared/validation';
import { showFor } from './common';
import type { SendChannel } from './types';

export const smsChannel: SendChannel = {
	value: 'sms',
	option: { name: 'SMS', value: 'sms' },
	fields: [
		{
			displayName: 'Message Type',
			name: 'messageType',
			type: 'options',
			noDataExpression: true,
			displayOptions: showFor('sms'),
			options: [{ name: 'Text', value: 'text' }],
			default: 'text',
			routing: { send: { type: 'body', property: 'message_type' } },
		},
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			description: 'The message text: up to 3,200 characters, sent in as many SMS parts as needed',
			displayOptions: showFor('sms', ['text']),
			routing: { send: { type: 'body', property: 'text' } },
		},
	],
	validate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		const from = String(body.from ?? '').trim();
		return {
			...body,
			to: normalizePhoneNumber(context, 'To', body.to),
			from: /^[+\d\s().-]+$/.test(from) ? normalizePhoneNumber(context, 'From', from) : requireText(context, 'From', from, 11),
			text: requireText(context, 'Text', body.text, 3200),
		};
	},
};
