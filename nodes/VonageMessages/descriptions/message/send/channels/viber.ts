import type { INodeProperties } from 'n8n-workflow';

import { VIBER, VIBER_DURATION_MAX_SECONDS, VIBER_FILE_SIZE_MAX_MB, VIBER_TTL_MAX, VIBER_TTL_MIN } from '../channelRules';
import { mediaCaptionField, mediaUrlField, messageTextField, messageTypeField, showFor } from './common';
import type { SendChannel } from './types';
import { viberTemplateFields } from './viberTemplate';

/** Viber Business Messages on Messages API v1 (spec: OutboundViber*, channelOptionsViber*). */

const fields: INodeProperties[] = [
	messageTypeField(
		VIBER,
		[
			{ name: 'File', value: 'file' },
			{ name: 'Image', value: 'image' },
			{
				name: 'Template (Legacy V0.1 Only)',
				value: 'template',
				description: 'A template Vonage set up for your Viber service; needs Options > API Format "Legacy V0.1"',
			},
			{ name: 'Text', value: 'text' },
			{ name: 'Video', value: 'video' },
		],
		'text',
	),
	...viberTemplateFields,
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
		typeOptions: { minValue: 1, maxValue: VIBER_DURATION_MAX_SECONDS },
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
		typeOptions: { minValue: 1, maxValue: VIBER_FILE_SIZE_MAX_MB },
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
				typeOptions: { minValue: VIBER_TTL_MIN, maxValue: VIBER_TTL_MAX },
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

export const viberChannel: SendChannel = {
	value: VIBER,
	option: { name: 'Viber', value: VIBER },
	fields,
};
