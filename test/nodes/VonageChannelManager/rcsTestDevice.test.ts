import type { INodeParameters } from 'n8n-workflow';

import { byId, byList } from '../../helpers/resourceLocator';

import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { AGENTS, agent, agentId, pagedAgents } from './rcs.fixtures';
import { channelManagerRunner } from './channelManagerKit';

const AGENT_ID = agentId(7);

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake);

	describe('RCS Test Device', () => {
		it('Add posts the phone in E.164 with "+"', async () => {
			const { items } = await run({ authentication: 'basic', resource: 'rcsTestDevice', operation: 'add', agentId: byId(AGENT_ID), phoneNumber: '14155552671' });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'POST', path: `/v1/channel-manager/rcs/agents/${AGENT_ID}/test-devices`, operationId: 'addRcsAgentTestDevice', authScheme: 'basic' });
			expect(request.body).toEqual({ phone: '+14155552671' });
			expect(items[0].json).toMatchObject({ status: 'ACCEPTED' });
		});

		it('Remove deletes the test device and returns { deleted: true }', async () => {
			const { items } = await run({
				authentication: 'basic',
				resource: 'rcsTestDevice',
				operation: 'remove',
				agentId: byId(AGENT_ID),
				testDeviceId: byList('019809ba-a274-7bd2-aea0-f1f70f2210dc'),
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({
				method: 'DELETE',
				path: `/v1/channel-manager/rcs/agents/${AGENT_ID}/test-devices/019809ba-a274-7bd2-aea0-f1f70f2210dc`,
				operationId: 'removeRcsAgentTestDevice',
			});
			expect(items.map((item) => item.json)).toEqual([{ deleted: true }]);
		});
	});
});

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	const { expectRefused } = channelManagerRunner(fake);

	describe('invalid input', () => {
		it.each<[string, INodeParameters, RegExp]>([
			['a test device phone that is not a number', { resource: 'rcsTestDevice', operation: 'add', agentId: byId(AGENT_ID), phoneNumber: 'my phone' }, /Phone Number "my phone" is not a phone number/],
			['an empty test device', { resource: 'rcsTestDevice', operation: 'remove', agentId: byId(AGENT_ID), testDeviceId: byId('') }, /Test Device is required/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expectRefused({ authentication: 'basic', ...parameters }, message);
		});
	});
});

describe('Vonage Channel Manager, RCS: Get Many agents and list searches follow every page', () => {
	const fake = useFakeVonage((server) => server.on('listRcsAgents', pagedAgents(AGENTS)));

	const { listSearch } = channelManagerRunner(fake);

	it('the test device list search names the devices of the chosen agent', async () => {
		fake.on('getRcsAgent', () => ({ status: 200, body: agent(3) }));
		const devices = await listSearch('searchRcsTestDevices', { resource: 'rcsTestDevice', operation: 'remove', agentId: byId(agentId(3)) });
		expect(devices.results).toEqual([
			{ name: '+447700900001 (ACCEPTED)', value: 'device-1' },
			{ name: '+447700900002 (PENDING)', value: 'device-2' },
		]);
		expect(fake.requests.at(-1)?.path).toBe(`/v1/channel-manager/rcs/agents/${agentId(3)}`);
		expect(fake.violations).toEqual([]);
	});
});
