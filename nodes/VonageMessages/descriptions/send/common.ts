import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { assignOrDelete } from '../../../shared/objects';
import { optionalText, requireUrl } from '../../../shared/validation';

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
	assignOrDelete(media, 'caption', optionalText(context, 'Caption', media.caption, captionMaxLength));
	return { ...body, [kind]: media };
}
