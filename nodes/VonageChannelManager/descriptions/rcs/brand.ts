import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { requireText } from '../../../shared/validation';
import { requireAuth } from '../../../shared/auth';
import { returnAllAndLimit } from '../../../shared/getMany';
import { confirmDeleted } from '../../../shared/output';
import { keepWithinLimit, splitList } from '../common';
import { RCS_BASE, fillPath, showFor } from './common';
import { brandLocator } from './locators';

const RESOURCE = 'rcsBrand';

const brandIdPath = fillPath({ brand_id: { parameter: 'brandId', label: 'Brand', example: '78d335fa-323d-0114-9c3d-d6f0d48968cf' } });

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

async function buildBrandBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const displayName = requireText(this, 'Display Name', this.getNodeParameter('displayName', ''), 100).trim();
	return { ...requestOptions, body: { display_name: displayName } };
}

export const brandProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: showFor(RESOURCE),
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an RCS brand',
				description: 'Create a brand, the company your RCS agents speak for',
				routing: {
					request: { method: 'POST', url: `${RCS_BASE}/brands` },
					send: { preSend: [requireAuth('basic', 'Create RCS Brand'), buildBrandBody] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an RCS brand',
				routing: {
					request: { method: 'DELETE', url: `${RCS_BASE}/brands/{brand_id}` },
					send: { preSend: [requireAuth('basic', 'Delete RCS Brand'), brandIdPath] },
					output: { postReceive: [confirmDeleted] },
				},
			},
			{
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
			},
			{
				name: 'Rename',
				value: 'update',
				action: 'Rename an RCS brand',
				description: 'Change the display name of a brand',
				routing: {
					request: { method: 'PATCH', url: `${RCS_BASE}/brands/{brand_id}` },
					send: { preSend: [requireAuth('basic', 'Rename RCS Brand'), brandIdPath, buildBrandBody] },
				},
			},
		],
		default: 'getAll',
	},
	{
		...brandLocator,
		displayOptions: showFor(RESOURCE, ['delete', 'update']),
	},
	{
		displayName: 'Display Name',
		name: 'displayName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Example Co',
		description: 'The name of the brand, up to 100 characters',
		displayOptions: showFor(RESOURCE, ['create', 'update']),
	},
	...returnAllAndLimit({ resource: [RESOURCE], operation: ['getAll'] }),
];
