import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';
import { type SuggestionType } from '../channelRules';

/** RCS suggestion chips (spec: RCSSuggestedReply and RCSSuggestedAction*), as form fields and as checked API objects. */

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
