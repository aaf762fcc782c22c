import type { ICredentialDataDecryptedObject, IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodeType, INodeTypeDescription } from 'n8n-workflow';

import {
	MAX_PAGES,
	collectRecords,
	cursorPaging,
	fetchAllRecords,
	pageNumberPaging,
	pageTotalsPaging,
	paginateRecords,
	recordsOf,
	type PagedList,
} from '../../nodes/shared/pagination';
import { vonageActionNode } from '../../nodes/shared/nodeDescription';
import { allCredentials, jwtCredentials, TEST_API_KEY, TEST_API_SECRET } from '../helpers/credentials';
import type { RecordedRequest } from '../helpers/fakeVonage';
import { runListSearch, runNode } from '../helpers/runNode';
import { useFakeVonage } from '../helpers/useFakeVonage';

/** A fetchPage that answers from a script of bodies and records every query it was asked. */
function scripted(answer: (query: IDataObject, call: number) => IDataObject) {
	const queries: IDataObject[] = [];
	const fetchPage = async (query: IDataObject) => {
		queries.push(query);
		return answer(query, queries.length);
	};
	return { fetchPage, queries };
}

const ids = (records: IDataObject[]) => records.map((record) => record.id);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => ({ id: from + index }));

describe('recordsOf', () => {
	it('reads records at a path, from an object holding one list, and nothing from a missing list', () => {
		expect(recordsOf({ _embedded: [{ id: 1 }] }, '_embedded')).toEqual([{ id: 1 }]);
		expect(recordsOf({ _embedded: { wabas: [{ id: 2 }] } }, '_embedded.wabas')).toEqual([{ id: 2 }]);
		expect(recordsOf({ _embedded: { agents: [{ id: 3 }] } }, '_embedded')).toEqual([{ id: 3 }]);
		expect(recordsOf({}, '_embedded')).toEqual([]);
		expect(recordsOf({ _embedded: ['a'] }, '_embedded')).toEqual([{ value: 'a' }]);
	});
});

describe('pageNumberPaging (page_number, page_size, _links.next)', () => {
	const list: PagedList = { style: pageNumberPaging({ pageSize: 2 }), recordsPath: '_embedded' };
	const threePages = (query: IDataObject): IDataObject => {
		const page = Number(query.page_number);
		return {
			_embedded: range(page * 2 - 1, Math.min(page * 2, 5)),
			_links: page < 3 ? { next: { href: `https://api.nexmo.com/beta/chatapp-accounts?page_number=${page + 1}&page_size=2` } } : {},
		};
	};

	it('collects all three pages and stops at the page without a next link', async () => {
		const { fetchPage, queries } = scripted(threePages);
		expect(ids(await collectRecords(fetchPage, list))).toEqual([1, 2, 3, 4, 5]);
		expect(queries).toEqual([
			{ page_number: 1, page_size: 2 },
			{ page_number: 2, page_size: 2 },
			{ page_number: 3, page_size: 2 },
		]);
	});

	it('stops as soon as the limit is reached', async () => {
		const { fetchPage, queries } = scripted(threePages);
		expect(ids(await collectRecords(fetchPage, list, 3))).toEqual([1, 2, 3]);
		expect(queries).toHaveLength(2);
	});

	it('asks for a smaller page when the limit is smaller than a page', async () => {
		const { fetchPage, queries } = scripted(threePages);
		await collectRecords(fetchPage, list, 1);
		expect(queries).toEqual([{ page_number: 1, page_size: 1 }]);
	});

	it('ends on a next link that does not move forward, and on an empty page', async () => {
		const backwards = scripted(() => ({ _embedded: [{ id: 1 }], _links: { next: { href: '/?page_number=1' } } }));
		await collectRecords(backwards.fetchPage, list);
		expect(backwards.queries).toHaveLength(1);
		const empty = scripted(() => ({ _embedded: [], _links: { next: { href: '/?page_number=9' } } }));
		await collectRecords(empty.fetchPage, list);
		expect(empty.queries).toHaveLength(1);
	});
});

describe('pageTotalsPaging (page, page_size, total_pages)', () => {
	const list: PagedList = { style: pageTotalsPaging({ pageSize: 2 }), recordsPath: '_embedded.agents' };

	it('follows total_pages to the end, and a limit stops early', async () => {
		const answer = (query: IDataObject) => {
			const page = Number(query.page);
			// The next link points backwards as in the spec's example: totals decide, not the link.
			return { page, total_pages: 3, _embedded: { agents: range(page * 2 - 1, page * 2) }, _links: { next: { href: '/?page=1' } } };
		};
		const all = scripted(answer);
		expect(ids(await collectRecords(all.fetchPage, list))).toEqual([1, 2, 3, 4, 5, 6]);
		expect(all.queries.map((query) => query.page)).toEqual([1, 2, 3]);
		const limited = scripted(answer);
		expect(ids(await collectRecords(limited.fetchPage, list, 4))).toEqual([1, 2, 3, 4]);
		expect(limited.queries).toHaveLength(2);
	});

	it('uses total_items, then _links.next, then a short page when totals are missing', async () => {
		const byItems = scripted((query) => ({ total_items: 3, _embedded: { agents: range(Number(query.page) * 2 - 1, Math.min(Number(query.page) * 2, 3)) } }));
		expect(ids(await collectRecords(byItems.fetchPage, list))).toEqual([1, 2, 3]);
		expect(byItems.queries).toHaveLength(2);
		const byLink = scripted((_query, call) => ({ _embedded: { agents: [{ id: call }] }, _links: call < 3 ? { next: { href: 'x' } } : {} }));
		expect(ids(await collectRecords(byLink.fetchPage, list))).toEqual([1, 2, 3]);
		const byShortPage = scripted((_query, call) => ({ _embedded: { agents: call < 2 ? range(1, 2) : [{ id: 3 }] } }));
		expect(ids(await collectRecords(byShortPage.fetchPage, list))).toEqual([1, 2, 3]);
		expect(byShortPage.queries).toHaveLength(2);
	});
});

describe('cursorPaging (paging.cursors.after)', () => {
	const list: PagedList = { style: cursorPaging(), recordsPath: '_embedded.messaging_analytics' };
	const cursors = ['', 'c1', 'c2'];
	const threePages = (query: IDataObject) => {
		const index = cursors.indexOf(String(query.after ?? ''));
		const last = index === 2;
		return {
			_embedded: { messaging_analytics: [{ id: index + 1 }] },
			paging: last ? { cursors: { before: 'b', after: 'ignored' } } : { cursors: { after: cursors[index + 1] }, next: `https://x/?after=${cursors[index + 1]}` },
		};
	};

	it('follows the after cursor until there is no next page; a limit stops early', async () => {
		const all = scripted(threePages);
		expect(ids(await collectRecords(all.fetchPage, list))).toEqual([1, 2, 3]);
		expect(all.queries).toEqual([{}, { after: 'c1' }, { after: 'c2' }]);
		const limited = scripted(threePages);
		expect(ids(await collectRecords(limited.fetchPage, list, 2))).toEqual([1, 2]);
		expect(limited.queries).toHaveLength(2);
	});

	it('reads the cursor from the next link when the body has none, and ends on a repeated cursor', async () => {
		const templateStyle: PagedList = { style: cursorPaging({ cursorParameter: 'cursor', pageSizeParameter: 'page_size', pageSize: 100 }), recordsPath: '_embedded' };
		const fromLink = scripted((_query, call) => ({
			_embedded: [{ id: call }],
			_links: call < 3 ? { next: { href: `https://api.nexmo.com/v1/x?page_size=100&cursor=k${call}` } } : {},
		}));
		expect(ids(await collectRecords(fromLink.fetchPage, templateStyle))).toEqual([1, 2, 3]);
		expect(fromLink.queries).toEqual([{ page_size: 100 }, { page_size: 100, cursor: 'k1' }, { page_size: 100, cursor: 'k2' }]);
		const looping = scripted((_query, call) => ({ _embedded: { messaging_analytics: [{ id: call }] }, paging: { cursors: { after: call % 2 ? 'a' : 'b' }, next: 'n' } }));
		await collectRecords(looping.fetchPage, list);
		expect(looping.queries).toEqual([{}, { after: 'a' }, { after: 'b' }]);
	});
});

it(`stops after ${MAX_PAGES} pages when an API never ends its list`, async () => {
	const endless = scripted((_query, call) => ({ _embedded: [{ id: call }], _links: { next: { href: 'x' } }, total_pages: Number.MAX_SAFE_INTEGER }));
	const records = await collectRecords(endless.fetchPage, { style: pageTotalsPaging(), recordsPath: '_embedded' });
	expect(records).toHaveLength(MAX_PAGES);
});

// ----- The same styles through n8n's real declarative routing and list search -----

const WABA_LIST: PagedList = { style: pageTotalsPaging({ pageSize: 2 }), recordsPath: '_embedded.wabas' };
const ANALYTICS_LIST: PagedList = { style: cursorPaging(), recordsPath: '_embedded.messaging_analytics' };
const AGENT_LIST: PagedList = { style: pageTotalsPaging({ pageSize: 2 }), recordsPath: '_embedded.agents' };

/** A minimal declarative node, framed like ours, whose Get Many operations page with the shared paginator. */
class PagingProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Paging Probe',
		name: 'pagingProbe',
		group: ['transform'],
		description: 'Test node',
		defaults: { name: 'Paging Probe' },
		usableAsTool: true,
		...vonageActionNode({
			resources: [{ name: 'Probe', value: 'probe' }],
			defaultResource: 'probe',
			properties: [
				{
					displayName: 'Operation',
					name: 'operation',
					type: 'options',
					options: [
						{
							name: 'WABAs',
							value: 'wabas',
							routing: {
								request: { method: 'GET', url: '/v1/channel-manager/whatsapp/wabas', qs: { order: 'asc' } },
								send: { paginate: true },
								operations: { pagination: paginateRecords(WABA_LIST, { mapRecords: (records) => records.map((record) => ({ id: record.waba_id })) }) },
							},
						},
						{
							name: 'Analytics',
							value: 'analytics',
							routing: {
								request: { method: 'GET', url: '/v1/channel-manager/whatsapp/wabas/345688589250625/messaging-analytics' },
								send: { paginate: true },
								operations: { pagination: paginateRecords(ANALYTICS_LIST) },
							},
						},
					],
					default: 'wabas',
				},
				{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false },
				{ displayName: 'Limit', name: 'limit', type: 'number', default: 50, routing: { output: { maxResults: '={{ $value }}' } } },
			],
		}),
	};

	methods = {
		listSearch: {
			async searchAgents(this: ILoadOptionsFunctions): Promise<INodeListSearchResult> {
				const agents = await fetchAllRecords(this, '/v1/channel-manager/rcs/agents', AGENT_LIST, { requiredAuth: 'basic', qs: { state: 'LAUNCHED' } });
				return { results: agents.map((agent) => ({ name: String(agent.name), value: String(agent.agent_id) })) };
			},
		},
	};
}

function wabaPages(request: RecordedRequest) {
	const page = Number(request.query.get('page'));
	const size = Number(request.query.get('page_size'));
	const wabas = range(1, 5).map(({ id }) => ({ waba_id: String(id), name: `WABA ${id}` }));
	return {
		status: 200,
		body: { page, page_size: size, total_items: 5, total_pages: Math.ceil(5 / size), _embedded: { wabas: wabas.slice((page - 1) * size, page * size) }, _links: {} },
	};
}

function analyticsPages(request: RecordedRequest) {
	const after = request.query.get('after');
	const index = after === null ? 0 : Number(after.slice(1));
	return {
		status: 200,
		body: {
			id: '345688589250625',
			_embedded: { messaging_analytics: [{ start: String(index), sent: index * 10 }] },
			paging: index < 2 ? { cursors: { after: `c${index + 1}` }, next: `https://api.nexmo.com/v2/x?after=c${index + 1}` } : { cursors: { after: 'c9' } },
		},
	};
}

function agentPages(request: RecordedRequest) {
	const page = Number(request.query.get('page'));
	const agents = range(1, 5).map(({ id }) => ({ agent_id: `agent_${id}`, name: `Agent ${id}` }));
	return { status: 200, body: { page, page_size: 2, total_items: 5, total_pages: 3, _embedded: { agents: agents.slice((page - 1) * 2, page * 2) }, _links: {} } };
}

describe('paginateRecords and fetchAllRecords against FakeVonage', () => {
	const fake = useFakeVonage((server) =>
		server.on('listWabas', wabaPages).on('getMessagingAnalytics', analyticsPages).on('listRcsAgents', agentPages),
	);

	const run = async (operation: string, parameters: IDataObject, authentication = 'jwt') =>
		await runNode({ nodeType: new PagingProbe(), parameters: { authentication, operation, ...parameters }, credentials: allCredentials(fake.baseUrl) });

	it('page totals: Return All reads the three pages and keeps the operation query; Limit stops after two', async () => {
		const all = await run('wabas', { returnAll: true });
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => [request.query.get('page'), request.query.get('page_size'), request.query.get('order')])).toEqual([
			['1', '2', 'asc'],
			['2', '2', 'asc'],
			['3', '2', 'asc'],
		]);
		expect(all.items.map((item) => item.json)).toEqual(range(1, 5).map(({ id }) => ({ id: String(id) })));
		expect(all.items[0].pairedItem).toEqual({ item: 0 });

		fake.reset();
		fake.on('listWabas', wabaPages);
		const limited = await run('wabas', { returnAll: false, limit: 3 }, 'basic');
		expect(fake.violations).toEqual([]);
		expect(fake.requests).toHaveLength(2);
		expect(limited.items).toHaveLength(3);
	});

	it('cursors: Return All follows paging.cursors.after to the last page; Limit stops after one', async () => {
		const all = await run('analytics', { returnAll: true });
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => request.query.get('after'))).toEqual([null, 'c1', 'c2']);
		expect(all.items.map((item) => item.json.sent)).toEqual([0, 10, 20]);

		fake.reset();
		fake.on('getMessagingAnalytics', analyticsPages);
		const limited = await run('analytics', { returnAll: false, limit: 1 });
		expect(fake.requests).toHaveLength(1);
		expect(limited.items).toHaveLength(1);
	});

	const searchAgents = async (credentials: Record<string, ICredentialDataDecryptedObject>, authentication = 'jwt') =>
		await runListSearch({ nodeType: new PagingProbe(), method: 'searchAgents', parameters: { authentication }, credentials });

	it('list search follows every page with the Basic credential, keeping its filter', async () => {
		const { results } = await searchAgents(allCredentials(fake.baseUrl), 'basic');
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => [request.query.get('page'), request.query.get('state'), request.authScheme])).toEqual([
			['1', 'LAUNCHED', 'basic'],
			['2', 'LAUNCHED', 'basic'],
			['3', 'LAUNCHED', 'basic'],
		]);
		expect(results.map((result) => result.value)).toEqual(['agent_1', 'agent_2', 'agent_3', 'agent_4', 'agent_5']);
	});

	it('a Basic-only list uses the API key and secret of a JWT credential that has them', async () => {
		await searchAgents({ vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }) });
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => request.authScheme)).toEqual(['basic', 'basic', 'basic']);
		expect(fake.requests.some((request) => 'x-n8n-vonage-auth-scheme' in request.headers)).toBe(false);
	});

	it('a Basic-only list refuses a JWT credential without API key before sending, naming the credential', async () => {
		await expect(searchAgents({ vonageMessagesJwtApi: jwtCredentials(fake.baseUrl) })).rejects.toThrow(
			'This list needs the Vonage Messages Basic Auth API (API key and secret) credential',
		);
		expect(fake.requests).toHaveLength(0);
	});
});
