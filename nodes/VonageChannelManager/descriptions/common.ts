import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

// What the WhatsApp and RCS halves of the Channel Manager node share.

/** Turns a full API record into the fields the Simplify toggle keeps. */
export type Simplifier = (record: IDataObject) => IDataObject;

/** postReceive for single-record answers with a Simplify toggle. */
export function simplifyResponse(simplify: Simplifier) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!this.getNodeParameter('simplify', true)) return items;
		return items.map((item) => ({ ...item, json: simplify(item.json) }));
	};
}

/** `mapRecords` for a paginated list with a Simplify toggle. */
export function simplifyRecords(simplify: Simplifier) {
	return function (this: IExecuteSingleFunctions, records: IDataObject[]): IDataObject[] {
		return this.getNodeParameter('simplify', true) ? records.map(simplify) : records;
	};
}

/** The order option of a list the API sorts by its `order` query parameter; `records` names what is listed. */
export function sortOrderOption(records: string): INodeProperties {
	return {
		displayName: 'Sort Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'asc',
		description: `The order in which Vonage returns the ${records}`,
		routing: { send: { type: 'query', property: 'order' } },
	};
}

/** Turns a response's list property into one item per record. */
export function splitList(listOf: (body: unknown) => IDataObject[]) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		return listOf(response.body).map((record) => ({ json: record, pairedItem: { item: itemIndex } }));
	};
}

/** The most results a Get Many may output: all of them, or the Limit. */
function maxResults(context: IExecuteSingleFunctions): number {
	if (context.getNodeParameter('returnAll', false) as boolean) return Number.POSITIVE_INFINITY;
	const limit = context.getNodeParameter('limit', 50) as number;
	return Math.max(1, Math.floor(limit));
}

/** postReceive of lists Vonage answers in one response (no paging): cuts them down to the Limit. */
export async function keepWithinLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const max = maxResults(this);
	return Number.isFinite(max) ? items.slice(0, max) : items;
}
