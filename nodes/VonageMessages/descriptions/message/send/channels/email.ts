import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { EMAIL, EMAIL_DISPLAY_NAME_MAX_LENGTH, EMAIL_IMPORTANCES, EMAIL_PRIORITIES, EMAIL_SENSITIVITIES } from '../channelRules';
import { messageTextField, messageTypeField, showFor } from './common';
import type { SendChannel } from './types';

/**
 * Email on Messages API v1, a beta channel at Vonage (spec 1.20.0: OutboundEmailText, OutboundEmailHtml,
 * OutboundEmailContent, channelOptionsEmail). From and To are plain addresses: display names go into
 * `email.from_name` / `email.to_name`. The spec has no reply-to, attachments or TTL for email.
 */

/** A header's values as dropdown options, in alphabetical order and Title Case ("Non-urgent" shows as "Non-Urgent"). */
function optionsOf(values: readonly string[]): INodePropertyOptions[] {
	return [...values].sort().map((value) => ({ name: value.replace(/-([a-z])/g, (_match, letter: string) => `-${letter.toUpperCase()}`), value }));
}

/** A list of CC or BCC recipients; the form's rows ({ recipient: [...] }) become the API's array in the check. */
function copyRecipientsOption(displayName: string, name: 'cc' | 'bcc', description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Recipient',
		default: {},
		description,
		routing: { send: { type: 'body', property: `email.${name}` } },
		options: [
			{
				name: 'recipient',
				displayName: 'Recipient',
				values: [
					{
						displayName: 'Address',
						name: 'address',
						type: 'string',
						placeholder: 'e.g. team@example.com',
						default: '',
						description: 'The email address only; put the name in Name',
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						placeholder: 'e.g. Support Team',
						default: '',
						description: `Optional display name, up to ${EMAIL_DISPLAY_NAME_MAX_LENGTH} characters`,
					},
				],
			},
		],
	};
}

const fields: INodeProperties[] = [
	{
		displayName:
			'Email is a beta channel at Vonage. From must be an address of a domain Vonage has verified for your account (Vonage Dashboard > Messages > Email).',
		name: 'emailBetaNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor(EMAIL),
	},
	messageTypeField(
		EMAIL,
		[
			{ name: 'HTML', value: 'html', description: 'An HTML email' },
			{ name: 'Text', value: 'text', description: 'A plain-text email' },
			{
				name: 'Text and HTML',
				value: 'content',
				description: 'Both a plain-text and an HTML version; mail apps show the one they can display',
			},
		],
		'text',
	),
	{
		displayName: 'Subject',
		name: 'emailSubject',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Your order has shipped',
		description: 'The subject line of the email',
		displayOptions: showFor(EMAIL),
		routing: { send: { type: 'body', property: 'email.subject' } },
	},
	messageTextField(EMAIL, 'The plain-text body of the email'),
	{
		displayName: 'HTML',
		name: 'emailHtml',
		type: 'string',
		typeOptions: { rows: 5 },
		required: true,
		default: '',
		placeholder: 'e.g. <h1>Thank you</h1><p>Your order has shipped.</p>',
		description: 'The HTML body of the email',
		displayOptions: showFor(EMAIL, ['html']),
		routing: { send: { type: 'body', property: 'html.body' } },
	},
	// The two parts of a "content" email: the check turns them into the API's list of typed parts and leaves out an empty one.
	{
		displayName: 'Plain-Text Part',
		name: 'emailContentText',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		description: 'The plain-text version of the email. Give this, the HTML part, or both.',
		displayOptions: showFor(EMAIL, ['content']),
		routing: { send: { type: 'body', property: 'content[0].text' } },
	},
	{
		displayName: 'HTML Part',
		name: 'emailContentHtml',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		placeholder: 'e.g. <p>Your order has shipped.</p>',
		description: 'The HTML version of the email. Give this, the plain-text part, or both.',
		displayOptions: showFor(EMAIL, ['content']),
		routing: { send: { type: 'body', property: 'content[1].body' } },
	},
	{
		displayName: 'Email Options',
		name: 'emailOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(EMAIL),
		options: [
			copyRecipientsOption('BCC', 'bcc', 'Addresses that receive a blind copy (not shown to the other recipients)'),
			copyRecipientsOption('CC', 'cc', 'Addresses that receive a copy'),
			{
				displayName: 'From Name',
				name: 'fromName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Acme Support',
				description: `The sender's display name in the recipient's mail app, up to ${EMAIL_DISPLAY_NAME_MAX_LENGTH} characters`,
				routing: { send: { type: 'body', property: 'email.from_name' } },
			},
			{
				displayName: 'Importance',
				name: 'importance',
				type: 'options',
				options: optionsOf(EMAIL_IMPORTANCES),
				default: 'Normal',
				description: 'The Importance header, which some mail apps use to sort and highlight mail',
				routing: { send: { type: 'body', property: 'email.importance' } },
			},
			{
				displayName: 'Priority',
				name: 'priority',
				type: 'options',
				options: optionsOf(EMAIL_PRIORITIES),
				default: 'Normal',
				description: 'The Priority header, which some mail apps use to sort and highlight mail',
				routing: { send: { type: 'body', property: 'email.priority' } },
			},
			{
				displayName: 'Sensitivity',
				name: 'sensitivity',
				type: 'options',
				options: optionsOf(EMAIL_SENSITIVITIES),
				default: 'Personal',
				description: 'The Sensitivity header, which some mail apps show with the email',
				routing: { send: { type: 'body', property: 'email.sensitivity' } },
			},
			{
				displayName: 'To Name',
				name: 'toName',
				type: 'string',
				default: '',
				placeholder: 'e.g. Jane Doe',
				description: `The recipient's display name in the To line, up to ${EMAIL_DISPLAY_NAME_MAX_LENGTH} characters`,
				routing: { send: { type: 'body', property: 'email.to_name' } },
			},
		],
	},
];

export const emailChannel: SendChannel = {
	value: EMAIL,
	option: { name: 'Email (Beta)', value: EMAIL, description: 'Beta at Vonage: text and HTML emails from a domain Vonage verified' },
	fields,
};
