import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { listOrIdLocator } from '../../../shared/locator';
import { refuse } from '../../../shared/validation';
import { AGENT_ID_PATH, RCS_BASE, agentLocator, fillPath } from '../common';

interface CarrierEntry {
	carrierId?: string | { value?: unknown };
}

function carrierIdOf(entry: CarrierEntry): string {
	const locator = entry.carrierId;
	const value = locator && typeof locator === 'object' ? locator.value : locator;
	return typeof value === 'string' ? value.trim() : '';
}

/** preSend: `{ carriers }`, each chosen once; an empty list or row is refused. */
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

export const addToAgentOperation: INodePropertyOptions = {
	name: 'Add to Agent',
	value: 'addToAgent',
	action: 'Add carriers to an RCS agent',
	description: 'Ask for an agent to be launched on more mobile carriers',
	routing: {
		request: { method: 'POST', url: `${RCS_BASE}/agents/{agent_id}/carriers` },
		send: { preSend: [requireAuth('basic', 'Add Carriers to RCS Agent'), fillPath({ agent_id: AGENT_ID_PATH }), buildAddCarriers] },
	},
};

const carrierLocator: INodeProperties = listOrIdLocator({
	displayName: 'Carrier',
	name: 'carrierId',
	description: 'A mobile carrier that supports RCS',
	searchListMethod: 'searchRcsCarriers',
	typed: { placeholder: 'e.g. verizon-us' },
});

/** Shown for this operation only (the resource's index applies the display conditions). */
export const addToAgentFields: INodeProperties[] = [
	agentLocator,
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
		options: [
			{
				displayName: 'Carrier',
				name: 'carrier',
				values: [carrierLocator],
			},
		],
	},
];
