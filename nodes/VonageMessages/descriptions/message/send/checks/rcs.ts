import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { compact, isObject } from '../../../../../shared/objects';
import { type JsonInput, checkCount, normalizePhoneNumber, optionalText, parseJson, refuse, requireId, requireOneOf, requireText, requireUrl } from '../../../../../shared/validation';
import { CARD_SUGGESTION_LIMIT, MESSAGE_SUGGESTION_LIMIT, RCS_ALIGNMENTS, RCS_CARD_WIDTHS, RCS_CATEGORIES, RCS_MEDIA_HEIGHTS, RCS_ORIENTATIONS, RCS_TYPES, mediaUrlLabel } from '../channelRules';
import { checkSuggestions, suggestionsFromForm } from './rcsSuggestions';

const TEXT_LIMIT = 3072;
const CARD_TITLE_LIMIT = 200;
const CARD_TEXT_LIMIT = 2000;
const CAROUSEL_MIN_CARDS = 2;
const CAROUSEL_MAX_CARDS = 10;

const SUGGESTIONS_EXAMPLE = '[{"type": "reply", "text": "Yes", "postback_data": "yes"}]';
const CARD_EXAMPLE = '{"title": "Hello", "text": "…", "media_url": "https://…", "media_height": "MEDIUM"}';
const CUSTOM_EXAMPLE = '{"contentMessage": {"text": "Hello"}}';

const FROM_FIX = 'Enter your RCS agent ID (the sender ID Vonage registered for your brand), e.g. MyBrand, without spaces.';

/** RCS on Messages API v1 (spec: OutboundRCS*, RCSCardProperties, channelOptionsRcs*). */

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
		checked.media_height = requireOneOf(context, `${label}: Media Height`, card.media_height, RCS_MEDIA_HEIGHTS);
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
	if (rcs.category !== undefined) checked.category = requireOneOf(context, 'Category', rcs.category, RCS_CATEGORIES);
	if (type === 'card' && rcs.card_orientation !== undefined) {
		const orientation = requireOneOf(context, 'Card Orientation', rcs.card_orientation, RCS_ORIENTATIONS);
		checked.card_orientation = orientation;
		if (orientation === 'HORIZONTAL') checked.image_alignment = requireOneOf(context, 'Image Alignment', rcs.image_alignment, RCS_ALIGNMENTS);
		else delete checked.image_alignment;
	}
	if (rcs.card_width !== undefined) checked.card_width = requireOneOf(context, 'Card Width', rcs.card_width, RCS_CARD_WIDTHS);
	return Object.keys(checked).length ? checked : undefined;
}

/** Checks and normalizes an RCS v1 body before it is sent; refusals name the field. */
export function checkRcsBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
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
}
