import { MMS_CAPTION_MAX_LENGTH } from '../channelRules';
import { fieldsOrJsonChoice } from '../../../../../shared/nodeDescription';
import { mediaCaptionField, mediaUrlField, messageTextField, messageTypeField, showFor } from './common';
import type { SendChannel } from './types';

const contentTypeOptions = [
	{ name: 'Audio', value: 'audio' },
	{ name: 'File', value: 'file' },
	{ name: 'Image', value: 'image' },
	{ name: 'vCard', value: 'vcard' },
	{ name: 'Video', value: 'video' },
];

export const mmsChannel: SendChannel = {
	value: 'mms',
	option: { name: 'MMS', value: 'mms' },
	fields: [
		messageTypeField(
			'mms',
			[
				{ name: 'Audio', value: 'audio' },
				{ name: 'File', value: 'file' },
				{ name: 'Image', value: 'image' },
				{ name: 'Multi-Part Content', value: 'content', description: 'Several attachments in one MMS' },
				{ name: 'Text', value: 'text' },
				{ name: 'vCard', value: 'vcard', description: 'A contact card' },
				{ name: 'Video', value: 'video' },
			],
			'image',
		),
		messageTextField('mms', 'The message text'),
		mediaUrlField('mms', 'image', 'JPG, JPEG, PNG, GIF or BMP, up to 2 MB'),
		mediaCaptionField('mms', 'image', MMS_CAPTION_MAX_LENGTH),
		mediaUrlField('mms', 'vcard', 'a .vcf file'),
		mediaCaptionField('mms', 'vcard', MMS_CAPTION_MAX_LENGTH),
		mediaUrlField('mms', 'audio', 'MP3 (best supported), AMR, MIDI, WAV or AC3, up to 2 MB; not for US short codes'),
		mediaCaptionField('mms', 'audio', MMS_CAPTION_MAX_LENGTH),
		mediaUrlField('mms', 'video', 'MP4 (best supported), 3GP, AVI or MPG, up to 2 MB; not for US short codes'),
		mediaCaptionField('mms', 'video', MMS_CAPTION_MAX_LENGTH),
		mediaUrlField('mms', 'file', 'e.g. a PDF'),
		mediaCaptionField('mms', 'file', MMS_CAPTION_MAX_LENGTH),
		fieldsOrJsonChoice({
			displayName: 'Specify Content',
			name: 'contentInput',
			description: 'Whether to list the attachments one by one or give them as a JSON array (e.g. from an expression)',
			displayOptions: showFor('mms', ['content']),
		}),
		{
			displayName: 'Content',
			name: 'content',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Attachment',
			default: {},
			description: 'The attachments of the MMS, in the order they are shown',
			displayOptions: showFor('mms', ['content'], { contentInput: ['fields'] }),
			options: [
				{
					displayName: 'Attachment',
					name: 'attachment',
					values: [
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: contentTypeOptions,
							default: 'image',
							routing: { send: { type: 'body', property: '=content[{{$index}}].type' } },
						},
						{
							displayName: 'URL',
							name: 'url',
							type: 'string',
							default: '',
							placeholder: 'e.g. https://example.com/image.jpg',
							description: 'Public http(s) URL Vonage downloads the attachment from',
							routing: { send: { type: 'body', property: '=content[{{$index}}].url' } },
						},
						{
							displayName: 'Caption',
							name: 'caption',
							type: 'string',
							default: '',
							description: 'Optional text shown with the attachment, up to 3,000 characters',
							routing: { send: { type: 'body', property: '=content[{{$index}}].caption' } },
						},
					],
				},
			],
		},
		{
			displayName: 'Content (JSON)',
			name: 'contentJson',
			type: 'json',
			required: true,
			default: '[\n  {\n    "type": "image",\n    "url": "https://example.com/image.jpg",\n    "caption": "Our new store"\n  }\n]',
			description:
				'A JSON array of attachments, each an object with a type (image, audio, video, vcard or file), a public URL and an optional caption',
			displayOptions: showFor('mms', ['content'], { contentInput: ['json'] }),
			routing: { send: { type: 'body', property: 'content' } },
		},
		{
			displayName: 'MMS Options',
			name: 'mmsOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: showFor('mms'),
			options: [
				{
					displayName: 'Group Participants',
					name: 'participants',
					type: 'string',
					default: '',
					placeholder: 'e.g. 14155550101, 14155550102',
					description:
						'Further recipients of a group MMS, as comma-separated phone numbers in international format; everyone sees the replies',
					routing: { send: { type: 'body', property: 'mms.participants' } },
				},
			],
		},
	],
};
