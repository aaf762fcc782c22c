import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cursorPaging, paginateRecords, type PagedList } from '../../../shared/pagination';
import { WABAS_PATH, listOf, requestPath } from '../common';
import { addDateRange, addNumberAndCountryFilters, countryCodesFilter, phoneNumbersFilter, withQuery } from './query';

/** Pricing analytics page by the `after` cursor of `paging.cursors`. */
const PRICING_ANALYTICS_LIST: PagedList = { style: cursorPaging(), recordsPath: '_embedded.pricing_analytics' };

/** preSend: the dates, the number and country filters and the Tiers (Breakdown By routes into the query by itself). */
async function pricingAnalyticsQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	addDateRange(this, qs);
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	addNumberAndCountryFilters(this, filters, qs);
	const tiers = listOf(filters.tiers);
	if (tiers.length) qs.tier = tiers;
	return withQuery(requestOptions, qs);
}

export const getPricingAnalyticsOperation: INodePropertyOptions = {
	name: 'Get Pricing Analytics',
	value: 'getPricingAnalytics',
	action: 'Get pricing analytics',
	description: 'Get message volumes by pricing category, type, country, number or tier, per period',
	routing: {
		request: { method: 'GET' },
		send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/pricing-analytics`), pricingAnalyticsQuery] },
		operations: { pagination: paginateRecords(PRICING_ANALYTICS_LIST) },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getPricingAnalyticsFields: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
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
