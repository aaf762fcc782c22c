import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { returnAllAndLimit } from '../../../shared/getMany';
import { pageTotalsPaging, paginateRecords, type PagedList } from '../../../shared/pagination';
import { RCS_BASE, brandLocator, simplifyRecords, sortOrderOption } from '../common';
import { AGENT_ENUMS } from './agentFields';
import { simplifyAgent } from './simplify';

/** Agents come `page` by `page` (20 a page by default) with `total_pages`, under `_embedded.agents`. */
export const RCS_AGENT_LIST: PagedList = { style: pageTotalsPaging(), recordsPath: '_embedded.agents' };

export const getAllOperation: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many RCS agents',
	description: 'List your RCS agents, one item per agent, optionally filtered',
	routing: {
		request: { method: 'GET', url: `${RCS_BASE}/agents` },
		send: { preSend: [requireAuth('basic', 'Get Many RCS Agents')], paginate: true },
		operations: { pagination: paginateRecords(RCS_AGENT_LIST, { mapRecords: simplifyRecords(simplifyAgent) }) },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions); Simplify is shared. */
export const getAllFields: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Agent Purpose',
				name: 'agentPurpose',
				type: 'options',
				options: AGENT_ENUMS.agentPurpose,
				default: 'TRANSACTIONAL',
				routing: { send: { type: 'query', property: 'agent_purpose' } },
			},
			{
				displayName: 'Billing Category',
				name: 'billingCategory',
				type: 'options',
				options: AGENT_ENUMS.billingCategory,
				default: 'BASIC_MESSAGE',
				routing: { send: { type: 'query', property: 'billing_category' } },
			},
			{
				...brandLocator,
				required: false,
				description: 'Only agents of this brand',
				routing: { send: { type: 'query', property: 'brand_id' } },
			},
			{
				displayName: 'Hosting Region',
				name: 'hostingRegion',
				type: 'options',
				options: AGENT_ENUMS.hostingRegion,
				default: 'EUROPE',
				routing: { send: { type: 'query', property: 'hosting_region' } },
			},
			{
				displayName: 'State',
				name: 'state',
				type: 'options',
				options: AGENT_ENUMS.state,
				default: 'LAUNCHED',
				routing: { send: { type: 'query', property: 'state' } },
			},
		],
	},
	sortOrderOption('agents'),
	...returnAllAndLimit(),
];
