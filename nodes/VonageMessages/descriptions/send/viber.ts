import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import {
	mediaCaptionField,
	mediaUrlField,
	mediaUrlLabel,
	messageTextField,
	messageTypeField,
	showFor,
} from './common';
import { isObject, compact } from '../../../shared/objects';
import { refuse, normalizePhoneNumber, requireText, optionalText, checkMaxLength, requireId, requireUrl, requireOneOf, requireInteger } from '../../../shared/validation';
import type { SendChannel } from './types';

/** Viber Business Messages on Messages API v1 (spec: OutboundViber*, channelOptionsViber*). */

const VIBER = 'viber_service';
const VIBER_TYPES = ['text', 'image', 'video', 'file'] as const;
const CATEGORIES = ['transaction', 'promotion'] as const;

const TEXT_LIMIT = 1000;
const ACTION_TEXT_LIMIT = 30;
const THUMBNAIL_URL_LIMIT = 1000;
const FILE_NAME_LIMIT = 25;
const TTL_MIN = 30;
const TTL_MAX = 259200;
const DURATION_MAX_SECONDS = 600;
const FILE_SIZE_MAX_MB = 200;

const fields: INodeProperties[] = [
	messageTypeField(
		VIBER,
		[
			{ name: 'File', value: 'file' },
			{ name: 'Image', value: 'image' },
			{ name: 'Text', value: 'text' },
			{ name: 'Video', value: 'video' },
		],
		'text',
	),
	messageTextField(VIBER, 'The message text, up to 1,000 characters'),
	mediaUrlField(VIBER, 'image', 'JPG, JPEG or PNG'),
	{ ...mediaCaptionField(VIBER, 'image'), description: 'Optional text shown with the image; required when the message has an action button' },
	mediaUrlField(VIBER, 'video', 'MP4 or 3GPP'),
	{
		displayName: 'Thumbnail URL',
		name: 'videoThumbnailUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/clip-preview.jpg',
		description: 'A public URL of the preview image Viber shows for the video (up to 1,000 characters)',
		displayOptions: showFor(VIBER, ['video']),
		routing: { send: { type: 'body', property: 'video.thumb_url' } },
	},
	{
		displayName: 'Video Duration (Seconds)',
		name: 'videoDuration',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: DURATION_MAX_SECONDS },
		required: true,
		default: 0,
		description: 'How long the video plays, from 1 to 600 seconds',
		displayOptions: showFor(VIBER, ['video']),
		routing: { send: { type: 'body', property: `${VIBER}.duration` } },
	},
	{
		displayName: 'Video File Size (MB)',
		name: 'videoFileSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: FILE_SIZE_MAX_MB },
		required: true,
		default: 0,
		description: 'The size of the video file in megabytes, rounded up, from 1 to 200',
		displayOptions: showFor(VIBER, ['video']),
		routing: { send: { type: 'body', property: `${VIBER}.file_size` } },
	},
	mediaCaptionField(VIBER, 'video'),
	{
		// Viber's file needs a fuller description than the shared one; the rest is the shared File URL field.
		...mediaUrlField(VIBER, 'file', ''),
		placeholder: 'e.g. https://example.com/terms.pdf',
		description:
			'A public URL of the file: .pdf, .doc(x), .xls(x), .csv, .txt, .odt, .rtf and other document types, up to 200 MB. Include the file name and extension unless you set File Name.',
	},
	{
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		default: '',
		placeholder: 'e.g. terms.pdf',
		description: 'The name and extension the user sees, up to 25 characters',
		displayOptions: showFor(VIBER, ['file']),
		routing: { send: { type: 'body', property: 'file.name' } },
	},
	{
		displayName: 'Action Button',
		name: 'viberActionButton',
		type: 'fixedCollection',
		placeholder: 'Add Action Button',
		default: {},
		description: 'A button under the message that opens a URL. An image with a button needs a caption.',
		displayOptions: showFor(VIBER, ['text', 'image']),
		// The form's shape ({ button: {...} }) goes into the body; the check below turns it into the API's action.
		routing: { send: { type: 'body', property: `${VIBER}.action` } },
		options: [
			{
				name: 'button',
				displayName: 'Button',
				values: [
					{
						displayName: 'Text',
						name: 'text',
						type: 'string',
						default: '',
						placeholder: 'e.g. View Offer',
						description: 'The button label, up to 30 characters',
					},
					{
						displayName: 'URL',
						name: 'url',
						type: 'string',
						default: '',
						placeholder: 'e.g. https://example.com/offer',
						description: 'The page the button opens',
					},
				],
			},
		],
	},
	{
		displayName: 'Viber Options',
		name: 'viberOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor(VIBER),
		options: [
			{
				displayName: 'Category',
				name: 'category',
				type: 'options',
				options: [
					{ name: 'Promotion', value: 'promotion' },
					{ name: 'Transaction', value: 'transaction' },
				],
				default: 'transaction',
				description: 'Transaction (Vonage’s default) for personal, informative messages; the first message to a user must not be a promotion',
				routing: { send: { type: 'body', property: `${VIBER}.category` } },
			},
			{
				displayName: 'Time to Live (Seconds)',
				name: 'ttl',
				type: 'number',
				typeOptions: { minValue: TTL_MIN, maxValue: TTL_MAX },
				default: 600,
				description: 'Viber drops the message if it is not delivered within this time: 30 to 259,200 seconds (72 hours)',
				routing: { send: { type: 'body', property: `${VIBER}.ttl` } },
			},
			{
				displayName: 'Viber Type',
				name: 'type',
				type: 'string',
				default: '',
				placeholder: 'e.g. template',
				description: 'Only for Belarus, Russia and Ukraine: "template" sends a template Vonage set up for you; otherwise Viber uses "string"',
				routing: { send: { type: 'body', property: `${VIBER}.type` } },
			},
		],
	},
];

/** The action button, from the form ({ button: { text, url } }) or from JSON ({ text, url }); undefined when none. */
function actionButton(context: IExecuteSingleFunctions, value: unknown): IDataObject | undefined {
	if (value === undefined || value === null) return undefined;
	if (!isObject(value)) {
		throw refuse(context, 'Action Button', value, 'is not an object', 'Give the button as {"text": "View Offer", "url": "https://example.com/offer"}.');
	}
	const button = 'button' in value ? (value.button as IDataObject | undefined) : Object.keys(value).length ? value : undefined;
	if (!button) return undefined;
	return {
		url: requireUrl(context, 'Action Button: URL', button.url),
		text: requireText(context, 'Action Button: Text', button.text, ACTION_TEXT_LIMIT),
	};
}

function checkViberService(context: IExecuteSingleFunctions, service: IDataObject, type: string): IDataObject {
	const checked: IDataObject = { ...service };
	if (service.category !== undefined) checked.category = requireOneOf(context, 'Category', service.category, CATEGORIES);
	if (service.ttl !== undefined) checked.ttl = requireInteger(context, 'Time to Live (Seconds)', service.ttl, TTL_MIN, TTL_MAX);
	checked.type = optionalText(context, 'Viber Type', service.type)?.trim();
	if (type === 'video') {
		// The spec types both as strings of whole numbers.
		checked.duration = String(requireInteger(context, 'Video Duration (Seconds)', service.duration, 1, DURATION_MAX_SECONDS));
		checked.file_size = String(requireInteger(context, 'Video File Size (MB)', service.file_size, 1, FILE_SIZE_MAX_MB));
	}
	return compact(checked);
}

export const viberChannel: SendChannel = {
	value: VIBER,
	option: { name: 'Viber', value: VIBER },
	fields,
	validate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		const type = requireOneOf(context, 'Message Type', body.message_type, VIBER_TYPES);
		const checked: IDataObject = {
			...body,
			to: normalizePhoneNumber(context, 'To', body.to),
			from: requireId(context, 'From', body.from, 'Enter your Viber Service Message ID (the sender ID Vonage set up for you), e.g. 12345.'),
		};
		const service: IDataObject = { ...((body[VIBER] as IDataObject | undefined) ?? {}) };
		// Viber keeps its time to live inside viber_service; a message-level TTL from the common options goes there.
		if (checked.ttl !== undefined) {
			service.ttl ??= checked.ttl;
			delete checked.ttl;
		}
		const part = (key: string) => (body[key] as IDataObject | undefined) ?? {};
		switch (type) {
			case 'text':
				checked.text = requireText(context, 'Text', body.text, TEXT_LIMIT);
				break;
			case 'image':
				checked.image = compact({ url: requireUrl(context, mediaUrlLabel('image'), part('image').url), caption: optionalText(context, 'Caption', part('image').caption) });
				break;
			case 'video': {
				const thumbnail = requireUrl(context, 'Thumbnail URL', part('video').thumb_url);
				checkMaxLength(context, 'Thumbnail URL', thumbnail, THUMBNAIL_URL_LIMIT);
				checked.video = compact({
					url: requireUrl(context, mediaUrlLabel('video'), part('video').url),
					thumb_url: thumbnail,
					caption: optionalText(context, 'Caption', part('video').caption),
				});
				break;
			}
			case 'file':
				checked.file = compact({ url: requireUrl(context, mediaUrlLabel('file'), part('file').url), name: optionalText(context, 'File Name', part('file').name, FILE_NAME_LIMIT) });
				break;
		}
		const action = actionButton(context, service.action);
		delete service.action;
		if (action && type !== 'text' && type !== 'image') {
			throw refuse(context, 'Action Button', action.text, `is not available for ${type} messages`, 'Viber shows action buttons on text and image messages only: remove the button.');
		}
		if (action) {
			if (type === 'image' && !(checked.image as IDataObject).caption) {
				throw refuse(context, 'Caption', '', 'is required when the image has an action button', 'Add a caption, or remove the action button.');
			}
			service.action = action;
		}
		const viberService = checkViberService(context, service, type);
		if (Object.keys(viberService).length) checked[VIBER] = viberService;
		else delete checked[VIBER];
		return checked;
	},
};
