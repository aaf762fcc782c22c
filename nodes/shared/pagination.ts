/**
 * Paging through Vonage list endpoints, for "Get Many" operations and for list searches.
 *
 * Vonage APIs page in three ways, each a `PagingStyle` here:
 * - `pageNumberPaging`: `page_number` / `page_size`, more pages while `_links.next` exists (External Accounts).
 * - `pageTotalsPaging`: `page` / `page_size`, more pages while `page < total_pages` (Channel Manager WABAs,
 *   WhatsApp numbers, RCS agents); `total_items`, `_links.next` or a full page are used when totals are absent.
 * - `cursorPaging`: the next page is asked for with the cursor `paging.cursors.after` (or the cursor in the
 *   next link), while a next link exists (Channel Manager analytics).
 *
 * One loop, `collectRecords`, drives every style; it stops as soon as the requested number of records is
 * collected, so a Limit never fetches pages it does not need. Two adapters run it:
 * - `paginateRecords(list)` for `routing.operations.pagination` of a declarative operation (it calls
 *   `this.makeRoutingRequest`, so credentials, preSend and the error postReceive of the node all apply);
 * - `fetchAllRecords(context, request, list)` for `methods.listSearch` / `methods.loadOptions`, which send their
 *   own requests through transport's `vonageApiRequest`.
 *
 * Paging only: sending a request, choosing the credential and turning Vonage errors into node errors is
 * transport.ts's job.
 *
 * A declarative operation that uses `paginateRecords` must not split or reshape the response with its own
 * postReceive (n8n runs those on every page before the paginator sees it): pass `mapRecords` instead.
 */
import type { DeclarativeRestApiSettings, IDataObject, IExecutePaginationFunctions, INodeExecutionData } from 'n8n-workflow';

import type { AuthKind } from './auth';
import { isObject, valueAt } from './objects';
import { vonageApiRequest, type VonageRequestContext } from './transport';

/** One page as it came back, with the query that asked for it. */
export interface FetchedPage {
	/** The paging query parameters sent for this page (only those the style set). */
	query: IDataObject;
	/** The response body of this page. */
	body: IDataObject;
	/** The records found on this page (at the list's `recordsPath`). */
	records: IDataObject[];
}

/** How one API pages: the query of the first page, and how to find the next one. */
export interface PagingStyle {
	/** Query parameters for the first page. `limit` is the number of records wanted, when the user set a Limit. */
	firstPage(limit?: number): IDataObject;
	/** Query parameters for the page after `page`, or undefined when `page` was the last one. */
	nextPage(page: FetchedPage): IDataObject | undefined;
}

/** A list endpoint: how it pages and where its records are in a page. */
export interface PagedList {
	style: PagingStyle;
	/**
	 * Dot path of the records in a page, e.g. `_embedded` or `_embedded.wabas`. When the path leads to an
	 * object rather than an array, its first array property is used (Vonage nests lists under
	 * `_embedded.<name>` in some APIs and puts them directly in `_embedded` in others).
	 */
	recordsPath: string;
}

/** Stops a list whose API keeps pointing at more pages (a bug on the other side) from looping forever. */
export const MAX_PAGES = 1000;

/** The records of one page; an absent or empty list gives no records. */
export function recordsOf(body: unknown, recordsPath: string): IDataObject[] {
	let value = valueAt(body, recordsPath);
	if (isObject(value)) value = Object.values(value).find(Array.isArray);
	if (!Array.isArray(value)) return [];
	return value.map((record: unknown): IDataObject => (isObject(record) ? record : { value: record as IDataObject[keyof IDataObject] }));
}

/** The `href` of `_links.next`, or `paging.next`, when the page names a next page. */
export function nextLinkOf(body: IDataObject): string | undefined {
	const linkNext = valueAt(body, '_links.next');
	const href = isObject(linkNext) ? linkNext.href : linkNext;
	if (typeof href === 'string' && href.trim()) return href;
	const pagingNext = valueAt(body, 'paging.next');
	if (typeof pagingNext === 'string' && pagingNext.trim()) return pagingNext;
	return undefined;
}

/** A query parameter of a link (absolute or relative), or undefined when absent or unparsable. */
export function queryParameterOf(link: string, name: string): string | undefined {
	try {
		return new URL(link, 'https://api.nexmo.com').searchParams.get(name) ?? undefined;
	} catch {
		return undefined;
	}
}

function asPositiveInteger(value: unknown): number | undefined {
	const number = typeof value === 'string' && value.trim() ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

function pageSizeFor(defaultSize: number, limit?: number): number {
	return limit !== undefined && limit > 0 ? Math.min(defaultSize, limit) : defaultSize;
}

export interface PageNumberPagingOptions {
	/** Query parameter of the page number; default `page_number`. */
	pageParameter?: string;
	/** Query parameter of the page size; default `page_size`. */
	pageSizeParameter?: string;
	/** Records per page; default 20 (the documented default of the External Accounts API). */
	pageSize?: number;
}

/**
 * Page numbers from 1, more pages while the page has a `_links.next` link. The link's own host is not
 * followed (it names api.nexmo.com even when the credential uses a regional host or a proxy): only its page
 * number is read, and a link that does not move forward ends the list.
 */
export function pageNumberPaging(options: PageNumberPagingOptions = {}): PagingStyle {
	const pageParameter = options.pageParameter ?? 'page_number';
	const pageSizeParameter = options.pageSizeParameter ?? 'page_size';
	const defaultSize = options.pageSize ?? 20;
	return {
		firstPage: (limit) => ({ [pageParameter]: 1, [pageSizeParameter]: pageSizeFor(defaultSize, limit) }),
		nextPage: ({ query, body, records }) => {
			const next = nextLinkOf(body);
			if (!next || records.length === 0) return undefined;
			const current = asPositiveInteger(query[pageParameter]) ?? 1;
			const linked = asPositiveInteger(queryParameterOf(next, pageParameter));
			const nextNumber = linked ?? current + 1;
			if (nextNumber <= current) return undefined;
			return { ...query, [pageParameter]: nextNumber };
		},
	};
}

export interface PageTotalsPagingOptions {
	/** Query parameter of the page number; default `page`. */
	pageParameter?: string;
	/** Query parameter of the page size; default `page_size`. */
	pageSizeParameter?: string;
	/** Records per page; default 20. */
	pageSize?: number;
	/** Response field with the number of pages; default `total_pages`. */
	totalPagesField?: string;
	/** Response field with the number of records; default `total_items`. */
	totalItemsField?: string;
}

/**
 * Page numbers from 1 with totals in the response. The last page is known from `total_pages`, else from
 * `total_items`, else from the absence of `_links.next`, else from a page shorter than the page size.
 * `_links.next` is only a yes/no here: Channel Manager examples show next links that point backwards.
 */
export function pageTotalsPaging(options: PageTotalsPagingOptions = {}): PagingStyle {
	const pageParameter = options.pageParameter ?? 'page';
	const pageSizeParameter = options.pageSizeParameter ?? 'page_size';
	const totalPagesField = options.totalPagesField ?? 'total_pages';
	const totalItemsField = options.totalItemsField ?? 'total_items';
	const defaultSize = options.pageSize ?? 20;
	return {
		firstPage: (limit) => ({ [pageParameter]: 1, [pageSizeParameter]: pageSizeFor(defaultSize, limit) }),
		nextPage: ({ query, body, records }) => {
			if (records.length === 0) return undefined;
			const current = asPositiveInteger(query[pageParameter]) ?? 1;
			const size = asPositiveInteger(query[pageSizeParameter]) ?? defaultSize;
			const totalPages = valueAt(body, totalPagesField);
			const totalItems = valueAt(body, totalItemsField);
			let more: boolean;
			if (typeof totalPages === 'number') more = current < totalPages;
			else if (typeof totalItems === 'number') more = current * size < totalItems;
			else if (isObject(body._links)) more = nextLinkOf(body) !== undefined;
			else more = records.length >= size;
			return more ? { ...query, [pageParameter]: current + 1 } : undefined;
		},
	};
}

export interface CursorPagingOptions {
	/** Query parameter that carries the cursor; default `after`. */
	cursorParameter?: string;
	/** Dot path of the next cursor in a response; default `paging.cursors.after`. */
	cursorPath?: string;
	/** Query parameter of the page size, when the API has one. */
	pageSizeParameter?: string;
	/** Records per page, sent only with `pageSizeParameter`. */
	pageSize?: number;
}

/**
 * Cursor paging: more pages while the response has a next link (`paging.next` or `_links.next.href`); the
 * cursor is read from `cursorPath`, else from the next link's `cursorParameter`. A cursor seen before ends
 * the list.
 */
export function cursorPaging(options: CursorPagingOptions = {}): PagingStyle {
	const cursorParameter = options.cursorParameter ?? 'after';
	const cursorPath = options.cursorPath ?? 'paging.cursors.after';
	const { pageSizeParameter, pageSize } = options;
	const firstPage = (limit?: number): IDataObject =>
		pageSizeParameter && pageSize ? { [pageSizeParameter]: pageSizeFor(pageSize, limit) } : {};
	return {
		firstPage,
		nextPage: ({ query, body, records }) => {
			const next = nextLinkOf(body);
			if (!next || records.length === 0) return undefined;
			const fromBody = valueAt(body, cursorPath);
			const cursor = typeof fromBody === 'string' && fromBody ? fromBody : queryParameterOf(next, cursorParameter);
			if (!cursor) return undefined;
			const seen = Array.isArray(query.__seenCursors) ? (query.__seenCursors as string[]) : [];
			if (cursor === query[cursorParameter] || seen.includes(cursor)) return undefined;
			const previous = query[cursorParameter];
			return {
				...query,
				[cursorParameter]: cursor,
				__seenCursors: typeof previous === 'string' ? [...seen, previous] : seen,
			};
		},
	};
}

/** Paging state that is kept between pages but never sent (keys starting with "__"). */
function sendableQuery(query: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(query).filter(([key]) => !key.startsWith('__')));
}

/**
 * Fetches pages until the list ends or `limit` records are collected, and returns the records (at most
 * `limit`). `fetchPage` receives the paging query parameters of one page and returns its response body.
 */
export async function collectRecords(
	fetchPage: (query: IDataObject) => Promise<IDataObject>,
	list: PagedList,
	limit?: number,
): Promise<IDataObject[]> {
	const records: IDataObject[] = [];
	let query: IDataObject | undefined = list.style.firstPage(limit);
	for (let pageCount = 0; query && pageCount < MAX_PAGES; pageCount++) {
		const body = await fetchPage(sendableQuery(query));
		const pageRecords = recordsOf(body, list.recordsPath);
		records.push(...pageRecords);
		if (limit !== undefined && records.length >= limit) break;
		query = list.style.nextPage({ query, body, records: pageRecords });
	}
	return limit === undefined ? records : records.slice(0, limit);
}

export interface PaginateRecordsOptions {
	/** Boolean node parameter "Return All"; default `returnAll`. */
	returnAllParameter?: string;
	/** Number node parameter "Limit"; default `limit`. */
	limitParameter?: string;
	/** Reshapes the records of a page (e.g. a Simplify option) before they become output items. */
	mapRecords?: (this: IExecutePaginationFunctions, records: IDataObject[]) => IDataObject[] | Promise<IDataObject[]>;
}

/**
 * `routing.operations.pagination` for a "Get Many" operation (set `routing.send.paginate: true` too).
 * Reads Return All / Limit from the node parameters, sends each page through n8n's routing (credentials,
 * preSend, error mapping) and outputs one item per record.
 */
export function paginateRecords(list: PagedList, options: PaginateRecordsOptions = {}) {
	const returnAllParameter = options.returnAllParameter ?? 'returnAll';
	const limitParameter = options.limitParameter ?? 'limit';
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter(returnAllParameter, false) as boolean;
		const limit = returnAll ? undefined : Math.max(1, Number(this.getNodeParameter(limitParameter, 50)) || 50);
		const fetchPage = async (pageQuery: IDataObject): Promise<IDataObject> => {
			const pageItems = await this.makeRoutingRequest({
				...requestData,
				options: { ...requestData.options, qs: { ...(requestData.options.qs ?? {}), ...pageQuery } },
			});
			const body = pageItems[0]?.json;
			return isObject(body) ? body : {};
		};
		let records = await collectRecords(fetchPage, list, limit);
		if (options.mapRecords) records = await options.mapRecords.call(this, records);
		const itemIndex = this.getItemIndex();
		return records.map((json) => ({ json, pairedItem: { item: itemIndex } }));
	};
}

/**
 * Every record of a list (or the first `limit`), fetched page by page with `vonageApiRequest`: for list
 * searches, which must offer all of a user's records and not only the first page.
 */
export async function fetchAllRecords(
	context: VonageRequestContext,
	path: string,
	list: PagedList,
	options: { qs?: IDataObject; requiredAuth?: AuthKind; limit?: number } = {},
): Promise<IDataObject[]> {
	return await collectRecords(
		async (pageQuery) =>
			await vonageApiRequest(context, 'GET', path, { qs: { ...(options.qs ?? {}), ...pageQuery }, requiredAuth: options.requiredAuth }),
		list,
		options.limit,
	);
}
