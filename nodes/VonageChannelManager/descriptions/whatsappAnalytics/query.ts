import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { paginateRecords, type PagedList } from '../../../shared/pagination';
import { normalizePhoneNumber, refuse, refuseMessage } from '../../../shared/validation';
import { WABAS_PATH, listOf, requestPath } from '../common';

// What the three analytics operations share: their routing (the WABA's endpoint, one preSend that builds the query,
// cursor paging), the date range, the Filters collection, and the number and country filters of messaging and pricing
// analytics. Each operation's file holds its own query parameters and fields.

const DAY_MS = 86_400_000;

interface DateLike {
	toISODate?: () => string | null;
	toISO?: () => string | null;
}

/**
 * The date of a date picker (or of an expression such as {{ $now }}) as YYYY-MM-DD, the format the
 * analytics endpoints take. The picker's text is read as written, so no time zone shifts the day.
 */
function apiDate(context: IExecuteSingleFunctions, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let text: string | undefined;
	if (typeof value === 'string') text = value.trim();
	else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? undefined : value.toISOString();
	else if (typeof value === 'object') {
		const date = value as DateLike;
		text = typeof date.toISODate === 'function' ? (date.toISODate() ?? undefined) : undefined;
	}
	const day = text?.slice(0, 10);
	if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
		throw refuse(context, field,
			typeof value === 'string' ? value : String(text ?? value),
			'is not a date',
			'Pick a date, or enter one as YYYY-MM-DD, e.g. 2024-11-01.',
		);
	}
	return day;
}

/** A refusal of date ranges longer than an endpoint takes, with what to do instead. */
export interface MaxDays {
	days: number;
	fix: string;
}

/**
 * Adds Start and End Date to the query as YYYY-MM-DD; dates in the wrong order, or more than `maxDays` apart where
 * the endpoint has such a limit, are refused before sending.
 */
function addDateRange(context: IExecuteSingleFunctions, qs: IDataObject, maxDays?: MaxDays): void {
	const start = apiDate(context, 'Start Date', context.getNodeParameter('startDate', ''));
	const end = apiDate(context, 'End Date', context.getNodeParameter('endDate', ''));
	if (start && end) {
		const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
		if (days < 0) {
			throw refuseMessage(context, `End Date ${end} is before Start Date ${start}`, 'Choose an end date on or after the start date.');
		}
		if (maxDays && days > maxDays.days) {
			throw refuseMessage(context, `The dates ${start} to ${end} are ${days} days apart`, maxDays.fix);
		}
	}
	if (start) qs.start = start;
	if (end) qs.end = end;
}

export interface AnalyticsEndpoint {
	/** The path under the WABA, e.g. "messaging-analytics". */
	path: string;
	/** How the endpoint pages its records. */
	list: PagedList;
	/** The longest date range the endpoint takes, if it has a limit. */
	maxDays?: MaxDays;
	/** Adds the operation's own query parameters (after the dates) from the node's fields; refuses bad ones. */
	addQuery?: (context: IExecuteSingleFunctions, qs: IDataObject) => void;
}

/**
 * Routing of an analytics operation: the WABA's endpoint, one preSend that builds the whole query (the date range,
 * then the operation's own parameters), and paging of every record. Lists go as repeated query parameters
 * (`name=value` once per entry), OpenAPI's default for array query parameters.
 */
export function analyticsRouting({ path, list, maxDays, addQuery }: AnalyticsEndpoint): INodePropertyOptions['routing'] {
	async function analyticsQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		addDateRange(this, qs, maxDays);
		addQuery?.(this, qs);
		return { ...requestOptions, qs, arrayFormat: 'repeat' };
	}
	return {
		request: { method: 'GET' },
		send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/${path}`), analyticsQuery] },
		operations: { pagination: paginateRecords(list) },
	};
}

/** The Filters collection of an analytics operation. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options };
}

function countryCodes(context: IExecuteSingleFunctions, value: unknown): string[] {
	return listOf(value).map((code) => {
		if (!/^[A-Za-z]{2}$/.test(code)) {
			throw refuse(context, 'Country Codes',
				code,
				'is not a two-letter country code',
				'Enter ISO country codes separated by commas, e.g. US, GB, IN.',
			);
		}
		return code.toUpperCase();
	});
}

/** Adds the Phone Numbers (E.164) and Country Codes filters of messaging and pricing analytics, when set. */
export function addNumberAndCountryFilters(context: IExecuteSingleFunctions, qs: IDataObject): void {
	const filters = context.getNodeParameter('filters', {}) as IDataObject;
	const phoneNumbers = listOf(filters.phoneNumbers).map((number) => normalizePhoneNumber(context, 'Phone Numbers', number));
	const countries = countryCodes(context, filters.countryCodes);
	if (phoneNumbers.length) qs.phone_numbers = phoneNumbers;
	if (countries.length) qs.country_codes = countries;
}

export const phoneNumbersFilter: INodeProperties = {
	displayName: 'Phone Numbers',
	name: 'phoneNumbers',
	type: 'string',
	default: '',
	placeholder: 'e.g. 447700900000, 14155552671',
	description: 'Only these numbers of the account, separated by commas. Empty for all numbers.',
};

export const countryCodesFilter: INodeProperties = {
	displayName: 'Country Codes',
	name: 'countryCodes',
	type: 'string',
	default: '',
	placeholder: 'e.g. US, GB',
	description: 'Only these countries (two-letter codes), separated by commas. Empty for all countries.',
};
