import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import {
	checkMedia,
	cleanOptionalSettings,
	fieldsOrJsonChoice,
	mediaCaptionField,
	mediaUrlField,
	mediaUrlLabel,
	messageTextField,
	messageTypeField,
	showFor,
} from './common';
import { isObject, assignOrDelete } from '../../../shared/objects';
import { refuse, normalizePhoneNumber, requireText, optionalText, checkMaxLength, requireUrl, optionalOneOf, parseJson } from '../../../shared/validation';
import type { SendChannel } from './types';

export const WHATSAPP_TEXT_MAX_LENGTH = 4096;
export const WHATSAPP_IMAGE_CAPTION_MAX_LENGTH = 3000;
const WHATSAPP_AUDIO_URL_MAX_LENGTH = 2000;

const WHATSAPP_MESSAGE_TYPES = ['audio', 'custom', 'file', 'image', 'reaction', 'sticker', 'template', 'text', 'video'];

/** A WhatsApp Business-scoped User ID, which Vonage accepts in `to` instead of a phone number. */
const BSUID = /^[A-Z]{2}\.\d{10,30}$/;

const TEMPLATE_PARAMETERS_EXAMPLE = '["Verification", "2526", "5"]';
const CUSTOM_EXAMPLE = '{"type": "interactive", "interactive": {...}}';

/** Every WhatsApp type except reaction may quote the message it answers. */
const TYPES_WITH_REPLY_CONTEXT = WHATSAPP_MESSAGE_TYPES.filter((type) => type !== 'reaction');

function normalizeWhatsAppRecipient(context: IExecuteSingleFunctions, value: unknown): string {
	const raw = typeof value === 'string' ? value.trim() : '';
	if (BSUID.test(raw)) return raw;
	return normalizePhoneNumber(context, 'To', value);
}

function checkTemplateParameters(context: IExecuteSingleFunctions, value: unknown): string[] | undefined {
	if (value === undefined) return undefined;
	const list = parseJson(context, 'Template Parameters (JSON)', value, { shape: 'array', example: TEMPLATE_PARAMETERS_EXAMPLE }) as unknown[];
	return list.map((entry, index) => {
		const field = `Template parameter ${index + 1}`;
		if (typeof entry === 'number' || typeof entry === 'boolean') return String(entry);
		// Parameters copied from a v0.1 request come as {"default": "..."}; v1 takes the bare text.
		const legacyDefault = isObject(entry) ? entry.default : undefined;
		if (typeof legacyDefault === 'string' && Object.keys(entry as IDataObject).length === 1) entry = legacyDefault;
		if (typeof entry !== 'string') {
			throw refuse(
				context,
				field,
				entry,
				'is not text',
				`Each parameter is the text that replaces {{${index + 1}}} in the template, e.g. ${TEMPLATE_PARAMETERS_EXAMPLE}`,
			);
		}
		if (!entry.trim()) {
			throw refuse(
				context,
				field,
				entry,
				'is required',
				`Enter the text that replaces {{${index + 1}}} in the template; WhatsApp refuses empty parameters.`,
			);
		}
		return entry;
	});
}

function checkTemplate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const template: IDataObject = { ...((body.template as IDataObject | undefined) ?? {}) };
	template.name = requireText(context, 'Template Name', template.name).trim();
	const parameters = checkTemplateParameters(context, template.parameters);
	if (parameters?.length) template.parameters = parameters;
	else delete template.parameters;

	const whatsapp: IDataObject = { ...((body.whatsapp as IDataObject | undefined) ?? {}) };
	const locale = requireText(context, 'Template Locale', whatsapp.locale).trim();
	if (!/^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(locale)) {
		throw refuse(
			context,
			'Template Locale',
			locale,
			'is not a language code',
			'Enter the language the template was approved in, e.g. en_US, en_GB, de or pt_BR.',
		);
	}
	whatsapp.locale = locale;
	if (whatsapp.policy === '') delete whatsapp.policy;
	optionalOneOf(context, 'Template Policy', whatsapp.policy, ['deterministic']);
	return { ...body, template, whatsapp };
}

function checkSticker(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const sticker = (body.sticker as IDataObject | undefined) ?? {};
	const url = typeof sticker.url === 'string' ? sticker.url.trim() : '';
	const id = typeof sticker.id === 'string' ? sticker.id.trim() : '';
	if (url && id) {
		throw refuse(context, 'Sticker', '', 'has both a URL and an ID', 'Send a sticker either by URL or by ID, not both.');
	}
	if (id || 'id' in sticker) return { ...body, sticker: { id: requireText(context, 'Sticker ID', id) } };
	return { ...body, sticker: { url: requireUrl(context, 'Sticker URL', sticker.url) } };
}

function checkReaction(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const reaction: IDataObject = { ...((body.reaction as IDataObject | undefined) ?? {}) };
	optionalOneOf(context, 'Reaction', reaction.action, ['react', 'unreact']);
	if (reaction.action === undefined) reaction.action = 'react';
	if (reaction.action === 'react') reaction.emoji = requireText(context, 'Emoji', reaction.emoji).trim();
	else delete reaction.emoji;
	const messageUuid = requireText(context, 'Message UUID to React To', (body.context as IDataObject | undefined)?.message_uuid).trim();
	return { ...body, reaction, context: { message_uuid: messageUuid } };
}

export const whatsappChannel: SendChannel = {
	value: 'whatsapp',
	option: { name: 'WhatsApp', value: 'whatsapp' },
	fields: [
		messageTypeField(
			'whatsapp',
			[
				{ name: 'Audio', value: 'audio' },
				{
					name: 'Custom',
					value: 'custom',
					description: 'Any WhatsApp message object (e.g. interactive buttons, lists, location), passed to WhatsApp as it is',
				},
				{ name: 'File', value: 'file', description: 'A document, e.g. a PDF' },
				{ name: 'Image', value: 'image' },
				{ name: 'Reaction', value: 'reaction', description: 'React with an emoji to a message, or remove your reaction' },
				{ name: 'Sticker', value: 'sticker' },
				{
					name: 'Template',
					value: 'template',
					description: 'An approved message template; the only kind WhatsApp allows outside the 24-hour customer care window',
				},
				{ name: 'Text', value: 'text' },
				{ name: 'Video', value: 'video' },
			],
			'text',
		),
		messageTextField('whatsapp', 'The message text: up to 4,096 characters, emoji included'),
		mediaUrlField('whatsapp', 'image', 'JPG, JPEG or PNG'),
		mediaCaptionField('whatsapp', 'image', WHATSAPP_IMAGE_CAPTION_MAX_LENGTH),
		mediaUrlField('whatsapp', 'audio', 'AAC, M4A, AMR, MP3 or OPUS'),
		mediaUrlField('whatsapp', 'video', 'MP4 or 3GPP, with H.264 video and AAC audio'),
		mediaCaptionField('whatsapp', 'video'),
		mediaUrlField('whatsapp', 'file', 'any document, e.g. PDF, CSV or ZIP'),
		mediaCaptionField('whatsapp', 'file'),
		{
			displayName: 'File Name',
			name: 'fileName',
			type: 'string',
			default: '',
			placeholder: 'e.g. invoice-2041.pdf',
			description: 'The file name the recipient sees. Without it WhatsApp uses the caption, or else the name in the URL.',
			displayOptions: showFor('whatsapp', ['file']),
			routing: { send: { type: 'body', property: 'file.name' } },
		},
		{
			displayName: 'Template Name',
			name: 'templateName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. order_confirmation',
			description: 'The name of an approved template of your WhatsApp Business Account',
			displayOptions: showFor('whatsapp', ['template']),
			routing: { send: { type: 'body', property: 'template.name' } },
		},
		{
			displayName: 'Template Locale',
			name: 'templateLocale',
			type: 'string',
			required: true,
			default: 'en_US',
			placeholder: 'e.g. en_US',
			description: 'The language the template was approved in, as WhatsApp names it (e.g. en_US, en_GB, de, pt_BR)',
			displayOptions: showFor('whatsapp', ['template']),
			routing: { send: { type: 'body', property: 'whatsapp.locale' } },
		},
		{
			displayName: 'Template Policy',
			name: 'templatePolicy',
			type: 'options',
			options: [
				{
					name: 'Deterministic',
					value: 'deterministic',
					description: 'Use the template in exactly the locale given (the only policy WhatsApp offers)',
				},
			],
			default: 'deterministic',
			description: 'How WhatsApp chooses the language of the template',
			displayOptions: showFor('whatsapp', ['template']),
			routing: { send: { type: 'body', property: 'whatsapp.policy' } },
		},
		fieldsOrJsonChoice({
			displayName: 'Specify Template Parameters',
			name: 'templateParametersInput',
			description: 'Whether to enter the parameters one by one or as a JSON array (e.g. from an expression)',
			displayOptions: showFor('whatsapp', ['template']),
		}),
		{
			displayName: 'Template Parameters',
			name: 'templateParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Parameter',
			default: {},
			description: 'The texts that replace {{1}}, {{2}} and so on in the template, in this order',
			displayOptions: showFor('whatsapp', ['template'], { templateParametersInput: ['fields'] }),
			options: [
				{
					// A row cannot show its own number, so the labels say which row fills which placeholder.
					displayName: 'Parameter (Rows Fill {{1}}, {{2}}, … in Order)',
					name: 'parameter',
					values: [
						{
							displayName: 'Parameter Text',
							name: 'value',
							type: 'string',
							default: '',
							placeholder: 'e.g. 2526',
							description: 'The text that replaces this row\'s placeholder: the first row replaces {{1}}, the second {{2}}, and so on',
							routing: { send: { type: 'body', property: '=template.parameters[{{$index}}]' } },
						},
					],
				},
			],
		},
		{
			displayName: 'Template Parameters (JSON)',
			name: 'templateParametersJson',
			type: 'json',
			default: '[]',
			description: 'A JSON array of texts: the first replaces {{1}} in the template, the second {{2}}, and so on',
			displayOptions: showFor('whatsapp', ['template'], { templateParametersInput: ['json'] }),
			routing: { send: { type: 'body', property: 'template.parameters' } },
		},
		{
			displayName: 'Sticker Source',
			name: 'stickerSource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'By URL', value: 'url', description: 'A public WEBP image' },
				{ name: 'By ID', value: 'id', description: 'A sticker ID of your WhatsApp deployment (deprecated by Vonage)' },
			],
			default: 'url',
			displayOptions: showFor('whatsapp', ['sticker']),
		},
		{
			displayName: 'Sticker URL',
			name: 'stickerUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://example.com/sticker.webp',
			description: 'Public http(s) URL of the sticker, a WEBP image',
			displayOptions: showFor('whatsapp', ['sticker'], { stickerSource: ['url'] }),
			routing: { send: { type: 'body', property: 'sticker.url' } },
		},
		{
			displayName: 'Sticker ID',
			name: 'stickerId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. aabb7a31-1d1f-4755-a574-2971d831cd5b',
			displayOptions: showFor('whatsapp', ['sticker'], { stickerSource: ['id'] }),
			routing: { send: { type: 'body', property: 'sticker.id' } },
		},
		{
			displayName: 'Message UUID to React To',
			name: 'reactToMessageUuid',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
			description: 'The message_uuid of the message to react to, e.g. from the inbound message event',
			displayOptions: showFor('whatsapp', ['reaction']),
			routing: { send: { type: 'body', property: 'context.message_uuid' } },
		},
		{
			displayName: 'Reaction',
			name: 'reactionAction',
			type: 'options',
			options: [
				{ name: 'React', value: 'react', description: 'Show an emoji under the message' },
				{ name: 'Remove Reaction', value: 'unreact', description: 'Remove the emoji you reacted with' },
			],
			default: 'react',
			displayOptions: showFor('whatsapp', ['reaction']),
			routing: { send: { type: 'body', property: 'reaction.action' } },
		},
		{
			displayName: 'Emoji',
			name: 'reactionEmoji',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 👍',
			displayOptions: showFor('whatsapp', ['reaction'], { reactionAction: ['react'] }),
			routing: { send: { type: 'body', property: 'reaction.emoji' } },
		},
		{
			displayName: 'Custom Payload (JSON)',
			name: 'customPayload',
			type: 'json',
			required: true,
			default: '{\n  "type": "location",\n  "location": {\n    "longitude": -122.425332,\n    "latitude": 37.758056,\n    "name": "Facebook HQ",\n    "address": "1 Hacker Way, Menlo Park, CA 94025"\n  }\n}',
			description:
				'A JSON object in the format of the WhatsApp Cloud API message object (e.g. interactive buttons or lists, location, contacts); Vonage passes it to WhatsApp as it is',
			displayOptions: showFor('whatsapp', ['custom']),
			routing: { send: { type: 'body', property: 'custom' } },
		},
		{
			displayName: 'WhatsApp Options',
			name: 'whatsappOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('whatsapp', TYPES_WITH_REPLY_CONTEXT),
			options: [
				{
					displayName: 'Reply To Message UUID',
					name: 'replyToMessageUuid',
					type: 'string',
					default: '',
					placeholder: 'e.g. aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
					description: 'The message_uuid of a message in this chat; WhatsApp shows your message as a reply that quotes it',
					routing: { send: { type: 'body', property: 'context.message_uuid' } },
				},
			],
		},
	],
	validate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		let checked: IDataObject = {
			...body,
			to: normalizeWhatsAppRecipient(context, body.to),
			from: normalizePhoneNumber(context, 'From', body.from),
		};
		const messageType = String(body.message_type ?? '');
		optionalOneOf(context, 'Message Type', messageType, WHATSAPP_MESSAGE_TYPES);
		switch (messageType) {
			case 'text':
				checked.text = requireText(context, 'Text', body.text, WHATSAPP_TEXT_MAX_LENGTH);
				break;
			case 'image':
				checked = checkMedia(context, checked, 'image', WHATSAPP_IMAGE_CAPTION_MAX_LENGTH);
				break;
			case 'audio':
				checked = checkMedia(context, checked, 'audio');
				checkMaxLength(context, mediaUrlLabel('audio'), String((checked.audio as IDataObject).url), WHATSAPP_AUDIO_URL_MAX_LENGTH);
				break;
			case 'video':
				checked = checkMedia(context, checked, 'video');
				break;
			case 'file':
				checked = checkMedia(context, checked, 'file');
				if (checked.file) assignOrDelete(checked.file as IDataObject, 'name', optionalText(context, 'File Name', (checked.file as IDataObject).name));
				break;
			case 'template':
				checked = checkTemplate(context, checked);
				break;
			case 'sticker':
				checked = checkSticker(context, checked);
				break;
			case 'reaction':
				checked = checkReaction(context, checked);
				break;
			case 'custom': {
				const custom = parseJson(context, 'Custom Payload (JSON)', body.custom ?? '', { shape: 'object', example: CUSTOM_EXAMPLE }) as IDataObject;
				if (!Object.keys(custom).length) {
					throw refuse(
						context,
						'Custom Payload (JSON)',
						'',
						'is an empty object',
						`Enter the WhatsApp message object to send, e.g. ${CUSTOM_EXAMPLE}`,
					);
				}
				checked.custom = custom;
				break;
			}
		}
		if (messageType !== 'reaction') {
			cleanOptionalSettings(checked, 'context', (replyContext) =>
				assignOrDelete(replyContext, 'message_uuid', optionalText(context, 'Reply To Message UUID', replyContext.message_uuid)),
			);
		}
		return checked;
	},
};
