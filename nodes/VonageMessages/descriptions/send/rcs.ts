import type { IDataObject, IDisplayOptions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import {
	mediaUrlField,
	mediaUrlLabel,
	messageTextField,
	messageTypeField,
	showFor,
} from './common';
import { isObject, compact } from '../../../shared/objects';
import {
	type JsonInput,
	checkCount,
	normalizePhoneNumber,
	optionalText,
	parseJson,
	refuse,
	requireId,
	requireOneOf,
	requireText,
	requireUrl,
} from '../../../shared/validation';
import { CARD_SUGGESTION_LIMIT, MESSAGE_SUGGESTION_LIMIT, checkSuggestions, suggestionsField, suggestionsFromForm } from './rcsSuggestions';
import type { SendChannel } from './types';

/** RCS on Messages API v1 (spec: OutboundRCS*, RCSCardProperties, channelOptionsRcs*). */

const RCS_TYPES = ['text', 'image', 'video', 'file', 'card', 'carousel', 'custom'] as const;
const CATEGORIES = ['authentication', 'transaction', 'promotion', 'service-request', 'acknowledgement'] as const;
const MEDIA_HEIGHTS = ['SHORT', 'MEDIUM', 'TALL'] as const;
const ORIENTATIONS = ['VERTICAL', 'HORIZONTAL'] as const;
const ALIGNMENTS = ['LEFT', 'RIGHT'] as const;
const CARD_WIDTHS = ['SMALL', 'MEDIUM'] as const;

const TEXT_LIMIT = 3072;
const CARD_TITLE_LIMIT = 200;
const CARD_TEXT_LIMIT = 2000;
const CAROUSEL_MIN_CARDS = 2;
const CAROUSEL_MAX_CARDS = 10;

const SUGGESTIONS_EXAMPLE = '[{"type": "reply", "text": "Yes", "postback_data": "yes"}]';
const CARD_EXAMPLE = '{"title": "Hello", "text": "…", "media_url": "https://…", "media_height": "MEDIUM"}';
const CUSTOM_EXAMPLE = '{"contentMessage": {"text": "Hello"}}';

/** RCS JSON inputs word their refusals the RCS way (users and tests know these texts). */
function rcsJson(shape: JsonInput['shape'], example: string): JsonInput {
	return {
		shape,
		example,
		wording: {
			fixRequired: `Enter JSON, e.g. ${example}`,
			fixUnparsable: `Check quotes, commas and brackets, e.g. ${example}`,
			fixShape: `Enter JSON like ${example}`,
			quoteTyped: true,
		},
	};
}

const FROM_FIX = 'Enter your RCS agent ID (the sender ID Vonage registered for your brand), e.g. MyBrand, without spaces.';

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

/** API names of the optional card inputs. */
const CARD_KEYS: Record<string, string> = {
	mediaDescription: 'media_description',
	thumbnailUrl: 'thumbnail_url',
	mediaForceRefresh: 'media_force_refresh',
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

/**
 * Form inputs travel in the body like everything else, so that a failover message given as JSON is
 * checked by exactly the same code: JSON inputs arrive as text and are parsed here, a fixedCollection
 * arrives as the form's own shape ({ card: [...] }) and is converted here.
 */
function isFormCollection(value: unknown, key: string): value is IDataObject {
	return isObject(value) && (key in value || Object.keys(value).length === 0);
}

/** A carousel card from the form, in API form; checked afterwards. */
function cardFromForm(card: IDataObject): IDataObject {
	const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
	return compact({
		title: typeof card.title === 'string' ? card.title : '',
		text: typeof card.text === 'string' ? card.text : '',
		media_url: text(card.mediaUrl) ?? '',
		media_height: text(card.mediaHeight),
		media_description: text(card.mediaDescription),
		thumbnail_url: text(card.thumbnailUrl),
		media_force_refresh: card.mediaForceRefresh === true ? true : undefined,
		suggestions: card.suggestions,
	});
}

/** Suggestions as the form, JSON text or a JSON array give them; undefined when there are none. */
function suggestionList(context: IExecuteSingleFunctions, value: unknown, limit: number, owner = ''): IDataObject[] | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let suggestions: unknown[];
	if (isFormCollection(value, 'suggestion')) {
		suggestions = suggestionsFromForm(value);
	} else if (typeof value === 'string' || Array.isArray(value)) {
		suggestions = parseJson(context, `${owner}Suggestions (JSON)`, value, rcsJson('array of objects', SUGGESTIONS_EXAMPLE)) as IDataObject[];
	} else {
		throw refuse(context, `${owner}Suggestions`, value, 'is not a list', `Give suggestions as a JSON array, e.g. ${SUGGESTIONS_EXAMPLE}`);
	}
	return suggestions.length ? checkSuggestions(context, suggestions as IDataObject[], limit, owner) : undefined;
}

/** Checks a card against RCSCardProperties; `label` names it ("Card", "Card 3"). */
function checkCard(context: IExecuteSingleFunctions, card: IDataObject, label: string, vertical: boolean): IDataObject {
	const checked: IDataObject = {
		...card,
		title: requireText(context, `${label}: Title`, card.title, CARD_TITLE_LIMIT),
		text: requireText(context, `${label}: Text`, card.text, CARD_TEXT_LIMIT),
		media_url: requireUrl(context, `${label}: Media URL`, card.media_url),
	};
	if (vertical || card.media_height !== undefined) {
		checked.media_height = requireOneOf(context, `${label}: Media Height`, card.media_height, MEDIA_HEIGHTS);
	}
	if (card.thumbnail_url !== undefined && card.thumbnail_url !== '') checked.thumbnail_url = requireUrl(context, `${label}: Thumbnail URL`, card.thumbnail_url);
	else delete checked.thumbnail_url;
	checked.media_description = optionalText(context, `${label}: Media Description`, card.media_description);
	if (card.media_force_refresh !== undefined && typeof card.media_force_refresh !== 'boolean') {
		throw refuse(context, `${label}: Force Media Refresh`, card.media_force_refresh, 'is not true or false', 'Use true or false (without quotes).');
	}
	checked.suggestions = suggestionList(context, card.suggestions, CARD_SUGGESTION_LIMIT, `${label}, `);
	return compact(checked);
}

function richCard(context: IExecuteSingleFunctions, value: unknown, vertical: boolean): IDataObject {
	const card = typeof value === 'string' ? parseJson(context, 'Card (JSON)', value, rcsJson('object', CARD_EXAMPLE)) : value;
	if (!isObject(card)) {
		throw refuse(context, 'Card', card ?? '', card === undefined ? 'is required' : 'is not an object', `Give the card as a JSON object, e.g. ${CARD_EXAMPLE}`);
	}
	return checkCard(context, card, 'Card', vertical);
}

function carouselCards(context: IExecuteSingleFunctions, value: unknown): IDataObject[] {
	let cards: IDataObject[];
	if (isFormCollection(value, 'card')) {
		cards = ((value.card ?? []) as IDataObject[]).map(cardFromForm);
	} else {
		const parsed = typeof value === 'string' || Array.isArray(value) ? parseJson(context, 'Cards (JSON)', value, rcsJson('array of objects', `[${CARD_EXAMPLE}, …]`)) : [];
		cards = parsed as IDataObject[];
	}
	checkCount(
		context,
		'Cards',
		cards.length,
		'card',
		CAROUSEL_MIN_CARDS,
		CAROUSEL_MAX_CARDS,
		cards.length < CAROUSEL_MIN_CARDS ? 'A carousel needs at least 2 cards: add cards, or send a single Card message instead.' : 'Remove cards until at most 10 remain.',
	);
	// Carousel cards are always vertical, so each needs its media height.
	return cards.map((card, index) => checkCard(context, card, `Card ${index + 1}`, true));
}

function checkRcsOptions(context: IExecuteSingleFunctions, rcs: IDataObject | undefined, type: string): IDataObject | undefined {
	if (!rcs) return undefined;
	const checked: IDataObject = { ...rcs };
	if (rcs.category !== undefined) checked.category = requireOneOf(context, 'Category', rcs.category, CATEGORIES);
	if (type === 'card' && rcs.card_orientation !== undefined) {
		const orientation = requireOneOf(context, 'Card Orientation', rcs.card_orientation, ORIENTATIONS);
		checked.card_orientation = orientation;
		if (orientation === 'HORIZONTAL') checked.image_alignment = requireOneOf(context, 'Image Alignment', rcs.image_alignment, ALIGNMENTS);
		else delete checked.image_alignment;
	}
	if (rcs.card_width !== undefined) checked.card_width = requireOneOf(context, 'Card Width', rcs.card_width, CARD_WIDTHS);
	return Object.keys(checked).length ? checked : undefined;
}

export const rcsChannel: SendChannel = {
	value: 'rcs',
	option: { name: 'RCS', value: 'rcs' },
	fields,
	validate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		const type = requireOneOf(context, 'Message Type', body.message_type, RCS_TYPES);
		const checked: IDataObject = {
			...body,
			to: normalizePhoneNumber(context, 'To', body.to),
			from: requireId(context, 'From', body.from, FROM_FIX, 100),
		};
		const rcs = checkRcsOptions(context, body.rcs as IDataObject | undefined, type);
		if (rcs) checked.rcs = rcs;
		const mediaUrl = (kind: 'image' | 'video' | 'file') => requireUrl(context, mediaUrlLabel(kind), (body[kind] as IDataObject | undefined)?.url);
		switch (type) {
			case 'text':
				checked.text = requireText(context, 'Text', body.text, TEXT_LIMIT);
				checked.suggestions = suggestionList(context, body.suggestions, MESSAGE_SUGGESTION_LIMIT);
				break;
			case 'image':
				checked.image = { url: mediaUrl('image') };
				break;
			case 'video':
				checked.video = { url: mediaUrl('video') };
				break;
			case 'file':
				checked.file = { url: mediaUrl('file') };
				break;
			case 'card':
				checked.card = richCard(context, body.card, rcs?.card_orientation !== 'HORIZONTAL');
				break;
			case 'carousel': {
				const carousel = (body.carousel ?? {}) as IDataObject;
				checked.carousel = { ...carousel, cards: carouselCards(context, carousel.cards) };
				checked.suggestions = suggestionList(context, body.suggestions, MESSAGE_SUGGESTION_LIMIT);
				break;
			}
			case 'custom': {
				const custom = parseJson(context, 'Custom Payload (JSON)', body.custom ?? '', rcsJson('object', CUSTOM_EXAMPLE)) as IDataObject;
				if (!Object.keys(custom).length) {
					throw refuse(context, 'Custom Payload (JSON)', '{}', 'is an empty object', `Enter the RCS payload to send, e.g. ${CUSTOM_EXAMPLE}.`);
				}
				checked.custom = custom;
				break;
			}
		}
		return compact(checked);
	},
};
