import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { returnAllAndLimit } from '../../../shared/getMany';
import { RCS_BASE, keepWithinLimit, splitList } from '../common';

/**
 * The brands list is an array of groups, each with a `brands` array (as the API reference shows it);
 * a plain array of brands is accepted too.
 */
export function brandsOf(body: unknown): IDataObject[] {
	const groups = Array.isArray(body) ? body : [body];
	return groups.flatMap((group: unknown): IDataObject[] => {
		if (!group || typeof group !== 'object') return [];
		const brands = (group as IDataObject).brands;
		if (Array.isArray(brands)) return brands as IDataObject[];
		return 'id' in group ? [group as IDataObject] : [];
	});
}

export const getAllOperation: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many RCS brands',
	description: 'List the RCS brands of your account, one item per brand',
	routing: {
		request: { method: 'GET', url: `${RCS_BASE}/brands` },
		send: { preSend: [requireAuth('basic', 'Get Many RCS Brands')] },
		// The API returns every brand in one response; Limit is applied here.
		output: { postReceive: [splitList(brandsOf), keepWithinLimit] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getAllFields: INodeProperties[] = returnAllAndLimit();
