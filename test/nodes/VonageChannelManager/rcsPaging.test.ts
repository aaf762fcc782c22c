import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials, jwtCredentials, TEST_API_KEY, TEST_API_SECRET } from '../../helpers/credentials';
import { byId } from '../../helpers/resourceLocator';
import { runListSearch, runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { AGENTS, BRAND_ID, agent, agentId, pagedAgents } from './rcs.fixtures';

describe('Vonage Channel Manager, RCS: Get Many agents and list searches follow every page', () => {
	const fake = useFakeVonage((server) => server.on('listRcsAgents', pagedAgents(AGENTS)));

	async function getMany(parameters: INodeParameters) {
		return await runNode({
			nodeType: new VonageChannelManager(),
			parameters: { authentication: 'basic', resource: 'rcsAgent', operation: 'getAll', ...parameters },
			credentials: allCredentials(fake.baseUrl),
		});
	}

	const pagesAsked = () => fake.requests.map((request) => [request.query.get('page'), request.query.get('page_size')]);

	it('Return All collects all three pages in order, one item per agent, and stops after the last page', async () => {
		const { items } = await getMany({ returnAll: true, simplify: false });
		expect(fake.violations).toEqual([]);
		expect(pagesAsked()).toEqual([
			['1', '20'],
			['2', '20'],
			['3', '20'],
		]);
		expect(items.map((item) => item.json)).toEqual(AGENTS);
	});

	it('Limit 25 fetches two pages and never the third', async () => {
		const { items } = await getMany({ returnAll: false, limit: 25 });
		expect(fake.violations).toEqual([]);
		expect(pagesAsked()).toEqual([
			['1', '20'],
			['2', '20'],
		]);
		expect(items.map((item) => item.json.id)).toEqual(AGENTS.slice(0, 25).map((entry) => entry.id));
	});

	it('Limit 5 asks for one page of five', async () => {
		const { items } = await getMany({ returnAll: false, limit: 5 });
		expect(pagesAsked()).toEqual([['1', '5']]);
		expect(items).toHaveLength(5);
	});

	it('simplified agents keep the ten documented fields', async () => {
		const { items } = await getMany({ returnAll: false, limit: 1 });
		expect(Object.keys(items[0].json).sort()).toEqual(
			['agent_purpose', 'billing_category', 'brand_id', 'created_at', 'display_name', 'id', 'sender_id', 'state', 'updated_at', 'verification_status'],
		);
	});

	it('filters stay on every page', async () => {
		await getMany({ returnAll: true, filters: { state: 'LAUNCHED' } });
		expect(fake.requests.map((request) => request.query.get('state'))).toEqual(['LAUNCHED', 'LAUNCHED', 'LAUNCHED']);
	});

	async function listSearch(
		method: string,
		parameters: INodeParameters = {},
		filter?: string,
		credentials: Record<string, ICredentialDataDecryptedObject> = allCredentials(fake.baseUrl),
	) {
		return await runListSearch({
			nodeType: new VonageChannelManager(),
			method,
			parameters: { authentication: 'basic', resource: 'rcsAgent', operation: 'get', ...parameters },
			credentials,
			filter,
		});
	}

	it('the agent list search offers the agents of all three pages', async () => {
		const { results } = await listSearch('searchRcsAgents');
		expect(fake.violations).toEqual([]);
		expect(pagesAsked().map(([page]) => page)).toEqual(['1', '2', '3']);
		expect(results).toHaveLength(45);
		expect(results.find((result) => result.value === agentId(45))?.name).toBe('Agent 45 (Agent45, LAUNCHED)');
	});

	it('the agent list search filters by name across pages', async () => {
		const { results } = await listSearch('searchRcsAgents', {}, 'agent 4');
		expect(results.map((result) => result.value).sort()).toEqual([4, 40, 41, 42, 43, 44, 45].map(agentId).sort());
	});

	it('the sender ID list search gives sender IDs of all pages', async () => {
		const { results } = await listSearch('searchRcsAgentSenderIds', { resource: 'rcsCapability', operation: 'checkDevice' }, 'Agent44');
		expect(results).toEqual([{ name: 'Agent 44 (Agent44)', value: 'Agent44' }]);
	});

	it('list searches use Basic from a JWT credential that holds the API key and secret', async () => {
		const { results } = await listSearch('searchRcsAgentSenderIds', { authentication: 'jwt', resource: 'rcsCapability', operation: 'checkManyDevices' }, undefined, {
			vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }),
		});
		expect(results).toHaveLength(45);
		expect(fake.requests.every((request) => request.authScheme === 'basic')).toBe(true);
		expect(fake.violations).toEqual([]);
	});

	it('a list search with a JWT credential without API key says what to do and sends nothing', async () => {
		await expect(
			listSearch('searchRcsAgents', { authentication: 'jwt' }, undefined, { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl) }),
		).rejects.toThrow(/Basic/);
		expect(fake.requests).toHaveLength(0);
	});

	it('the brand, carrier and test device list searches name their entries', async () => {
		fake.on('listRcsBrands', () => ({ status: 200, body: [{ brands: [{ id: BRAND_ID, display_name: 'Example Co' }] }, { brands: [{ id: agentId(9), display_name: 'Acme' }] }] }));
		fake.on('listRcsCarriers', () => ({ status: 200, body: { carriers: [{ id: 'verizon-us', carrier: 'Verizon', country_letter_code: 'US' }] } }));
		fake.on('getRcsAgent', () => ({ status: 200, body: agent(3) }));
		expect((await listSearch('searchRcsBrands')).results).toEqual([
			{ name: 'Acme', value: agentId(9) },
			{ name: 'Example Co', value: BRAND_ID },
		]);
		expect((await listSearch('searchRcsCarriers', {}, 'veri')).results).toEqual([{ name: 'Verizon (US)', value: 'verizon-us' }]);
		const devices = await listSearch('searchRcsTestDevices', { resource: 'rcsTestDevice', operation: 'remove', agentId: byId(agentId(3)) });
		expect(devices.results).toEqual([
			{ name: '+447700900001 (ACCEPTED)', value: 'device-1' },
			{ name: '+447700900002 (PENDING)', value: 'device-2' },
		]);
		expect(fake.requests.at(-1)?.path).toBe(`/v1/channel-manager/rcs/agents/${agentId(3)}`);
		expect(fake.violations).toEqual([]);
	});
});
