import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cursorPaging } from '../../../shared/pagination';
import { addNumberAndCountryFilters, analyticsRouting, countryCodesFilter, filtersCollection, phoneNumbersFilter } from './query';

export const getMessagingAnalyticsOperation: INodePropertyOptions = {
	name: 'Get Messaging Analytics',
	value: 'getMessagingAnalytics',
	action: 'Get messaging analytics',
	description: 'Get how many messages the numbers of an account sent and delivered, per period',
	// Paged by the `after` cursor of `paging.cursors`. Message Types route into the query by themselves.
	routing: analyticsRouting({
		path: 'messaging-analytics',
		list: { style: cursorPaging(), recordsPath: '_embedded.messaging_analytics' },
		addQuery: addNumberAndCountryFilters,
	}),
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getMessagingAnalyticsFields: INodeProperties[] = [
	filtersCollection([
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
	]),
];
