import type { INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { TEST_API_KEY, TEST_API_SECRET, basicCredentials, jwtCredentials } from '../../helpers/credentials';
import { byId, byList } from '../../helpers/resourceLocator';

import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake);

	describe('RCS Capability', () => {
		it.each([
			['jwt', 'bearer'],
			['basic', 'basic'],
		] as const)('Check Device sends the number in E.164 with "+" and the country, with the %s credential', async (authentication, authScheme) => {
			const { items } = await run({
				authentication,
				resource: 'rcsCapability',
				operation: 'checkDevice',
				senderId: byList('ExampleCo-RCSAgent-1'),
				phoneNumber: '00 44 7900 000000',
				country: 'gb',
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({
				method: 'POST',
				path: '/v1/channel-manager/rcs/agents/ExampleCo-RCSAgent-1/devices/capabilities',
				operationId: 'checkRcsDeviceCapabilities',
				authScheme,
			});
			expect(request.body).toEqual({ msisdn: '+447900000000', country: 'GB' });
			expect(items.map((item) => item.json)).toEqual([expect.objectContaining({ rcs_supported: true })]);
		});

		it('Check Many Devices posts the numbers to users:batchGet with the JWT', async () => {
			fake.on('bulkCheckRcsCapabilities', () => ({ status: 200, body: { reachableUsers: ['447900000000'] } }));
			const { items } = await run({
				authentication: 'jwt',
				resource: 'rcsCapability',
				operation: 'checkManyDevices',
				senderId: byId('VonageAgent'),
				phoneNumbers: '+447900000000, 447900000001\n00447900000002, 447900000001',
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({
				method: 'POST',
				path: '/v1/channel-manager/rcs/agents/VonageAgent/google/users:batchGet',
				operationId: 'bulkCheckRcsCapabilities',
				authScheme: 'bearer',
				pathParameters: { sender_id: 'VonageAgent', operation: 'users:batchGet' },
			});
			expect(request.body).toEqual({ users: ['447900000000', '447900000001', '447900000002'] });
			expect(items.map((item) => item.json)).toEqual([
				{ phone_number: '447900000000', rcs_reachable: true },
				{ phone_number: '447900000001', rcs_reachable: false },
				{ phone_number: '447900000002', rcs_reachable: false },
			]);
		});

		it("Check Many Devices can output Vonage's response as it came", async () => {
			fake.on('bulkCheckRcsCapabilities', () => ({ status: 200, body: { reachableUsers: ['447900000001'] } }));
			const { items } = await run({
				authentication: 'jwt',
				resource: 'rcsCapability',
				operation: 'checkManyDevices',
				senderId: byId('VonageAgent'),
				phoneNumbers: '447900000000,447900000001',
				output: 'raw',
			});
			expect(fake.violations).toEqual([]);
			expect(items.map((item) => item.json)).toEqual([{ reachableUsers: ['447900000001'] }]);
		});

		it('Check Many Devices passes on an answer without a reachable list unchanged', async () => {
			const sample = { reachableRandomSampleUserCount: 12, totalRandomSampleUserCount: 500 };
			fake.on('bulkCheckRcsCapabilities', () => ({ status: 200, body: sample }));
			const { items } = await run({
				authentication: 'jwt',
				resource: 'rcsCapability',
				operation: 'checkManyDevices',
				senderId: byId('VonageAgent'),
				phoneNumbers: '447900000000',
			});
			expect(items.map((item) => item.json)).toEqual([sample]);
		});

		it('Check Device (Deprecated) uses the GET endpoint with the number in the path', async () => {
			const { items } = await run({
				authentication: 'jwt',
				resource: 'rcsCapability',
				operation: 'checkDeviceDeprecated',
				senderId: byId('VonageAgent'),
				phoneNumber: '+44 7900 000000',
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({
				method: 'GET',
				path: '/v1/channel-manager/rcs/agents/VonageAgent/google/phones/447900000000/capabilities',
				operationId: 'getRcsDeviceCapabilitiesDeprecated',
				authScheme: 'bearer',
			});
			expect(items[0].json.features).toContain('RICHCARD');
		});

		it('names the deprecated operation as deprecated', () => {
			const operation = new VonageChannelManager().description.properties.find(
				(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes('rcsCapability'),
			);
			const deprecated = (operation?.options as Array<{ value: string; name: string; description?: string }>).find((option) => option.value === 'checkDeviceDeprecated');
			expect(deprecated?.name).toContain('Deprecated');
			expect(deprecated?.description).toMatch(/^Deprecated/);
		});
	});
});

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake);

	describe('auth kind per operation', () => {
		it.each([
			['checkManyDevices', { phoneNumbers: '447900000000' }, 'Check Many Devices needs the JWT credential'],
			['checkDeviceDeprecated', { phoneNumber: '447900000000' }, 'Check Device (Deprecated) needs the JWT credential'],
		])('the JWT-only %s with the Basic credential is refused before sending', async (operation, fields, message) => {
			const failure = run(
				{ authentication: 'basic', resource: 'rcsCapability', operation, senderId: byId('VonageAgent'), ...fields },
				{ credentials: { vonageMessagesBasicApi: basicCredentials(fake.baseUrl) } },
			);
			await expect(failure).rejects.toMatchObject({
				message,
				description: expect.stringContaining('Vonage Messages JWT API (application ID and private key)') as unknown,
			});
			expect(fake.requests).toHaveLength(0);
		});

		it('the same credential still sends its JWT where Vonage takes either', async () => {
			await run(
				{ authentication: 'jwt', resource: 'rcsCapability', operation: 'checkDevice', senderId: byId('VonageAgent'), phoneNumber: '447900000000', country: 'GB' },
				{ credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }) } },
			);
			expect(fake.requests.map((request) => request.authScheme)).toEqual(['bearer']);
		});
	});

	describe('invalid input', () => {
		it.each<[string, INodeParameters, RegExp]>([
			['a phone number that is not E.164', { resource: 'rcsCapability', operation: 'checkDevice', senderId: byId('A'), phoneNumber: '0790-CALL-ME', country: 'GB' }, /Phone Number "0790-CALL-ME" is not a phone number/],
			['a country that is not a two-letter code', { resource: 'rcsCapability', operation: 'checkDevice', senderId: byId('A'), phoneNumber: '447900000000', country: 'Britain' }, /Country "BRITAIN" is not a two-letter country code/],
			['no phone numbers for the bulk check', { authentication: 'jwt', resource: 'rcsCapability', operation: 'checkManyDevices', senderId: byId('A'), phoneNumbers: ' , ' }, /Phone Numbers is required/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expectRefused({ authentication: 'basic', ...parameters }, message);
		});
	});
});
