import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { checkMaxLength, InputError, inputError, requireUrl } from '../../../shared/validation';

/** An input error about one field of the current item: "<field> "<value>" <problem>", with `fix` as what to do. */
export function refuse(context: IExecuteSingleFunctions, field: string, value: unknown, problem: string, fix: string): InputError {
	return inputError(context.getNode(), context.getItemIndex(), field, value, problem, fix);
}

/** An input error of the current item whose message is a whole sentence, with `fix` as what to do. */
export function refuseMessage(context: IExecuteSingleFunctions, message: string, fix: string): InputError {
	const itemIndex = context.getItemIndex();
	return new InputError(context.getNode(), `${message} (item ${itemIndex})`, { itemIndex, description: fix });
}

/**
 * displayOptions that keep a Send field to one channel and, optionally, some of its message types
 * and further conditions on other fields (e.g. an input mode).
 */
export function showFor(channel: string, messageTypes?: string[], alsoWhen: IDisplayOptions['show'] = {}): IDisplayOptions {
	return {
		show: {
			resource: ['message'],
			operation: ['send'],
			channel: [channel],
			...(messageTypes ? { messageType: messageTypes } : {}),
			...alsoWhen,
		},
	};
}

export const showForSend: IDisplayOptions = { show: { resource: ['message'], operation: ['send'] } };

/** The Message Type dropdown of one channel; every channel names it `messageType` and routes it to `message_type`. */
export function messageTypeField(channel: string, options: INodePropertyOptions[], defaultType: string): INodeProperties {
	return {
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		displayOptions: showFor(channel),
		options,
		default: defaultType,
		routing: { send: { type: 'body', property: 'message_type' } },
	};
}

/** The text of a text message; every channel names it `text` and sends it as `text`. `description` states the channel's limit. */
export function messageTextField(channel: string, description: string): INodeProperties {
	return {
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		description,
		displayOptions: showFor(channel, ['text']),
		routing: { send: { type: 'body', property: 'text' } },
	};
}

/**
 * The choice of entering a list (MMS attachments, template parameters) with the fields below or as a
 * JSON array; the list's two inputs show for `fields` and `json`.
 */
export function fieldsOrJsonChoice(
	field: Required<Pick<INodeProperties, 'displayName' | 'name' | 'description' | 'displayOptions'>>,
): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Using Fields Below', value: 'fields' },
			{ name: 'Using JSON', value: 'json' },
		],
		default: 'fields',
		description: field.description,
		displayOptions: field.displayOptions,
	};
}

/** Media kinds whose v1 body is `{ <kind>: { url, caption?, name? } }`. */
export type MediaKind = 'audio' | 'file' | 'image' | 'vcard' | 'video';

const MEDIA_LABEL: Record<MediaKind, string> = {
	audio: 'Audio',
	file: 'File',
	image: 'Image',
	vcard: 'vCard',
	video: 'Video',
};

const MEDIA_EXAMPLE: Record<MediaKind, string> = {
	audio: 'https://example.com/audio.mp3',
	file: 'https://example.com/file.pdf',
	image: 'https://example.com/image.jpg',
	vcard: 'https://example.com/contact.vcf',
	video: 'https://example.com/video.mp4',
};

/** The display name of a media kind's URL field, e.g. "Image URL"; errors about the URL name it so. */
export function mediaUrlLabel(kind: MediaKind): string {
	return `${MEDIA_LABEL[kind]} URL`;
}

/** Field names of a media kind's URL and caption, the same on every channel (they route to the same property paths). */
export function mediaFieldNames(kind: MediaKind): { url: string; caption: string } {
	const prefix = kind === 'vcard' ? 'vCard' : kind;
	return { url: `${prefix}Url`, caption: `${prefix}Caption` };
}

/**
 * The required URL of a media message (`<kind>.url`), shown for one channel and message type.
 * `formats` completes the description, e.g. "JPG, JPEG or PNG, up to 2 MB".
 */
export function mediaUrlField(channel: string, kind: MediaKind, formats: string, messageType: string = kind): INodeProperties {
	return {
		displayName: mediaUrlLabel(kind),
		name: mediaFieldNames(kind).url,
		type: 'string',
		required: true,
		default: '',
		placeholder: `e.g. ${MEDIA_EXAMPLE[kind]}`,
		description: `Public http(s) URL Vonage downloads the ${MEDIA_LABEL[kind].toLowerCase()} from: ${formats}`,
		displayOptions: showFor(channel, [messageType]),
		routing: { send: { type: 'body', property: `${kind}.url` } },
	};
}

/** The optional caption of a media message (`<kind>.caption`); an empty caption is left out of the request. */
export function mediaCaptionField(channel: string, kind: MediaKind, maxLength?: number, messageType: string = kind): INodeProperties {
	return {
		displayName: 'Caption',
		name: mediaFieldNames(kind).caption,
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: `Optional text shown with the ${MEDIA_LABEL[kind].toLowerCase()}${maxLength ? `, up to ${maxLength.toLocaleString('en-US')} characters` : ''}`,
		displayOptions: showFor(channel, [messageType]),
		routing: { send: { type: 'body', property: `${kind}.caption` } },
	};
}

/**
 * An optional text property, cleaned where it sits: removed when empty (Vonage refuses empty captions,
 * names and ids), otherwise checked against its length limit. (inputChecks' `optionalText` returns the
 * value instead.)
 */
export function cleanOptionalText(context: IExecuteSingleFunctions, field: string, parent: IDataObject | undefined, key: string, maxLength?: number): void {
	if (!parent) return;
	const value = parent[key];
	if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
		delete parent[key];
		return;
	}
	const text = String(value);
	checkMaxLength(context, field, text, maxLength);
	parent[key] = text;
}

/**
 * Cleans a body object that holds only optional settings (e.g. `sms`, a reply `context`) on a copy,
 * and removes it when nothing is left of it, so an options collection left empty sends nothing.
 */
export function cleanOptionalSettings(body: IDataObject, key: string, clean: (settings: IDataObject) => void): void {
	if (!body[key] || typeof body[key] !== 'object') return;
	const settings: IDataObject = { ...(body[key] as IDataObject) };
	clean(settings);
	body[key] = settings;
	if (Object.keys(settings).length === 0) delete body[key];
}

/** Checks the `<kind>.url` (and optional caption) of a media message and returns the body with them cleaned. */
export function checkMedia(
	context: IExecuteSingleFunctions,
	body: IDataObject,
	kind: MediaKind,
	captionMaxLength?: number,
): IDataObject {
	const media: IDataObject = { ...((body[kind] as IDataObject | undefined) ?? {}) };
	media.url = requireUrl(context, mediaUrlLabel(kind), media.url);
	cleanOptionalText(context, 'Caption', media, 'caption', captionMaxLength);
	return { ...body, [kind]: media };
}

/** A JSON object in the narrow sense: not null and not an array. */
export function isJsonObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads a JSON parameter: n8n hands JSON fields over as text, or as a value when an expression
 * produced one. Text is parsed; when that fails, the result says why, as the problem of an input error.
 */
export function readJsonParameter(value: unknown): { json: unknown } | { problem: 'is required' | 'is not valid JSON' } {
	if (typeof value !== 'string') return { json: value };
	if (!value.trim()) return { problem: 'is required' };
	try {
		return { json: JSON.parse(value) as unknown };
	} catch {
		return { problem: 'is not valid JSON' };
	}
}

/**
 * Parses a JSON input: a string is parsed, an object or array given by an expression is taken as it is.
 * `expected` says what the value must be; the error names the field and shows what to enter.
 */
export function parseJsonInput(
	context: IExecuteSingleFunctions,
	field: string,
	value: unknown,
	expected: 'array' | 'object',
	example: string,
): IDataObject | unknown[] {
	const fix = `Enter a JSON ${expected}, e.g. ${example}`;
	const reading = readJsonParameter(value);
	if ('problem' in reading) throw refuse(context, field, value, reading.problem, fix);
	const parsed = reading.json;
	if (expected === 'array' ? !Array.isArray(parsed) : !isJsonObject(parsed)) {
		throw refuse(context, field, parsed, `is not a JSON ${expected}`, fix);
	}
	return parsed as IDataObject | unknown[];
}

/** Senders of SMS and MMS: a long number in E.164, a short code, or (SMS only) an alphanumeric sender ID. */
export function normalizeSender(context: IExecuteSingleFunctions, value: unknown, allowAlphanumeric: boolean): string {
	const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const fix = allowAlphanumeric
		? 'Enter your Vonage number in international format (e.g. 447700900001), a short code, or a sender ID of up to 11 letters and digits where the country allows it.'
		: 'Enter your Vonage number in international format (e.g. 14155550100) or your short code.';
	if (!raw) throw refuse(context, 'From', raw, 'is required', fix);
	if (/^[+\d\s().-]+$/.test(raw)) {
		let digits = raw.replace(/[\s().-]/g, '');
		if (digits.startsWith('+')) digits = digits.slice(1);
		else if (digits.startsWith('00')) digits = digits.slice(2);
		if (/^[1-9]\d{2,14}$/.test(digits)) return digits;
		throw refuse(context, 'From', raw, 'is not a phone number or short code', fix);
	}
	if (allowAlphanumeric && /^[A-Za-z0-9 ]{1,11}$/.test(raw) && /[A-Za-z]/.test(raw)) return raw;
	throw refuse(context, 'From', raw, allowAlphanumeric ? 'is not a valid sender' : 'is not a phone number or short code', fix);
}

/** An options value that may have come from an expression: refused unless it is one of `allowed`. */
export function checkOneOf(context: IExecuteSingleFunctions, field: string, value: unknown, allowed: string[]): void {
	if (value === undefined) return;
	if (typeof value !== 'string' || !allowed.includes(value)) {
		throw refuse(
			context,
			field,
			value,
			'is not a valid choice',
			`Use one of: ${allowed.map((choice) => `"${choice}"`).join(', ')}.`,
		);
	}
}
