import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { cursorPaging } from '../../../shared/pagination';
import { refuse, refuseMessage } from '../../../shared/validation';
import { listOf } from '../common';
import { analyticsRouting, filtersCollection } from './query';

/** The template analytics endpoint accepts at most this many days between start and end, and 10 templates. */
const MAX_TEMPLATE_DAYS = 90;
const MAX_TEMPLATE_IDS = 10;

/** Adds the Template IDs as repeated query parameters; more than 10, or one that is not numeric, is refused. */
function addTemplateIds(context: IExecuteSingleFunctions, qs: IDataObject): void {
	const templateIds = listOf(context.getNodeParameter('templateIds', ''));
	if (templateIds.length > MAX_TEMPLATE_IDS) {
		throw refuseMessage(context, `Template IDs has ${templateIds.length} entries; the limit is ${MAX_TEMPLATE_IDS}`, `Ask for at most ${MAX_TEMPLATE_IDS} templates per request, e.g. by splitting them over several items.`);
	}
	const notAnId = templateIds.find((id) => !/^\d+$/.test(id));
	if (notAnId !== undefined) {
		throw refuse(context, 'Template IDs', notAnId, 'is not a template ID', 'Enter the numeric IDs of WhatsApp templates separated by commas, e.g. 458951126288937, 458951126288942.');
	}
	if (templateIds.length) qs.template_ids = templateIds;
}

export const getTemplateAnalyticsOperation: INodePropertyOptions = {
	name: 'Get Template Analytics',
	value: 'getTemplateAnalytics',
	action: 'Get template analytics',
	description: 'Get how often templates were sent, delivered, read and clicked, per day',
	// Template analytics name their page by a `cursor` query parameter (see its `_links.self`).
	routing: analyticsRouting({
		path: 'template-analytics',
		list: { style: cursorPaging({ cursorParameter: 'cursor' }), recordsPath: '_embedded.template_analytics' },
		maxDays: {
			days: MAX_TEMPLATE_DAYS,
			fix: `Template analytics cover at most ${MAX_TEMPLATE_DAYS} days per request. Move the dates closer, or split the range over several items.`,
		},
		addQuery: addTemplateIds,
	}),
};

/**
 * Shown for this operation only (the resource's index applies the display conditions once and places them
 * among the fields all analytics share): Template IDs, Granularity (daily only), Filters.
 */
export const getTemplateAnalyticsFields: INodeProperties[] = [
	{
		displayName: 'Template IDs',
		name: 'templateIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 458951126288937, 458951126288942',
		description: 'IDs of up to 10 WhatsApp templates, separated by commas',
	},
	{
		displayName: 'Granularity',
		name: 'granularity',
		type: 'options',
		options: [{ name: 'Daily', value: 'DAILY' }],
		default: 'DAILY',
		description: 'The period each data point covers; template analytics are daily',
		routing: { send: { type: 'query', property: 'granularity' } },
	},
	filtersCollection([
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
	]),
];
