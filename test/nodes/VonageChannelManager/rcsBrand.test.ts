import type { INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { TEST_API_KEY, TEST_API_SECRET, allCredentials, jwtCredentials } from '../../helpers/credentials';
import { byId, byList } from '../../helpers/resourceLocator';
import { runNode } from '../../helpers/runNode';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { AGENTS, BRAND_ID, agentId, pagedAgents } from './rcs.fixtures';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake);

	describe('RCS Brand', () => {
		it('Get Many outputs one item per brand of every group', async () => {
			fake.on('listRcsBrands', () => ({
				status: 200,
				body: [
					{ brands: [{ id: BRAND_ID, display_name: 'One' }, { id: agentId(2), display_name: 'Two' }] },
					{ brands: [{ id: agentId(3), display_name: 'Three' }] },
				],
			}));
			const { items } = await run({ authentication: 'basic', resource: 'rcsBrand', operation: 'getAll', returnAll: true });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'GET', path: '/v1/channel-manager/rcs/brands', operationId: 'listRcsBrands', authScheme: 'basic' });
			expect(items.map((item) => item.json.display_name)).toEqual(['One', 'Two', 'Three']);
		});

		it('Get Many links each brand to the input item it was listed for', async () => {
			fake.on('listRcsBrands', () => ({ status: 200, body: [{ brands: [{ id: BRAND_ID, display_name: 'One' }] }] }));
			const { items } = await runNode({
				nodeType: new VonageChannelManager(),
				parameters: { authentication: 'basic', resource: 'rcsBrand', operation: 'getAll', returnAll: true },
				credentials: allCredentials(fake.baseUrl),
				items: [{}, {}],
			});
			expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		});

		it('Get Many with a Limit keeps the first brands', async () => {
			fake.on('listRcsBrands', () => ({
				status: 200,
				body: [{ brands: [1, 2, 3].map((index) => ({ id: agentId(index), display_name: `Brand ${index}` })) }],
			}));
			const { items } = await run({ authentication: 'basic', resource: 'rcsBrand', operation: 'getAll', returnAll: false, limit: 2 });
			expect(items.map((item) => item.json.display_name)).toEqual(['Brand 1', 'Brand 2']);
		});

		it('Create sends the display name', async () => {
			const { items } = await run({ authentication: 'basic', resource: 'rcsBrand', operation: 'create', displayName: ' My RCS Brand ' });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'POST', path: '/v1/channel-manager/rcs/brands', operationId: 'createRcsBrand', authScheme: 'basic' });
			expect(request.body).toEqual({ display_name: 'My RCS Brand' });
			expect(items[0].json).toHaveProperty('id');
		});

		it('Update patches the display name of the chosen brand', async () => {
			await run({ authentication: 'basic', resource: 'rcsBrand', operation: 'update', brandId: byList(BRAND_ID), displayName: 'Renamed' });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'PATCH', path: `/v1/channel-manager/rcs/brands/${BRAND_ID}`, operationId: 'updateRcsBrand' });
			expect(request.body).toEqual({ display_name: 'Renamed' });
		});

		it('Delete returns { deleted: true }', async () => {
			const { items } = await run({ authentication: 'basic', resource: 'rcsBrand', operation: 'delete', brandId: byId(BRAND_ID) });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'DELETE', path: `/v1/channel-manager/rcs/brands/${BRAND_ID}`, operationId: 'deleteRcsBrand', rawBody: '' });
			expect(items.map((item) => item.json)).toEqual([{ deleted: true }]);
		});
	});
});

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake);

	describe('auth kind per operation', () => {
		it('a JWT credential holding the API key and secret sends Basic for a Basic-only operation', async () => {
			const { items } = await run(
				{ authentication: 'jwt', resource: 'rcsBrand', operation: 'delete', brandId: byId(BRAND_ID) },
				{ credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }) } },
			);
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => [request.operationId, request.authScheme])).toEqual([['deleteRcsBrand', 'basic']]);
			expect(fake.requests[0].headers).not.toHaveProperty('x-n8n-vonage-auth-scheme');
			expect(items.map((item) => item.json)).toEqual([{ deleted: true }]);
		});
	});

	describe('invalid input', () => {
		it.each<[string, INodeParameters, RegExp]>([
			['a brand name over 100 characters', { resource: 'rcsBrand', operation: 'create', displayName: 'x'.repeat(101) }, /Display Name is 101 characters long; the limit is 100/],
			['an empty brand', { resource: 'rcsBrand', operation: 'delete', brandId: byId('') }, /Brand is required/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expectRefused({ authentication: 'basic', ...parameters }, message);
		});
	});
});

describe('Vonage Channel Manager, RCS: Get Many agents and list searches follow every page', () => {
	const fake = useFakeVonage((server) => server.on('listRcsAgents', pagedAgents(AGENTS)));

	const { listSearch } = channelManagerRunner(fake);

	it('the brand list search names its entries', async () => {
		fake.on('listRcsBrands', () => ({ status: 200, body: [{ brands: [{ id: BRAND_ID, display_name: 'Example Co' }] }, { brands: [{ id: agentId(9), display_name: 'Acme' }] }] }));
		expect((await listSearch('searchRcsBrands')).results).toEqual([
			{ name: 'Acme', value: agentId(9) },
			{ name: 'Example Co', value: BRAND_ID },
		]);
		expect(fake.violations).toEqual([]);
	});
});
