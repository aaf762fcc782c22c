import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { forOperations, forResource, operationProperty } from '../../../shared/nodeDescription';
import { wabaLocator } from '../common';
import { getMessagingAnalyticsFields, getMessagingAnalyticsOperation } from './getMessagingAnalytics.operation';
import { getPricingAnalyticsFields, getPricingAnalyticsOperation } from './getPricingAnalytics.operation';
import { getTemplateAnalyticsFields, getTemplateAnalyticsOperation } from './getTemplateAnalytics.operation';

// The WhatsApp Analytics resource: three operations, each in its own file; their shared routing, date range and
// filters are in query.ts. The field list is in the editor's order (pinned by
// test/nodes/descriptionSnapshot.test.ts), so the template operation's fields sit among the shared ones.

const RESOURCE = 'whatsappAnalytics';

export const analyticsResource: INodePropertyOptions = {
	name: 'WhatsApp Analytics',
	value: RESOURCE,
	description: 'Sent, delivered and read counts, and pricing volumes, of a WhatsApp Business Account',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [getMessagingAnalyticsOperation, getPricingAnalyticsOperation, getTemplateAnalyticsOperation];

const [templateIds, templateGranularity, templateFilters] = forOperations(RESOURCE, ['getTemplateAnalytics'], getTemplateAnalyticsFields);

export const analyticsProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getTemplateAnalytics'),
	...forResource(RESOURCE, [wabaLocator('The WhatsApp Business Account (WABA) to get analytics for')]),
	templateIds,
	...forResource(RESOURCE, [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			default: '',
			description: 'First day of the analytics, sent as YYYY-MM-DD. Template analytics cover at most 90 days.',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			default: '',
			description: 'Last day of the analytics, sent as YYYY-MM-DD',
		},
	]),
	templateGranularity,
	...forOperations(RESOURCE, ['getMessagingAnalytics', 'getPricingAnalytics'], [
		{
			displayName: 'Granularity',
			name: 'granularity',
			type: 'options',
			options: [
				{ name: 'Daily', value: 'DAILY' },
				{ name: 'Half-Hourly', value: 'HALF_HOUR' },
				{ name: 'Monthly', value: 'MONTHLY' },
			],
			default: 'DAILY',
			description: 'The period each data point covers',
			routing: { send: { type: 'query', property: 'granularity' } },
		},
	]),
	...forResource(RESOURCE, returnAllAndLimit()),
	templateFilters,
	...forOperations(RESOURCE, ['getMessagingAnalytics'], getMessagingAnalyticsFields),
	...forOperations(RESOURCE, ['getPricingAnalytics'], getPricingAnalyticsFields),
];
