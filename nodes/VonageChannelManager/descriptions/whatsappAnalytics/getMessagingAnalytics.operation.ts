import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cursorPaging, paginateRecords, type PagedList } from '../../../shared/pagination';
import { WABAS_PATH, requestPath } from '../common';
import { addDateRange, addNumberAndCountryFilters, countryCodesFilter, phoneNumbersFilter, withQuery } from './query';

/** Messaging analytics page by the `after` cursor of `paging.cursors`. */
const MESSAGING_ANALYTICS_LIST: PagedList = { style: cursorPaging(), recordsPath: '_embedded.messaging_analytics' };

/** preSend: the dates and the number and country filters (Message Types route into the query by themselves). */
async function messagingAnalyticsQuery(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const qs: IDataObject = { ...(requestOptions.qs ?? {}) };
	addDateRange(this, qs);
	addNumberAndCountryFilters(this, this.getNodeParameter('filters', {}) as IDataObject, qs);
	return withQuery(requestOptions, qs);
}

export const getMessagingAnalyticsOperation: INodePropertyOptions = {
	name: 'Get Messaging Analytics',
	value: 'getMessagingAnalytics',
	action: 'Get messaging analytics',
	description: 'Get how many messages the numbers of an account sent and delivered, per period',
	routing: {
		request: { method: 'GET' },
		send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/messaging-analytics`), messagingAnalyticsQuery] },
		operations: { pagination: paginateRecords(MESSAGING_ANALYTICS_LIST) },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getMessagingAnalyticsFields: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
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
];
