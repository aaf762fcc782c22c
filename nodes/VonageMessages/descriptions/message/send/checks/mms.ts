import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { assignOrDelete, isObject } from '../../../../../shared/objects';
import { normalizePhoneNumber, normalizeSender, optionalOneOf, optionalText, parseJson, refuse, requireText, requireUrl } from '../../../../../shared/validation';
import { MMS_CAPTION_MAX_LENGTH, type MediaKind } from '../channelRules';
import { checkMedia, cleanOptionalSettings } from './common';

const MMS_MEDIA_KINDS: MediaKind[] = ['audio', 'file', 'image', 'vcard', 'video'];

const CONTENT_TYPES = ['audio', 'file', 'image', 'vcard', 'video'];

const CONTENT_JSON_EXAMPLE = '[{"type": "image", "url": "https://example.com/image.jpg", "caption": "Our new store"}]';

/** The attachments of a multi-part MMS, each checked and named by its position (1-based, as users count). */
function checkContent(context: IExecuteSingleFunctions, value: unknown): IDataObject[] {
	const list = value === undefined ? [] : (parseJson(context, 'Content (JSON)', value, { shape: 'array', example: CONTENT_JSON_EXAMPLE }) as unknown[]);
	if (!list.length) {
		throw refuse(context, 'Content', '', 'needs at least one attachment', `Add an attachment, e.g. ${CONTENT_JSON_EXAMPLE}`);
	}
	return list.map((entry, index) => {
		const label = `Content item ${index + 1}`;
		if (!isObject(entry)) {
			throw refuse(context, label, entry, 'is not an object', `Each attachment is an object, e.g. ${CONTENT_JSON_EXAMPLE}`);
		}
		const item: IDataObject = { ...entry };
		if (item.type === undefined || item.type === '') {
			throw refuse(context, `${label} type`, '', 'is required', `Use one of: ${CONTENT_TYPES.join(', ')}.`);
		}
		optionalOneOf(context, `${label} type`, item.type, CONTENT_TYPES);
		item.url = requireUrl(context, `${label} URL`, item.url);
		assignOrDelete(item, 'caption', optionalText(context, `${label} caption`, item.caption, MMS_CAPTION_MAX_LENGTH));
		return item;
	});
}

/** Checks and normalizes an MMS v1 body before it is sent; refusals name the field. */
export function checkMmsBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	let checked: IDataObject = {
		...body,
		to: normalizePhoneNumber(context, 'To', body.to),
		from: normalizeSender(context, body.from, false),
	};
	const messageType = String(body.message_type ?? '');
	if (messageType === 'text') {
		checked.text = requireText(context, 'Text', body.text);
	} else if (messageType === 'content') {
		checked.content = checkContent(context, body.content);
	} else if ((MMS_MEDIA_KINDS as string[]).includes(messageType)) {
		checked = checkMedia(context, checked, messageType as MediaKind, MMS_CAPTION_MAX_LENGTH);
	} else {
		optionalOneOf(context, 'Message Type', messageType, ['audio', 'content', 'file', 'image', 'text', 'vcard', 'video']);
	}
	cleanOptionalSettings(checked, 'mms', (mms) => {
		const participants = mms.participants;
		if (participants === undefined || participants === '' || (Array.isArray(participants) && !participants.length)) {
			delete mms.participants;
		} else {
			const list = Array.isArray(participants) ? participants : String(participants).split(/[,;\n]/);
			mms.participants = list
				.map((entry) => (typeof entry === 'string' ? entry.trim() : entry))
				.filter((entry) => entry !== '')
				.map((entry) => normalizePhoneNumber(context, 'Group Participants', entry));
		}
	});
	return checked;
}
