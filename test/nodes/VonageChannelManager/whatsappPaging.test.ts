import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials } from '../../helpers/credentials';
import type { FakeResponse, RecordedRequest } from '../../helpers/fakeVonage';
import { byId } from '../../helpers/resourceLocator';
import { runListSearch, runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const WABA_ID = '345688589250625';

function wabas(count: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({
		waba_id: String(100000 + index),
		name: `Business ${index}`,
		api_key: 'abc123',
		account_review_status: 'Approved',
		timezone_id: '58',
		currency: 'USD',
	}));
}

function numbersOf(wabaId: string, count: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({
		phone_number: `44770090${wabaId.slice(-2)}${String(index).padStart(2, '0')}`,
		display_phone_number: `+44770090${wabaId.slice(-2)}${String(index).padStart(2, '0')}`,
		verified_name: `Line ${wabaId.slice(-2)}-${index}`,
		number_id: `${wabaId}${index}`,
		waba_id: wabaId,
		api_key: 'abc123',
	}));
}

/**
 * A list endpoint in the Channel Manager's page style: it honours `page` and `page_size`, reports
 * totals, and names the array as the API reference does (`_embedded.wabas`, also for numbers).
 */
function pagedServer(records: IDataObject[]) {
	return (request: RecordedRequest): FakeResponse => {
		const page = Number(request.query.get('page') ?? '1');
		const size = Number(request.query.get('page_size') ?? '10');
		const totalPages = Math.max(1, Math.ceil(records.length / size));
		const links: IDataObject = { self: { href: `${request.path}?page=${page}` } };
		if (page < totalPages) links.next = { href: `${request.path}?page=${page + 1}` };
		return {
			status: 200,
			body: {
				page,
				page_size: size,
				total_pages: totalPages,
				total_items: records.length,
				_embedded: { wabas: records.slice((page - 1) * size, page * size) },
				_links: links,
			},
		};
	};
}

/** Analytics in cursor style: three pages chained by `paging.cursors.after`, no next link on the last. */
function cursorServer(embeddedName: string, pages: IDataObject[][]) {
	return (request: RecordedRequest): FakeResponse => {
		const after = request.query.get('after');
		const index = after === null ? 0 : Number(after.replace('cursor-', ''));
		const paging: IDataObject = { cursors: { before: `cursor-${index - 1}`, after: `cursor-${index + 1}` } };
		if (index + 1 < pages.length) paging.next = `https://api.nexmo.com${request.path}?after=cursor-${index + 1}`;
		return { status: 200, body: { granularity: 'DAILY', _embedded: { [embeddedName]: pages[index] ?? [] }, paging } };
	};
}

describe('Vonage Channel Manager: WhatsApp paging and list searches', () => {
	const fake = useFakeVonage();

	async function run(parameters: INodeParameters) {
		return await runNode({
			nodeType: new VonageChannelManager(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: allCredentials(fake.baseUrl),
		});
	}

	const pagesAsked = () => fake.requests.map((request) => `${request.query.get('page')}/${request.query.get('page_size')}`);

	describe('WABAs and numbers (page, page_size, total_pages)', () => {
		const threePages = wabas(120);

		it('Return All fetches all three pages, one item per WABA, and stops', async () => {
			fake.on('listWabas', pagedServer(threePages));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'getAll', returnAll: true, options: { order: 'asc' } });
			expect(pagesAsked()).toEqual(['1/50', '2/50', '3/50']);
			expect(fake.requests.every((request) => request.query.get('order') === 'asc')).toBe(true);
			expect(items).toHaveLength(120);
			expect(items.map((item) => item.json.waba_id)).toEqual(threePages.map((waba) => waba.waba_id));
			expect(items[0].json).toEqual({ waba_id: '100000', name: 'Business 0', account_review_status: 'Approved', currency: 'USD', api_key: 'abc123' });
			expect(fake.violations).toEqual([]);
		});

		it('Limit stops as soon as it has enough records', async () => {
			fake.on('listWabas', pagedServer(threePages));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'getAll', returnAll: false, limit: 60 });
			expect(pagesAsked()).toEqual(['1/50', '2/50']);
			expect(items.map((item) => item.json.waba_id)).toEqual(threePages.slice(0, 60).map((waba) => waba.waba_id));
		});

		it('a Limit smaller than a page asks for one page of that size', async () => {
			fake.on('listWabas', pagedServer(threePages));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'getAll', returnAll: false, limit: 7 });
			expect(pagesAsked()).toEqual(['1/7']);
			expect(items).toHaveLength(7);
		});

		it('numbers of a WABA page the same way, with Basic auth', async () => {
			const numbers = numbersOf(WABA_ID, 101);
			fake.on('listWabaNumbers', pagedServer(numbers));
			const { items } = await runNode({
				nodeType: new VonageChannelManager(),
				parameters: { authentication: 'basic', resource: 'whatsappNumber', operation: 'getAll', wabaId: byId(WABA_ID), returnAll: true, simplify: false },
				credentials: allCredentials(fake.baseUrl),
			});
			expect(pagesAsked()).toEqual(['1/50', '2/50', '3/50']);
			expect(fake.requests.every((request) => request.authScheme === 'basic' && request.pathParameters.waba_id === WABA_ID)).toBe(true);
			expect(items.map((item) => item.json)).toEqual(numbers);
			expect(fake.violations).toEqual([]);
		});
	});

	describe('analytics (paging.cursors.after)', () => {
		const pages = [
			[{ start: '1', sent: 1 }, { start: '2', sent: 2 }],
			[{ start: '3', sent: 3 }, { start: '4', sent: 4 }],
			[{ start: '5', sent: 5 }],
		];
		const base = { resource: 'whatsappAnalytics', operation: 'getMessagingAnalytics', wabaId: byId(WABA_ID), startDate: '2024-11-01T00:00:00' };

		it('Return All follows the after cursor over three pages and stops at the page without a next link', async () => {
			fake.on('getMessagingAnalytics', cursorServer('messaging_analytics', pages));
			const { items } = await run({ ...base, returnAll: true });
			expect(fake.requests.map((request) => request.query.get('after'))).toEqual([null, 'cursor-1', 'cursor-2']);
			expect(fake.requests.every((request) => request.query.get('start') === '2024-11-01')).toBe(true);
			expect(items.map((item) => item.json.sent)).toEqual([1, 2, 3, 4, 5]);
			expect(fake.violations).toEqual([]);
		});

		it('Limit stops early without asking for further pages', async () => {
			fake.on('getMessagingAnalytics', cursorServer('messaging_analytics', pages));
			const { items } = await run({ ...base, returnAll: false, limit: 3 });
			expect(fake.requests).toHaveLength(2);
			expect(items.map((item) => item.json.sent)).toEqual([1, 2, 3]);
		});

		it('pricing analytics page the same way', async () => {
			fake.on('getPricingAnalytics', cursorServer('pricing_analytics', pages));
			const { items } = await run({ ...base, operation: 'getPricingAnalytics', returnAll: true });
			expect(fake.requests).toHaveLength(3);
			expect(items).toHaveLength(5);
			expect(fake.violations).toEqual([]);
		});

		it('template analytics follow the cursor of a next link when the API gives one', async () => {
			fake.on('getTemplateAnalytics', (request) => {
				const cursor = request.query.get('cursor');
				const last = cursor === 'c2';
				return {
					status: 200,
					body: {
						_embedded: { template_analytics: [{ template_id: '1', start: cursor ?? 'first', end: 'x', sent: 1 }] },
						_links: { self: { href: 'self' }, ...(last ? {} : { next: { href: `${request.path}?cursor=${cursor === null ? 'c1' : 'c2'}` } }) },
					},
				};
			});
			const { items } = await run({ ...base, operation: 'getTemplateAnalytics', returnAll: true });
			expect(fake.requests.map((request) => request.query.get('cursor'))).toEqual([null, 'c1', 'c2']);
			expect(items.map((item) => item.json.start)).toEqual(['first', 'c1', 'c2']);
			expect(fake.violations).toEqual([]);
		});
	});

	describe('list searches follow every page', () => {
		it('lists WABAs from all three pages and filters by name or ID', async () => {
			fake.on('listWabas', pagedServer(wabas(120)));
			const parameters = { authentication: 'jwt', resource: 'whatsappBusinessAccount', operation: 'get' };
			const all = await runListSearch({ nodeType: new VonageChannelManager(), method: 'searchWhatsappBusinessAccounts', parameters, credentials: allCredentials(fake.baseUrl) });
			expect(fake.requests).toHaveLength(3);
			expect(all.results).toHaveLength(120);
			expect(all.results).toContainEqual({ name: 'Business 119 (100119)', value: '100119' });
			fake.reset();
			fake.on('listWabas', pagedServer(wabas(120)));
			const filtered = await runListSearch({
				nodeType: new VonageChannelManager(),
				method: 'searchWhatsappBusinessAccounts',
				parameters,
				credentials: allCredentials(fake.baseUrl),
				filter: '100119',
			});
			expect(filtered.results).toEqual([{ name: 'Business 119 (100119)', value: '100119' }]);
			expect(fake.violations).toEqual([]);
		});

		it('lists the numbers of the chosen WABA from all pages', async () => {
			const numbers = numbersOf(WABA_ID, 120);
			fake.on('listWabaNumbers', pagedServer(numbers));
			const result = await runListSearch({
				nodeType: new VonageChannelManager(),
				method: 'searchWhatsappNumbers',
				parameters: { authentication: 'basic', resource: 'whatsappNumber', operation: 'get', wabaId: byId(WABA_ID) },
				credentials: allCredentials(fake.baseUrl),
			});
			expect(fake.requests).toHaveLength(3);
			expect(fake.requests.every((request) => request.path.endsWith(`/wabas/${WABA_ID}/numbers`) && request.authScheme === 'basic')).toBe(true);
			expect(result.results).toHaveLength(120);
			expect(result.results[0]).toEqual({ name: `${numbers[0].display_phone_number} (${numbers[0].verified_name})`, value: numbers[0].phone_number });
			expect(fake.violations).toEqual([]);
		});

		it('for a profile, lists the numbers of every WABA and filters by display name', async () => {
			fake.on('listWabas', pagedServer(wabas(2)));
			fake.on('listWabaNumbers', (request) => pagedServer(numbersOf(request.pathParameters.waba_id, 3))(request));
			const result = await runListSearch({
				nodeType: new VonageChannelManager(),
				method: 'searchWhatsappNumbers',
				parameters: { authentication: 'jwt', resource: 'whatsappProfile', operation: 'get' },
				credentials: allCredentials(fake.baseUrl),
				filter: 'line 01',
			});
			expect(fake.requests.map((request) => request.path)).toEqual([
				'/v1/channel-manager/whatsapp/wabas',
				'/v1/channel-manager/whatsapp/wabas/100000/numbers',
				'/v1/channel-manager/whatsapp/wabas/100001/numbers',
			]);
			expect(result.results.map((entry) => entry.value)).toEqual(numbersOf('100001', 3).map((number) => number.phone_number));
			expect(fake.violations).toEqual([]);
		});
	});
});
