import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/**
 * Return All and Limit of a "Get Many" operation. `paginateRecords` and the list-cutting postReceives read
 * them by these names. Without `show` they carry only Limit's own condition (Return All off), for an
 * operation file that wraps its fields once with n8n-workflow's `updateDisplayOptions`.
 */
export function returnAllAndLimit(show: NonNullable<IDisplayOptions['show']> = {}): [returnAll: INodeProperties, limit: INodeProperties] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}
