import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { CARD_SUGGESTION_LIMIT, MESSAGE_SUGGESTION_LIMIT, RCS_TYPES } from '../channelRules';
import { mediaUrlField, messageTextField, messageTypeField, showFor } from './common';
import { suggestionsField } from './rcsSuggestions';
import type { SendChannel } from './types';

/** API names of the optional card inputs. */
const CARD_KEYS: Record<string, string> = {
	mediaDescription: 'media_description',
	thumbnailUrl: 'thumbnail_url',
	mediaForceRefresh: 'media_force_refresh',
};

/** RCS on Messages API v1 (spec: OutboundRCS*, RCSCardProperties, channelOptionsRcs*). */

/** Shown for some RCS message types, optionally only with further conditions (e.g. the input mode). */
function showRcs(types: Array<(typeof RCS_TYPES)[number]>, extra: IDisplayOptions['show'] = {}): IDisplayOptions {
	return showFor('rcs', types, extra);
}

const mediaHeightField: Omit<INodeProperties, 'displayOptions'> = {
	displayName: 'Media Height',
	name: 'mediaHeight',
	type: 'options',
	options: [
		{ name: 'Medium', value: 'MEDIUM' },
		{ name: 'Short', value: 'SHORT' },
		{ name: 'Tall', value: 'TALL' },
	],
	default: 'MEDIUM',
	description: 'Height of the image or video on a vertical card',
};

/** The optional parts of a card, for the single rich card and for each carousel card. */
const cardOptionalValues: INodeProperties[] = [
	{
		displayName: 'Media Description',
		name: 'mediaDescription',
		type: 'string',
		default: '',
		placeholder: 'e.g. Red running shoe, side view',
		description: 'What the media shows, for screen readers',
	},
	{
		displayName: 'Thumbnail URL',
		name: 'thumbnailUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/shoe-thumb.jpg',
		description: 'A public URL of a thumbnail image, shown while a video loads',
	},
	{
		displayName: 'Force Media Refresh',
		name: 'mediaForceRefresh',
		type: 'boolean',
		default: false,
		description: 'Whether the RCS platform fetches the media again instead of using its copy (media are cached for up to 60 days)',
	},
];

const carouselCardValues: INodeProperties[] = [
	{ displayName: 'Title', name: 'title', type: 'string', default: '', placeholder: 'e.g. Trail Runner', description: 'The card title, up to 200 characters' },
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Grip on every surface. From £79.',
		description: 'The card text, up to 2,000 characters',
	},
	{
		displayName: 'Media URL',
		name: 'mediaUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/trail-runner.jpg',
		description: 'A public URL of the image, video or PDF on the card',
	},
	mediaHeightField,
	...cardOptionalValues,
	suggestionsField('suggestions', 'Card Suggestions', CARD_SUGGESTION_LIMIT),
];

function inputModeField(displayName: string, types: Array<(typeof RCS_TYPES)[number]>, description: string): INodeProperties {
	return {
		displayName,
		name: 'rcsInputMode',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Fields Below', value: 'fields' },
			{ name: 'JSON', value: 'json' },
		],
		default: 'fields',
		description,
		displayOptions: showRcs(types),
	};
}

const fields: INodeProperties[] = [
	messageTypeField(
		'rcs',
		[
			{ name: 'Carousel', value: 'carousel', description: '2 to 10 rich cards side by side' },
			{ name: 'Custom', value: 'custom', description: 'Any RCS payload as JSON' },
			{ name: 'File', value: 'file', description: 'A PDF file' },
			{ name: 'Image', value: 'image', description: 'A JPG, GIF or PNG image' },
			{ name: 'Rich Card', value: 'card', description: 'One card: media, title, text and up to 4 suggestions' },
			{ name: 'Text', value: 'text', description: 'Text, optionally with suggested replies and actions' },
			{ name: 'Video', value: 'video', description: 'An MP4, M4V, H263, MPEG or WEBM video' },
		],
		'text',
	),
	messageTextField('rcs', 'The message text, up to 3,072 characters'),
	mediaUrlField('rcs', 'image', 'JPG, JPEG, GIF or PNG'),
	mediaUrlField('rcs', 'video', 'MP4, M4V, H263, MPEG or WEBM'),
	mediaUrlField('rcs', 'file', 'PDF'),
	inputModeField('Define Suggestions Using', ['text'], 'Build the suggestions with the fields below, or paste them as JSON'),
	inputModeField('Define Card Using', ['card'], 'Build the card with the fields below, or paste it as JSON'),
	inputModeField('Define Cards Using', ['carousel'], 'Build the cards and suggestions with the fields below, or paste them as JSON'),

	// Rich card, built from fields
	{
		displayName: 'Card Title',
		name: 'cardTitle',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Your order has shipped',
		description: 'The card title, up to 200 characters',
		displayOptions: showRcs(['card'], { rcsInputMode: ['fields'] }),
		routing: { send: { type: 'body', property: 'card.title' } },
	},
	{
		displayName: 'Card Text',
		name: 'cardText',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. It arrives on Tuesday.',
		description: 'The card text, up to 2,000 characters',
		displayOptions: showRcs(['card'], { rcsInputMode: ['fields'] }),
		routing: { send: { type: 'body', property: 'card.text' } },
	},
	{
		displayName: 'Card Media URL',
		name: 'cardMediaUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/parcel.jpg',
		description: 'A public URL of the image, video or PDF on the card',
		displayOptions: showRcs(['card'], { rcsInputMode: ['fields'] }),
		routing: { send: { type: 'body', property: 'card.media_url' } },
	},
	{
		displayName: 'Card Orientation',
		name: 'cardOrientation',
		type: 'options',
		options: [
			{ name: 'Horizontal', value: 'HORIZONTAL', description: 'Media beside the text' },
			{ name: 'Vertical', value: 'VERTICAL', description: 'Media above the text' },
		],
		default: 'VERTICAL',
		displayOptions: showRcs(['card']),
		routing: { send: { type: 'body', property: 'rcs.card_orientation' } },
	},
	{
		displayName: 'Image Alignment',
		name: 'imageAlignment',
		type: 'options',
		options: [
			{ name: 'Left', value: 'LEFT' },
			{ name: 'Right', value: 'RIGHT' },
		],
		default: 'LEFT',
		description: 'Which side of a horizontal card the media sits on',
		displayOptions: showRcs(['card'], { cardOrientation: ['HORIZONTAL'] }),
		routing: { send: { type: 'body', property: 'rcs.image_alignment' } },
	},
	{
		...mediaHeightField,
		name: 'cardMediaHeight',
		displayOptions: showRcs(['card'], { rcsInputMode: ['fields'], cardOrientation: ['VERTICAL'] }),
		routing: { send: { type: 'body', property: 'card.media_height' } },
	},
	{
		displayName: 'Card Options',
		name: 'cardOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showRcs(['card'], { rcsInputMode: ['fields'] }),
		// The same inputs as on carousel cards, here routed straight into the card.
		options: cardOptionalValues.map((option) => ({
			...option,
			routing: { send: { type: 'body', property: `card.${CARD_KEYS[option.name]}` } },
		})),
	},
	suggestionsField('cardSuggestions', 'Card Suggestions', CARD_SUGGESTION_LIMIT, showRcs(['card'], { rcsInputMode: ['fields'] }), 'card.suggestions'),
	{
		displayName: 'Card (JSON)',
		name: 'rcsCardJson',
		type: 'json',
		required: true,
		default: '{\n  "title": "",\n  "text": "",\n  "media_url": "",\n  "media_height": "MEDIUM",\n  "suggestions": []\n}',
		description: 'The card object of the Messages API: title, text, media_url, optional media_height, media_description, thumbnail_url, media_force_refresh and up to 4 suggestions',
		displayOptions: showRcs(['card'], { rcsInputMode: ['json'] }),
		routing: { send: { type: 'body', property: 'card' } },
	},

	// Carousel
	{
		displayName: 'Cards',
		name: 'carouselCards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Card',
		default: {},
		description: '2 to 10 vertical cards, shown side by side',
		displayOptions: showRcs(['carousel'], { rcsInputMode: ['fields'] }),
		options: [{ name: 'card', displayName: 'Card', values: carouselCardValues }],
		routing: { send: { type: 'body', property: 'carousel.cards' } },
	},
	{
		displayName: 'Cards (JSON)',
		name: 'rcsCarouselJson',
		type: 'json',
		required: true,
		default: '[]',
		description: 'An array of 2 to 10 card objects (title, text, media_url, media_height, optional suggestions…)',
		displayOptions: showRcs(['carousel'], { rcsInputMode: ['json'] }),
		routing: { send: { type: 'body', property: 'carousel.cards' } },
	},

	// Suggestions of the message itself (text and carousel)
	suggestionsField('rcsSuggestions', 'Suggestions', MESSAGE_SUGGESTION_LIMIT, showRcs(['text', 'carousel'], { rcsInputMode: ['fields'] }), 'suggestions'),
	{
		displayName: 'Suggestions (JSON)',
		name: 'rcsSuggestionsJson',
		type: 'json',
		default: '[]',
		description:
			'Up to 11 suggestion objects, e.g. [{"type": "reply", "text": "Yes", "postback_data": "yes"}]. Types: reply, dial, view_location, share_location, open_url, open_url_in_webview, create_calendar_event.',
		displayOptions: showRcs(['text', 'carousel'], { rcsInputMode: ['json'] }),
		routing: { send: { type: 'body', property: 'suggestions' } },
	},

	// Custom
	{
		displayName: 'Custom Payload (JSON)',
		name: 'rcsCustomJson',
		type: 'json',
		required: true,
		default: '{}',
		description: 'The RCS payload to send as "custom". Vonage calls this a legacy option: prefer the other message types where they fit.',
		displayOptions: showRcs(['custom']),
		routing: { send: { type: 'body', property: 'custom' } },
	},

	{
		displayName: 'RCS Options',
		name: 'rcsOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: showFor('rcs'),
		options: [
			{
				displayName: 'Card Width',
				name: 'cardWidth',
				type: 'options',
				options: [
					{ name: 'Medium', value: 'MEDIUM' },
					{ name: 'Small', value: 'SMALL' },
				],
				default: 'MEDIUM',
				description: 'The width of the cards in the carousel',
				displayOptions: { show: { '/messageType': ['carousel'] } },
				routing: { send: { type: 'body', property: 'rcs.card_width' } },
			},
			{
				displayName: 'Category',
				name: 'category',
				type: 'options',
				options: [
					{ name: 'Acknowledgement', value: 'acknowledgement' },
					{ name: 'Authentication', value: 'authentication' },
					{ name: 'Promotion', value: 'promotion' },
					{ name: 'Service Request', value: 'service-request' },
					{ name: 'Transaction', value: 'transaction' },
				],
				default: 'transaction',
				description: 'What the message is about. Some countries (e.g. France) require it; ask Vonage which category applies.',
				routing: { send: { type: 'body', property: 'rcs.category' } },
			},
		],
	},
];

export const rcsChannel: SendChannel = {
	value: 'rcs',
	option: { name: 'RCS', value: 'rcs' },
	fields,
};
