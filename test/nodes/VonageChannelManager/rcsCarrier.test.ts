import type { INodeParameters } from 'n8n-workflow';

import { byId, byList } from '../../helpers/resourceLocator';

import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { AGENTS, agentId, pagedAgents } from './rcs.fixtures';
import { channelManagerRunner } from './channelManagerKit';

const AGENT_ID = agentId(7);

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake);

	describe('RCS Carrier', () => {
		it('Get Many outputs one item per carrier', async () => {
			fake.on('listRcsCarriers', () => ({
				status: 200,
				body: { carriers: [{ id: 'verizon-us', carrier: 'Verizon', country_letter_code: 'US' }, { id: 'ee-gb', carrier: 'EE', country_letter_code: 'GB' }] },
			}));
			const { items } = await run({ authentication: 'basic', resource: 'rcsCarrier', operation: 'getAll', returnAll: true });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'GET', path: '/v1/channel-manager/rcs/metadata/carriers', operationId: 'listRcsCarriers', authScheme: 'basic' });
			expect(items.map((item) => item.json.id)).toEqual(['verizon-us', 'ee-gb']);
		});

		it('Get Many with Limit 1 keeps the first carrier', async () => {
			const { items } = await run({ authentication: 'basic', resource: 'rcsCarrier', operation: 'getAll', returnAll: false, limit: 1 });
			expect(items).toHaveLength(1);
		});

		it('Add to Agent posts the chosen carrier IDs', async () => {
			const { items } = await run({
				authentication: 'basic',
				resource: 'rcsCarrier',
				operation: 'addToAgent',
				agentId: byId(AGENT_ID),
				carriers: { carrier: [{ carrierId: byList('verizon-us') }, { carrierId: byId(' att-us ') }] },
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'POST', path: `/v1/channel-manager/rcs/agents/${AGENT_ID}/carriers`, operationId: 'addRcsAgentCarriers' });
			expect(request.body).toEqual({ carriers: ['verizon-us', 'att-us'] });
			expect(items[0].json).toEqual({ message: 'Carriers accepted for processing' });
		});
	});
});

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	const { expectRefused } = channelManagerRunner(fake);

	describe('invalid input', () => {
		it.each<[string, INodeParameters, RegExp]>([
			['no carrier added', { resource: 'rcsCarrier', operation: 'addToAgent', agentId: byId(AGENT_ID) }, /Carriers is required/],
			['a carrier left empty', { resource: 'rcsCarrier', operation: 'addToAgent', agentId: byId(AGENT_ID), carriers: { carrier: [{ carrierId: byId('verizon-us') }, { carrierId: byId('') }] } }, /Carrier 2 is required/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expectRefused({ authentication: 'basic', ...parameters }, message);
		});
	});
});

describe('Vonage Channel Manager, RCS: Get Many agents and list searches follow every page', () => {
	const fake = useFakeVonage((server) => server.on('listRcsAgents', pagedAgents(AGENTS)));

	const { listSearch } = channelManagerRunner(fake);

	it('the carrier list search names its entries', async () => {
		fake.on('listRcsCarriers', () => ({ status: 200, body: { carriers: [{ id: 'verizon-us', carrier: 'Verizon', country_letter_code: 'US' }] } }));
		expect((await listSearch('searchRcsCarriers', {}, 'veri')).results).toEqual([{ name: 'Verizon (US)', value: 'verizon-us' }]);
		expect(fake.violations).toEqual([]);
	});
});
