import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { TEST_API_KEY, allCredentials } from '../../helpers/credentials';
import { byId } from '../../helpers/resourceLocator';
import { runListSearch, runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { WABA_ID, pagedServer, wabaRecord, wabas } from './whatsapp.fixtures';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake, { authentication: 'jwt' });

	describe('WhatsApp Business Account', () => {
		it('gets one WABA with JWT and simplifies it to the documented fields', async () => {
			fake.on('getWaba', () => ({ status: 200, body: wabaRecord }));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId(` ${WABA_ID} `) });
			expect(fake.requests).toHaveLength(1);
			expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `/v1/channel-manager/whatsapp/wabas/${WABA_ID}`, authScheme: 'bearer' });
			expect(items.map((item) => item.json)).toEqual([
				{
					waba_id: WABA_ID,
					name: 'My Business',
					status: 'ACTIVE',
					account_review_status: 'Approved',
					business_id: '224654643345',
					business_name: 'Vonage Communication APIs',
					country: 'US',
					currency: 'USD',
					whatsapp_business_manager_messaging_limit: 'TIER_100K',
					api_key: 'abc123',
				},
			]);
			expect(fake.violations).toEqual([]);
		});

		it('gets the raw WABA with Basic auth when Simplify is off', async () => {
			fake.on('getWaba', () => ({ status: 200, body: wabaRecord }));
			const { items } = await runNode({
				nodeType: new VonageChannelManager(),
				parameters: { authentication: 'basic', resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId(WABA_ID), simplify: false },
				credentials: allCredentials(fake.baseUrl),
			});
			expect(fake.requests[0].authScheme).toBe('basic');
			expect(fake.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_API_KEY}:Sup3rS3cretValue`).toString('base64')}`);
			expect(items[0].json).toEqual(wabaRecord);
			expect(fake.violations).toEqual([]);
		});

		it('lists WABAs one item per record, with the sort order', async () => {
			fake.on('listWabas', () => ({ status: 200, body: { page: 1, page_size: 50, total_pages: 1, total_items: 2, _embedded: { wabas: [wabaRecord, { ...wabaRecord, waba_id: '2' }] } } }));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'getAll', returnAll: true, simplify: false, options: { order: 'desc' } });
			expect(fake.requests).toHaveLength(1);
			expect(Object.fromEntries(fake.requests[0].query)).toEqual({ page: '1', page_size: '50', order: 'desc' });
			expect(items.map((item) => item.json.waba_id)).toEqual([WABA_ID, '2']);
			expect(items[0].json).toEqual(wabaRecord);
			expect(fake.violations).toEqual([]);
		});

		it('refuses a WABA ID that is not one, before sending', async () => {
			await expectRefused({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId('my business') }, /WhatsApp Business Account "my business" is not a WABA ID/);
			await expectRefused({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId('') }, /WhatsApp Business Account is required/);
		});

		it("shows Vonage's title, detail and invalid parameters", async () => {
			fake.on('getWaba', () => ({
				status: 404,
				body: { title: 'Not Found', detail: `WABA ${WABA_ID} does not belong to this account`, invalid_parameters: [{ name: 'waba_id', reason: 'unknown' }] },
			}));
			const failure = run({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId(WABA_ID) });
			await expect(failure).rejects.toMatchObject({
				message: 'Vonage: Not Found',
				httpCode: '404',
				description: expect.stringContaining('waba_id: unknown'),
			});
			await expect(failure).rejects.toMatchObject({ description: expect.stringContaining('does not belong to this account') });
		});
	});
});

describe('Vonage Channel Manager: WhatsApp paging and list searches', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake, { authentication: 'jwt' });

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
	});
});
