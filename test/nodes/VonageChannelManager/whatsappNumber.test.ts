import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials } from '../../helpers/credentials';
import { byId } from '../../helpers/resourceLocator';
import { runListSearch, runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { NUMBER, WABA_ID, numberRecord, numbersOf, pagedServer } from './whatsapp.fixtures';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake, { authentication: 'jwt' });

	describe('WhatsApp Number', () => {
		it('gets one number (typed with + and spaces) and simplifies quality and throughput to plain values', async () => {
			fake.on('getWabaNumber', () => ({ status: 200, body: numberRecord }));
			const { items } = await run({ resource: 'whatsappNumber', operation: 'get', wabaId: byId(WABA_ID), phoneNumber: byId('+44 7451 277751') });
			expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `/v1/channel-manager/whatsapp/wabas/${WABA_ID}/numbers/${NUMBER}` });
			expect(items[0].json).toEqual({
				phone_number: NUMBER,
				display_phone_number: '+447451277751',
				verified_name: 'My Business',
				number_id: '293464193855848',
				waba_id: WABA_ID,
				code_verification_status: 'VERIFIED',
				messaging_limit_tier: 'TIER_100K',
				quality_score: 'GREEN',
				throughput: 'STANDARD',
			});
			expect(fake.violations).toEqual([]);
		});

		it('lists the numbers of a WABA from `_embedded.wabas`, as the API reference names it', async () => {
			fake.on('listWabaNumbers', () => ({ status: 200, body: { page: 1, page_size: 5, total_pages: 1, total_items: 1, _embedded: { wabas: [numberRecord] } } }));
			const { items } = await run({ resource: 'whatsappNumber', operation: 'getAll', wabaId: byId(WABA_ID), returnAll: false, limit: 5, simplify: false });
			expect(fake.requests[0].path).toBe(`/v1/channel-manager/whatsapp/wabas/${WABA_ID}/numbers`);
			expect(Object.fromEntries(fake.requests[0].query)).toEqual({ page: '1', page_size: '5' });
			expect(items.map((item) => item.json)).toEqual([numberRecord]);
			expect(fake.violations).toEqual([]);
		});

		it('refuses a number that is not a phone number, before sending', async () => {
			await expectRefused(
				{ resource: 'whatsappNumber', operation: 'get', wabaId: byId(WABA_ID), phoneNumber: byId('call me') },
				/WhatsApp Number "call me" is not a phone number/,
			);
		});
	});
});

describe('Vonage Channel Manager: WhatsApp paging and list searches', () => {
	const fake = useFakeVonage();

	const pagesAsked = () => fake.requests.map((request) => `${request.query.get('page')}/${request.query.get('page_size')}`);

	describe('WABAs and numbers (page, page_size, total_pages)', () => {
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

	describe('list searches follow every page', () => {
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
	});
});
