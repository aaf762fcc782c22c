import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { refuse } from '../../../shared/validation';
import { requireAuth } from '../../../shared/auth';
import { returnAllAndLimit } from '../../../shared/getMany';
import { keepWithinLimit, splitList } from '../common';
import { RCS_BASE, fillPath, showFor } from './common';
import { agentLocator, carrierLocator } from './locators';

const RESOURCE = 'rcsCarrier';

export function carriersOf(body: unknown): IDataObject[] {
	const carriers = body && typeof body === 'object' ? (body as IDataObject).carriers : undefined;
	return Array.isArray(carriers) ? (carriers as IDataObject[]) : [];
}

interface CarrierEntry {
	carrierId?: string | { value?: unknown };
}

function carrierIdOf(entry: CarrierEntry): string {
	const locator = entry.carrierId;
	const value = locator && typeof locator === 'object' ? locator.value : locator;
	return typeof value === 'string' ? value.trim() : '';
}

async function buildAddCarriers(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const entries = (this.getNodeParameter('carriers.carrier', []) as CarrierEntry[]) ?? [];
	const ids = entries.map(carrierIdOf);
	const emptyAt = ids.findIndex((id) => !id);
	if (!ids.length || emptyAt >= 0) {
		throw refuse(this, ids.length ? `Carrier ${emptyAt + 1}` : 'Carriers',
			'',
			'is required',
			'Choose each carrier from the list or enter its ID, e.g. verizon-us.',
		);
	}
	return { ...requestOptions, body: { carriers: [...new Set(ids)] } };
}

export const carrierProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: showFor(RESOURCE),
		options: [
			{
				name: 'Add to Agent',
				value: 'addToAgent',
				action: 'Add carriers to an RCS agent',
				description: 'Ask for an agent to be launched on more mobile carriers',
				routing: {
					request: { method: 'POST', url: `${RCS_BASE}/agents/{agent_id}/carriers` },
					send: {
						preSend: [
							requireAuth('basic', 'Add Carriers to RCS Agent'),
							fillPath({ agent_id: { parameter: 'agentId', label: 'Agent', example: '78d335fa-323d-0114-9c3d-d6f0d48968cf' } }),
							buildAddCarriers,
						],
					},
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many RCS carriers',
				description: 'List the mobile carriers that support RCS, one item per carrier',
				routing: {
					request: { method: 'GET', url: `${RCS_BASE}/metadata/carriers` },
					send: { preSend: [requireAuth('basic', 'Get Many RCS Carriers')] },
					// The API returns every carrier in one response; Limit is applied here.
					output: { postReceive: [splitList(carriersOf), keepWithinLimit] },
				},
			},
		],
		default: 'getAll',
	},
	{
		...agentLocator,
		displayOptions: showFor(RESOURCE, ['addToAgent']),
	},
	{
		displayName: 'Carriers',
		name: 'carriers',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		required: true,
		placeholder: 'Add Carrier',
		// No row until the user adds one: an empty row would be flagged in the editor before anything was entered.
		default: {},
		description: 'The carriers to add to the agent',
		displayOptions: showFor(RESOURCE, ['addToAgent']),
		options: [
			{
				displayName: 'Carrier',
				name: 'carrier',
				values: [{ ...carrierLocator }],
			},
		],
	},
	...returnAllAndLimit({ resource: [RESOURCE], operation: ['getAll'] }),
];
