import { messageTextField, messageTypeField, showFor } from './common';
import type { SendChannel } from './types';

export const smsChannel: SendChannel = {
	value: 'sms',
	option: { name: 'SMS', value: 'sms' },
	fields: [
		messageTypeField('sms', [{ name: 'Text', value: 'text' }], 'text'),
		messageTextField('sms', 'The message text: up to 3,200 characters, sent in as many SMS parts as needed'),
		{
			displayName: 'SMS Options',
			name: 'smsOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('sms'),
			options: [
				{
					displayName: 'Content ID',
					name: 'contentId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 1107457532145798767',
					description:
						'The registered ID of this message template, required by regulators in some countries (e.g. DLT content template ID in India)',
					routing: { send: { type: 'body', property: 'sms.content_id' } },
				},
				{
					displayName: 'Encoding Type',
					name: 'encodingType',
					type: 'options',
					options: [
						{
							name: 'Auto',
							value: 'auto',
							description: 'Unicode if the text contains characters outside the GSM alphabet, otherwise text',
						},
						{ name: 'Text', value: 'text', description: 'GSM 7-bit: 160 characters per SMS part' },
						{
							name: 'Unicode',
							value: 'unicode',
							description: 'UCS-2: 70 characters per SMS part, for emoji and non-Latin scripts',
						},
					],
					default: 'auto',
					description: 'How the text is encoded; it decides how many characters fit into one SMS part',
					routing: { send: { type: 'body', property: 'sms.encoding_type' } },
				},
				{
					displayName: 'Entity ID',
					name: 'entityId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 1101456324675322134',
					description: 'Your registered sender entity ID, required by regulators in some countries (e.g. DLT principal entity ID in India)',
					routing: { send: { type: 'body', property: 'sms.entity_id' } },
				},
				{
					displayName: 'Number Pool ID',
					name: 'poolId',
					type: 'string',
					default: '',
					placeholder: 'e.g. abc123',
					description:
						'Send from a number of this Vonage number pool. From is still required: Vonage uses it when the pool cannot serve the message.',
					routing: { send: { type: 'body', property: 'sms.pool_id' } },
				},
			],
		},
	],
};
