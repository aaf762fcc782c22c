import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cursorPaging } from '../../../shared/pagination';
import { listOf } from '../common';
import { addNumberAndCountryFilters, analyticsRouting, countryCodesFilter, filtersCollection, phoneNumbersFilter } from './query';

/** The number and country filters, then the Tiers as repeated `tier` parameters (Breakdown By routes by itself). */
function addPricingFilters(context: IExecuteSingleFunctions, qs: IDataObject): void {
	addNumberAndCountryFilters(context, qs);
	const tiers = listOf((context.getNodeParameter('filters', {}) as IDataObject).tiers);
	if (tiers.length) qs.tier = tiers;
}

export const getPricingAnalyticsOperation: INodePropertyOptions = {
	name: 'Get Pricing Analytics',
	value: 'getPricingAnalytics',
	action: 'Get pricing analytics',
	description: 'Get message volumes by pricing category, type, country, number or tier, per period',
	// Paged by the `after` cursor of `paging.cursors`.
	routing: analyticsRouting({
		path: 'pricing-analytics',
		list: { style: cursorPaging(), recordsPath: '_embedded.pricing_analytics' },
		addQuery: addPricingFilters,
	}),
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getPricingAnalyticsFields: INodeProperties[] = [
	filtersCollection([
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
	]),
];
