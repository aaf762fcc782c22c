import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { returnAllAndLimit } from '../../../shared/getMany';
import { RCS_BASE, keepWithinLimit, splitList } from '../common';

/** The carriers of the metadata answer, `{ carriers: [...] }`. */
export function carriersOf(body: unknown): IDataObject[] {
	const carriers = body && typeof body === 'object' ? (body as IDataObject).carriers : undefined;
	return Array.isArray(carriers) ? (carriers as IDataObject[]) : [];
}

export const getAllOperation: INodePropertyOptions = {
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
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getAllFields: INodeProperties[] = returnAllAndLimit();
