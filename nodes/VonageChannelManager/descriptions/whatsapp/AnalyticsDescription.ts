import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { refuse, refuseMessage, normalizePhoneNumber } from '../../../shared/validation';
import { returnAllAndLimit } from '../../../shared/getMany';
import { paginateRecords } from '../../../shared/pagination';
import { listOf, requestPath, wabaLocator } from './common';
import { MESSAGING_ANALYTICS_LIST, PRICING_ANALYTICS_LIST, TEMPLATE_ANALYTICS_LIST, WABAS_PATH } from './lists';

const RESOURCE = 'whatsappAnalytics';

type AnalyticsKind = 'template' | 'messaging' | 'pricing';

/** The template analytics endpoint accepts at most this many days between start and end, and 10 templates. */
const MAX_TEMPLATE_DAYS = 90;
const MAX_TEMPLATE_IDS = 10;
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

/**
 * Builds the query of an analytics request: the dates as YYYY-MM-DD, and lists typed as comma-separated
 * text as repeated query parameters. Dates in the wrong order and, for templates, more than 90 days
 * or 10 templates are refused before sending.
 */
function analyticsQuery(kind: AnalyticsKind) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
		const start = apiDate(this, 'Start Date', this.getNodeParameter('startDate', ''));
		const end = apiDate(this, 'End Date', this.getNodeParameter('endDate', ''));
		if (start && end) {
			const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
			if (days < 0) {
				throw refuseMessage(this, `End Date ${end} is before Start Date ${start}`, 'Choose an end date on or after the start date.');
			}
			if (kind === 'template' && days > MAX_TEMPLATE_DAYS) {
				throw refuseMessage(this, `The dates ${start} to ${end} are ${days} days apart`, `Template analytics cover at most ${MAX_TEMPLATE_DAYS} days per request. Move the dates closer, or split the range over several items.`);
			}
		}
		if (start) qs.start = start;
		if (end) qs.end = end;

		const filters = this.getNodeParameter('filters', {}) as IDataObject;
		if (kind === 'template') {
			const templateIds = listOf(this.getNodeParameter('templateIds', ''));
			if (templateIds.length > MAX_TEMPLATE_IDS) {
				throw refuseMessage(this, `Template IDs has ${templateIds.length} entries; the limit is ${MAX_TEMPLATE_IDS}`, `Ask for at most ${MAX_TEMPLATE_IDS} templates per request, e.g. by splitting them over several items.`);
			}
			const notAnId = templateIds.find((id) => !/^\d+$/.test(id));
			if (notAnId !== undefined) {
				throw refuse(this, 'Template IDs', notAnId, 'is not a template ID', 'Enter the numeric IDs of WhatsApp templates separated by commas, e.g. 458951126288937, 458951126288942.');
			}
			if (templateIds.length) qs.template_ids = templateIds;
		} else {
			const phoneNumbers = listOf(filters.phoneNumbers).map((number) => normalizePhoneNumber(this, 'Phone Numbers', number));
			const countries = countryCodes(this, filters.countryCodes);
			if (phoneNumbers.length) qs.phone_numbers = phoneNumbers;
			if (countries.length) qs.country_codes = countries;
			if (kind === 'pricing') {
				const tiers = listOf(filters.tiers);
				if (tiers.length) qs.tier = tiers;
			}
		}
		// OpenAPI's default for array query parameters: one `name=value` pair per entry.
		return { ...requestOptions, qs, arrayFormat: 'repeat' };
	};
}

const show = (operation: string) => ({ resource: [RESOURCE], operation: [operation] });
const allOperations = { resource: [RESOURCE] };

const GRANULARITIES = [
	{ name: 'Daily', value: 'DAILY' },
	{ name: 'Half-Hourly', value: 'HALF_HOUR' },
	{ name: 'Monthly', value: 'MONTHLY' },
];

function granularity(operations: string[]): INodeProperties {
	return {
		displayName: 'Granularity',
		name: 'granularity',
		type: 'options',
		options: GRANULARITIES,
		default: 'DAILY',
		description: 'The period each data point covers',
		displayOptions: { show: { resource: [RESOURCE], operation: operations } },
		routing: { send: { type: 'query', property: 'granularity' } },
	};
}

const phoneNumbersFilter: INodeProperties = {
	displayName: 'Phone Numbers',
	name: 'phoneNumbers',
	type: 'string',
	default: '',
	placeholder: 'e.g. 447700900000, 14155552671',
	description: 'Only these numbers of the account, separated by commas. Empty for all numbers.',
};

const countryCodesFilter: INodeProperties = {
	displayName: 'Country Codes',
	name: 'countryCodes',
	type: 'string',
	default: '',
	placeholder: 'e.g. US, GB',
	description: 'Only these countries (two-letter codes), separated by commas. Empty for all countries.',
};

export const analyticsResource = {
	name: 'WhatsApp Analytics',
	value: RESOURCE,
	description: 'Sent, delivered and read counts, and pricing volumes, of a WhatsApp Business Account',
};

export const analyticsProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: allOperations },
		options: [
			{
				name: 'Get Messaging Analytics',
				value: 'getMessagingAnalytics',
				action: 'Get messaging analytics',
				description: 'Get how many messages the numbers of an account sent and delivered, per period',
				routing: {
					request: { method: 'GET' },
					send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/messaging-analytics`), analyticsQuery('messaging')] },
					operations: { pagination: paginateRecords(MESSAGING_ANALYTICS_LIST) },
				},
			},
			{
				name: 'Get Pricing Analytics',
				value: 'getPricingAnalytics',
				action: 'Get pricing analytics',
				description: 'Get message volumes by pricing category, type, country, number or tier, per period',
				routing: {
					request: { method: 'GET' },
					send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/pricing-analytics`), analyticsQuery('pricing')] },
					operations: { pagination: paginateRecords(PRICING_ANALYTICS_LIST) },
				},
			},
			{
				name: 'Get Template Analytics',
				value: 'getTemplateAnalytics',
				action: 'Get template analytics',
				description: 'Get how often templates were sent, delivered, read and clicked, per day',
				routing: {
					request: { method: 'GET' },
					send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/template-analytics`), analyticsQuery('template')] },
					operations: { pagination: paginateRecords(TEMPLATE_ANALYTICS_LIST) },
				},
			},
		],
		default: 'getTemplateAnalytics',
	},
	wabaLocator(allOperations, 'The WhatsApp Business Account (WABA) to get analytics for'),
	{
		displayName: 'Template IDs',
		name: 'templateIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 458951126288937, 458951126288942',
		description: 'IDs of up to 10 WhatsApp templates, separated by commas',
		displayOptions: { show: show('getTemplateAnalytics') },
	},
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		default: '',
		description: 'First day of the analytics, sent as YYYY-MM-DD. Template analytics cover at most 90 days.',
		displayOptions: { show: allOperations },
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		default: '',
		description: 'Last day of the analytics, sent as YYYY-MM-DD',
		displayOptions: { show: allOperations },
	},
	{
		displayName: 'Granularity',
		name: 'granularity',
		type: 'options',
		options: [{ name: 'Daily', value: 'DAILY' }],
		default: 'DAILY',
		description: 'The period each data point covers; template analytics are daily',
		displayOptions: { show: show('getTemplateAnalytics') },
		routing: { send: { type: 'query', property: 'granularity' } },
	},
	granularity(['getMessagingAnalytics', 'getPricingAnalytics']),
	...returnAllAndLimit(allOperations),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getTemplateAnalytics') },
		options: [
			{
				displayName: 'Metric Types',
				name: 'metricTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Clicked', value: 'CLICKED' },
					{ name: 'Delivered', value: 'DELIVERED' },
					{ name: 'Read', value: 'READ' },
					{ name: 'Sent', value: 'SENT' },
				],
				default: [],
				description: 'Only these counts. Empty for all.',
				routing: { send: { type: 'query', property: 'metric_types' } },
			},
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getMessagingAnalytics') },
		options: [
			countryCodesFilter,
			{
				displayName: 'Message Types',
				name: 'productTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Customer Support Messages', value: 2 },
					{ name: 'Notification Messages', value: 0 },
				],
				default: [],
				description: 'Only these kinds of messages. Empty for all.',
				routing: { send: { type: 'query', property: 'product_types' } },
			},
			phoneNumbersFilter,
		],
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: show('getPricingAnalytics') },
		options: [
			{
				displayName: 'Breakdown By',
				name: 'dimensions',
				type: 'multiOptions',
				options: [
					{ name: 'Country', value: 'COUNTRY' },
					{ name: 'Phone Number', value: 'PHONE' },
					{ name: 'Pricing Category', value: 'PRICING_CATEGORY' },
					{ name: 'Pricing Type', value: 'PRICING_TYPE' },
					{ name: 'Tier', value: 'TIER' },
				],
				default: [],
				description: 'Split the volumes by these dimensions. Empty for totals without a breakdown.',
				routing: { send: { type: 'query', property: 'dimensions' } },
			},
			countryCodesFilter,
			phoneNumbersFilter,
			{
				displayName: 'Tiers',
				name: 'tiers',
				type: 'string',
				default: '',
				placeholder: 'e.g. 0:100000, 100000:250000',
				description: 'Only these pricing tiers (lower and upper bound joined by a colon), separated by commas',
			},
		],
	},
];
