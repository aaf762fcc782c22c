import type { IDisplayOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { fieldsOrJsonChoice } from '../../../../../shared/nodeDescription';
import { MEDIA_LABEL, type MediaKind, mediaUrlLabel } from '../channelRules';

/**
 * displayOptions that keep a Send field to one channel and, optionally, some of its message types
 * and further conditions on other fields (e.g. an input mode). Resource and operation are added once
 * for all of Send's fields, in ../../index.ts.
 */
export function showFor(channel: string, messageTypes?: string[], alsoWhen: IDisplayOptions['show'] = {}): IDisplayOptions {
	return {
		show: {
			channel: [channel],
			...(messageTypes ? { messageType: messageTypes } : {}),
			...alsoWhen,
		},
	};
}

/**
 * The Message Type dropdown of one channel; every channel names it `messageType` and routes it to
 * `message_type`. Like Channel it takes no expression in the editor (see ../resolvedForm.ts for why and
 * for what still arrives that way).
 */
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
 * The texts that fill a template's {{1}}, {{2}}, … (WhatsApp templates, the v0.1 Viber template): the
 * choice of rows or a JSON array, the rows, and the array, all sent as `template.parameters`. `show`
 * scopes the fields to the channel's template type (plus a condition on the choice); `example` is a
 * row's placeholder. The names are the same on every channel, so switching channels keeps the values.
 */
export function templateParameterFields(show: (alsoWhen?: Record<string, string[]>) => IDisplayOptions, example: string): INodeProperties[] {
	return [
		fieldsOrJsonChoice({
			displayName: 'Specify Template Parameters',
			name: 'templateParametersInput',
			description: 'Whether to enter the parameters one by one or as a JSON array (e.g. from an expression)',
			displayOptions: show(),
		}),
		{
			displayName: 'Template Parameters',
			name: 'templateParameters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Parameter',
			default: {},
			description: 'The texts that replace {{1}}, {{2}} and so on in the template, in this order',
			displayOptions: show({ templateParametersInput: ['fields'] }),
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
							placeholder: `e.g. ${example}`,
							description: "The text that replaces this row's placeholder: the first row replaces {{1}}, the second {{2}}, and so on",
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
			displayOptions: show({ templateParametersInput: ['json'] }),
			routing: { send: { type: 'body', property: 'template.parameters' } },
		},
	];
}

const MEDIA_EXAMPLE: Record<MediaKind, string> = {
	audio: 'https://example.com/audio.mp3',
	file: 'https://example.com/file.pdf',
	image: 'https://example.com/image.jpg',
	vcard: 'https://example.com/contact.vcf',
	video: 'https://example.com/video.mp4',
};

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
