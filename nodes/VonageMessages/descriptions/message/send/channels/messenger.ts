import type { INodeProperties } from 'n8n-workflow';

import { mediaUrlField, messageTextField, messageTypeField, showFor } from './common';
import type { SendChannel } from './types';
import { type MessengerType } from '../channelRules';

/** The media types and the formats Messenger takes for each. */
const MEDIA_FORMATS: Record<Exclude<MessengerType, 'text'>, string> = {
	image: 'JPG, JPEG, PNG or GIF',
	audio: 'MP3',
	video: 'MP4 with H.264 video and AAC audio',
	file: 'any file type, e.g. PDF, CSV or ZIP',
};

/** Facebook Messenger on Messages API v1 (spec: OutboundMessenger*, channelOptionsMessenger). */

const mediaFields: INodeProperties[] = (Object.keys(MEDIA_FORMATS) as Array<keyof typeof MEDIA_FORMATS>).map((type) =>
	mediaUrlField('messenger', type, MEDIA_FORMATS[type]),
);

const fields: INodeProperties[] = [
	messageTypeField(
		'messenger',
		[
			{ name: 'Audio', value: 'audio' },
			{ name: 'File', value: 'file' },
			{ name: 'Image', value: 'image' },
			{ name: 'Text', value: 'text' },
			{ name: 'Video', value: 'video' },
		],
		'text',
	),
	messageTextField('messenger', 'The message text, up to 640 characters'),
	...mediaFields,
	{
		displayName: 'Messaging Category',
		name: 'messengerCategory',
		type: 'options',
		options: [
			{ name: 'Message Tag', value: 'message_tag', description: 'Outside the 24-hour window, for the purposes Meta allows with a tag' },
			{ name: 'Response', value: 'response', description: "A reply within 24 hours of the user's last message (Vonage's default)" },
			{ name: 'Update', value: 'update', description: 'A message you start, within 24 hours of the last user interaction' },
		],
		default: 'response',
		description: "Meta's messaging type for this message; outside the 24-hour window only tagged messages are delivered",
		displayOptions: showFor('messenger'),
		routing: { send: { type: 'body', property: 'messenger.category' } },
	},
	{
		displayName: 'Message Tag',
		name: 'messengerTag',
		type: 'options',
		options: [
			{ name: 'Account Update', value: 'ACCOUNT_UPDATE', description: 'A non-recurring change to the user’s application or account' },
			{ name: 'Confirmed Event Update', value: 'CONFIRMED_EVENT_UPDATE', description: 'A reminder or update for an event the user registered for' },
			{ name: 'Customer Feedback', value: 'CUSTOMER_FEEDBACK', description: 'A feedback survey, within 7 days of the user’s last message' },
			{ name: 'Human Agent', value: 'HUMAN_AGENT', description: 'A reply by a person, within 7 days of the user’s last message' },
			{ name: 'Post Purchase Update', value: 'POST_PURCHASE_UPDATE', description: 'An update about a purchase the user made' },
		],
		default: 'POST_PURCHASE_UPDATE',
		description: "Meta's message tag that allows this message outside the 24-hour window. An expression may give any tag Meta supports.",
		displayOptions: showFor('messenger', undefined, { messengerCategory: ['message_tag'] }),
		routing: { send: { type: 'body', property: 'messenger.tag' } },
	},
];

export const messengerChannel: SendChannel = {
	value: 'messenger',
	option: { name: 'Messenger', value: 'messenger' },
	fields,
};
