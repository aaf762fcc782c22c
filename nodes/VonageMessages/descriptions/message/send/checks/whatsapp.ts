import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { assignOrDelete, isObject } from '../../../../../shared/objects';
import { checkMaxLength, normalizePhoneNumber, optionalOneOf, optionalText, parseJson, refuse, requireText, requireUrl } from '../../../../../shared/validation';
import { WHATSAPP_AUDIO_URL_MAX_LENGTH, WHATSAPP_IMAGE_CAPTION_MAX_LENGTH, WHATSAPP_TEXT_MAX_LENGTH, mediaUrlLabel, WHATSAPP_MESSAGE_TYPES } from '../channelRules';
import { checkMedia, cleanOptionalSettings } from './common';

/** A WhatsApp Business-scoped User ID, which Vonage accepts in `to` instead of a phone number. */
const BSUID = /^[A-Z]{2}\.\d{10,30}$/;

const TEMPLATE_PARAMETERS_EXAMPLE = '["Verification", "2526", "5"]';
const CUSTOM_EXAMPLE = '{"type": "interactive", "interactive": {...}}';

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

/** Checks and normalizes a WhatsApp v1 body before it is sent; refusals name the field. */
export function checkWhatsAppBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
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
}
