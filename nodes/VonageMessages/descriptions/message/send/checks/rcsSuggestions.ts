import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { compact, isObject } from '../../../../../shared/objects';
import { checkCount, normalizePhoneNumber, refuse, requireDateTime, requireOneOf, requireText, requireUrl } from '../../../../../shared/validation';
import { SUGGESTION_CALENDAR_TITLE_LIMIT, SUGGESTION_DESCRIPTION_LIMIT, SUGGESTION_TEXT_LIMIT, SUGGESTION_VIEW_MODES } from '../channelRules';
import { SUGGESTION_TYPES, type SuggestionType } from '../channelRules';

const SUGGESTION_LABELS: Record<SuggestionType, string> = {
	reply: 'Reply',
	dial: 'Dial',
	view_location: 'View Location',
	share_location: 'Share Location',
	open_url: 'Open URL',
	open_url_in_webview: 'Open URL in Webview',
	create_calendar_event: 'Create Calendar Event',
};

/** RCS suggestion chips (spec: RCSSuggestedReply and RCSSuggestedAction*), as form fields and as checked API objects. */

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
		checked.description = requireText(context, `${name}: Description`, suggestion.description, SUGGESTION_DESCRIPTION_LIMIT);
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
			if (suggestion.view_mode !== undefined) checked.view_mode = requireOneOf(context, `${name}: View Mode`, suggestion.view_mode, SUGGESTION_VIEW_MODES);
			break;
		case 'create_calendar_event': {
			checked.title = requireText(context, `${name}: Event Title`, suggestion.title, SUGGESTION_CALENDAR_TITLE_LIMIT);
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
