import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import {
	checkMedia,
	cleanOptionalSettings,
	fieldsOrJsonChoice,
	type MediaKind,
	mediaCaptionField,
	mediaUrlField,
	messageTextField,
	messageTypeField,
	showFor,
} from './common';
import { isObject, assignOrDelete } from '../../../shared/objects';
import { refuse, normalizePhoneNumber, normalizeSender, requireText, optionalText, requireUrl, optionalOneOf, parseJson } from '../../../shared/validation';
import type { SendChannel } from './types';

/** Vonage's limit for every caption of an MMS attachment. */
export const MMS_CAPTION_MAX_LENGTH = 3000;

const MMS_MEDIA_KINDS: MediaKind[] = ['audio', 'file', 'image', 'vcard', 'video'];

const CONTENT_TYPES = ['audio', 'file', 'image', 'vcard', 'video'];

const CONTENT_JSON_EXAMPLE = '[{"type": "image", "url": "https://example.com/image.jpg", "caption": "Our new store"}]';

const contentTypeOptions = [
	{ name: 'Audio', value: 'audio' },
	{ name: 'File', value: 'file' },
	{ name: 'Image', value: 'image' },
	{ name: 'vCard', value: 'vcard' },
	{ name: 'Video', value: 'video' },
];

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
	validate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
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
	},
};
