import type { IDataObject, IDisplayOptions, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { isObject, compact } from '../../../shared/objects';
import { refuse, normalizePhoneNumber, requireText, requireUrl, requireOneOf, checkCount, requireDateTime } from '../../../shared/validation';

/** RCS suggestion chips (spec: RCSSuggestedReply and RCSSuggestedAction*), as form fields and as checked API objects. */

export const SUGGESTION_TYPES = ['reply', 'dial', 'view_location', 'share_location', 'open_url', 'open_url_in_webview', 'create_calendar_event'] as const;
type SuggestionType = (typeof SUGGESTION_TYPES)[number];

const SUGGESTION_LABELS: Record<SuggestionType, string> = {
	reply: 'Reply',
	dial: 'Dial',
	view_location: 'View Location',
	share_location: 'Share Location',
	open_url: 'Open URL',
	open_url_in_webview: 'Open URL in Webview',
	create_calendar_event: 'Create Calendar Event',
};

/** Spec limits: 25 characters on a chip, 11 suggestions on a message, 4 on a card. */
export const SUGGESTION_TEXT_LIMIT = 25;
export const MESSAGE_SUGGESTION_LIMIT = 11;
export const CARD_SUGGESTION_LIMIT = 4;
const DESCRIPTION_LIMIT = 500;
const CALENDAR_TITLE_LIMIT = 100;
const VIEW_MODES = ['FULL', 'TALL', 'HALF'] as const;

const showForTypes = (...types: SuggestionType[]): IDisplayOptions => ({ show: { type: types } });

/** The inputs of one suggestion; each shows only for the kinds of suggestion that use it. */
const suggestionValues: INodeProperties[] = [
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Create Calendar Event', value: 'create_calendar_event', description: 'Offer to add an event to the calendar' },
			{ name: 'Dial', value: 'dial', description: 'Offer to call a phone number' },
			{ name: 'Open URL', value: 'open_url', description: 'Open a web page in the browser' },
			{ name: 'Open URL in Webview', value: 'open_url_in_webview', description: 'Open a web page inside the messaging app' },
			{ name: 'Reply', value: 'reply', description: 'A suggested reply; tapping it sends its text back to you' },
			{ name: 'Share Location', value: 'share_location', description: "Ask the user to share their location" },
			{ name: 'View Location', value: 'view_location', description: 'Show a place on a map' },
		],
		default: 'reply',
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '',
		placeholder: 'e.g. Yes, please',
		description: 'The text on the suggestion chip, up to 25 characters',
	},
	{
		displayName: 'Postback Data',
		name: 'postbackData',
		type: 'string',
		default: '',
		placeholder: 'e.g. confirm_order_123',
		description:
			'What your inbound webhook receives when the user taps the chip (as the reply ID for replies, as button.payload for actions). Leave empty to use the text.',
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. 447700900000',
		description: 'The number to call, in E.164 format (a leading + or 00 is removed)',
		displayOptions: showForTypes('dial'),
	},
	{
		displayName: 'Latitude',
		name: 'latitude',
		type: 'string',
		default: '',
		placeholder: 'e.g. 51.5072',
		description: 'Latitude of the place, in decimal degrees from -90 to 90',
		displayOptions: showForTypes('view_location'),
	},
	{
		displayName: 'Longitude',
		name: 'longitude',
		type: 'string',
		default: '',
		placeholder: 'e.g. -0.1276',
		description: 'Longitude of the place, in decimal degrees from -180 to 180',
		displayOptions: showForTypes('view_location'),
	},
	{
		displayName: 'Pin Label',
		name: 'pinLabel',
		type: 'string',
		default: '',
		placeholder: 'e.g. Our London store',
		description: 'The label of the pin on the map',
		displayOptions: showForTypes('view_location'),
	},
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/offers',
		description: 'The web page to open',
		displayOptions: showForTypes('open_url', 'open_url_in_webview'),
	},
	{
		displayName: 'View Mode',
		name: 'viewMode',
		type: 'options',
		options: [
			{ name: 'Full', value: 'FULL', description: 'The webview covers the whole screen' },
			{ name: 'Half', value: 'HALF', description: 'The webview covers half of the screen' },
			{ name: 'Tall', value: 'TALL', description: 'The webview covers three quarters of the screen' },
		],
		default: 'FULL',
		description: 'How much of the screen the webview takes',
		displayOptions: showForTypes('open_url_in_webview'),
	},
	{
		displayName: 'Event Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'e.g. Appointment at Example Clinic',
		description: 'The title of the calendar event, up to 100 characters',
		displayOptions: showForTypes('create_calendar_event'),
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description: 'When the event starts. Without a time zone, the workflow time zone is used.',
		displayOptions: showForTypes('create_calendar_event'),
	},
	{
		displayName: 'End Time',
		name: 'endTime',
		type: 'dateTime',
		default: '',
		description: 'When the event ends; must be after the start',
		displayOptions: showForTypes('create_calendar_event'),
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		placeholder: 'e.g. Opens our spring offers',
		description: 'Up to 500 characters: for a URL, what it opens (read out by screen readers); for an event, its description',
		displayOptions: showForTypes('open_url', 'open_url_in_webview', 'create_calendar_event'),
	},
	{
		displayName: 'Fallback URL',
		name: 'fallbackUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://example.com/contact',
		description: 'Optional. A web page to open on devices that cannot perform the action.',
		displayOptions: showForTypes('dial', 'view_location', 'create_calendar_event'),
	},
];

/** A list of suggestion chips, in the order the user arranges them. */
export function suggestionsField(name: string, displayName: string, limit: number, displayOptions?: IDisplayOptions, bodyPath?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Suggestion',
		default: {},
		description: `Up to ${limit} suggested replies or actions shown as chips the user can tap`,
		...(displayOptions ? { displayOptions } : {}),
		// The form's own shape goes into the body; the channel's check turns it into API suggestions.
		...(bodyPath ? { routing: { send: { type: 'body', property: bodyPath } } } : {}),
		options: [{ name: 'suggestion', displayName: 'Suggestion', values: suggestionValues }],
	};
}

function textOf(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Turns the form's suggestions into API objects; the checks come afterwards, for form and JSON alike. */
export function suggestionsFromForm(collection: unknown): IDataObject[] {
	const entries = ((collection as IDataObject | undefined)?.suggestion ?? []) as IDataObject[];
	return entries.map((entry) => {
		const type = entry.type as SuggestionType;
		const text = typeof entry.text === 'string' ? entry.text : '';
		const common: IDataObject = { type, text, postback_data: textOf(entry.postbackData) ?? text };
		switch (type) {
			case 'dial':
				return compact({ ...common, phone_number: textOf(entry.phoneNumber), fallback_url: textOf(entry.fallbackUrl) });
			case 'view_location':
				return compact({
					...common,
					latitude: textOf(entry.latitude),
					longitude: textOf(entry.longitude),
					pin_label: textOf(entry.pinLabel),
					fallback_url: textOf(entry.fallbackUrl),
				});
			case 'open_url':
				return compact({ ...common, url: textOf(entry.url), description: textOf(entry.description) });
			case 'open_url_in_webview':
				return compact({ ...common, url: textOf(entry.url), description: textOf(entry.description), view_mode: textOf(entry.viewMode) });
			case 'create_calendar_event':
				return compact({
					...common,
					title: textOf(entry.title),
					start_time: textOf(entry.startTime),
					end_time: textOf(entry.endTime),
					description: textOf(entry.description),
					fallback_url: textOf(entry.fallbackUrl),
				});
			default:
				return common;
		}
	});
}

function coordinate(context: IExecuteSingleFunctions, field: string, value: unknown, limit: number): string {
	const text = requireText(context, field, typeof value === 'number' ? String(value) : value).trim();
	const number = Number(text);
	if (!/^-?\d+(\.\d+)?$/.test(text) || Math.abs(number) > limit) {
		throw refuse(context, field, text, 'is not a coordinate', `Enter decimal degrees from -${limit} to ${limit}, e.g. ${limit === 90 ? '51.5072' : '-0.1276'}.`);
	}
	return text;
}

/**
 * Checks one suggestion in API form against the spec (required fields per kind, lengths, URLs,
 * phone numbers, date-times) and returns it normalized. Unknown keys from JSON are kept, so the
 * escape hatch can carry fields this node does not know yet.
 */
function checkSuggestion(context: IExecuteSingleFunctions, suggestion: IDataObject, label: string): IDataObject {
	const type = requireOneOf(context, `${label}: Type`, suggestion.type, SUGGESTION_TYPES) as SuggestionType;
	const name = `${label} (${SUGGESTION_LABELS[type]})`;
	const checked: IDataObject = {
		...suggestion,
		type,
		text: requireText(context, `${name}: Text`, suggestion.text, SUGGESTION_TEXT_LIMIT),
		postback_data: requireText(context, `${name}: Postback Data`, suggestion.postback_data),
	};
	const optionalUrl = (key: string, field: string) => {
		if (suggestion[key] !== undefined && suggestion[key] !== '') checked[key] = requireUrl(context, `${name}: ${field}`, suggestion[key]);
	};
	const description = () => {
		checked.description = requireText(context, `${name}: Description`, suggestion.description, DESCRIPTION_LIMIT);
	};
	switch (type) {
		case 'dial':
			checked.phone_number = normalizePhoneNumber(context, `${name}: Phone Number`, suggestion.phone_number);
			optionalUrl('fallback_url', 'Fallback URL');
			break;
		case 'view_location':
			checked.latitude = coordinate(context, `${name}: Latitude`, suggestion.latitude, 90);
			checked.longitude = coordinate(context, `${name}: Longitude`, suggestion.longitude, 180);
			checked.pin_label = requireText(context, `${name}: Pin Label`, suggestion.pin_label);
			optionalUrl('fallback_url', 'Fallback URL');
			break;
		case 'open_url':
			checked.url = requireUrl(context, `${name}: URL`, suggestion.url);
			description();
			break;
		case 'open_url_in_webview':
			checked.url = requireUrl(context, `${name}: URL`, suggestion.url);
			description();
			if (suggestion.view_mode !== undefined) checked.view_mode = requireOneOf(context, `${name}: View Mode`, suggestion.view_mode, VIEW_MODES);
			break;
		case 'create_calendar_event': {
			checked.title = requireText(context, `${name}: Event Title`, suggestion.title, CALENDAR_TITLE_LIMIT);
			checked.start_time = requireDateTime(context, `${name}: Start Time`, suggestion.start_time);
			checked.end_time = requireDateTime(context, `${name}: End Time`, suggestion.end_time);
			if (Date.parse(String(checked.end_time)) <= Date.parse(String(checked.start_time))) {
				throw refuse(context, `${name}: End Time`, checked.end_time, `is not after the start time (${String(checked.start_time)})`, 'Set an end time later than the start time.');
			}
			description();
			optionalUrl('fallback_url', 'Fallback URL');
			break;
		}
		default:
			break;
	}
	return checked;
}

/** Checks a list of suggestions: at most `limit`, each valid. `owner` names where they sit, e.g. "Card 2, ". */
export function checkSuggestions(context: IExecuteSingleFunctions, suggestions: IDataObject[], limit: number, owner = ''): IDataObject[] {
	checkCount(context, `${owner}Suggestions`, suggestions.length, 'suggestion', 0, limit, `Remove suggestions until at most ${limit} remain.`);
	return suggestions.map((suggestion, index) => {
		if (!isObject(suggestion)) {
			throw refuse(context, `${owner}Suggestion ${index + 1}`, suggestion, 'is not an object', 'Each suggestion is an object like {"type": "reply", "text": "Yes", "postback_data": "yes"}.');
		}
		return checkSuggestion(context, suggestion, `${owner}Suggestion ${index + 1}`);
	});
}
