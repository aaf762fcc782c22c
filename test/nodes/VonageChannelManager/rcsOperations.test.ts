import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials } from '../../helpers/credentials';
import { byId, byList } from '../../helpers/resourceLocator';
import { runNode } from '../../helpers/runNode';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { APPLICATION_ID, BRAND_ID, agent, agentId } from './rcs.fixtures';

const AGENT_ID = agentId(7);

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	async function run(parameters: INodeParameters) {
		return await runNode({ nodeType: new VonageChannelManager(), parameters, credentials: allCredentials(fake.baseUrl) });
	}

	it('offers the 18 RCS operations of the reference, grouped in six resources', () => {
		const { properties } = new VonageChannelManager().description;
		const offered = properties
			.filter((property) => property.name === 'operation' && String(property.displayOptions?.show?.resource?.[0]).startsWith('rcs'))
			.flatMap((property) =>
				(property.options as Array<{ value: string }>).map((option) => `${String(property.displayOptions?.show?.resource?.[0])}:${option.value}`),
			);
		expect(offered.sort()).toEqual(
			[
				'rcsAgent:create',
				'rcsAgent:get',
				'rcsAgent:getAll',
				'rcsAgent:replace',
				'rcsAgent:update',
				'rcsBrand:create',
				'rcsBrand:delete',
				'rcsBrand:getAll',
				'rcsBrand:update',
				'rcsCapability:checkDevice',
				'rcsCapability:checkDeviceDeprecated',
				'rcsCapability:checkManyDevices',
				'rcsCarrier:addToAgent',
				'rcsCarrier:getAll',
				'rcsOptOut:get',
				'rcsOptOut:update',
				'rcsTestDevice:add',
				'rcsTestDevice:remove',
			].sort(),
		);
	});

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

	describe('RCS Opt-Out', () => {
		it('Get reads the opt-out settings of the sender ID', async () => {
			const { items } = await run({ authentication: 'basic', resource: 'rcsOptOut', operation: 'get', senderId: byId('VonageId123') });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'GET', path: '/v1/channel-manager/rcs/opt-out/VonageId123', operationId: 'getRcsOptOut', authScheme: 'basic' });
			expect(items[0].json).toMatchObject({ enabled: true });
		});

		it('Update sends the actions entered as fields, keywords split at commas', async () => {
			await run({
				authentication: 'basic',
				resource: 'rcsOptOut',
				operation: 'update',
				senderId: byId('VonageId123'),
				actions: {
					action: [
						{ type: 'STOP', keywords: 'STOP, unsubscribe ,', autoReply: 'You have opted out.' },
						{ type: 'START', keywords: 'START', autoReply: 'Welcome back.' },
					],
				},
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'POST', path: '/v1/channel-manager/rcs/opt-out/VonageId123', operationId: 'updateRcsOptOut', authScheme: 'basic' });
			expect(request.body).toEqual({
				actions: [
					{ keywords: ['STOP', 'unsubscribe'], 'auto-reply': 'You have opted out.', action: 'STOP' },
					{ keywords: ['START'], 'auto-reply': 'Welcome back.', action: 'START' },
				],
			});
		});

		it('Update takes the actions as JSON too', async () => {
			await run({
				authentication: 'basic',
				resource: 'rcsOptOut',
				operation: 'update',
				senderId: byId('VonageId123'),
				actionsInput: 'json',
				actionsJson: '[{"action": "custom", "keywords": ["HELP"], "auto-reply": "Call 0800 000 000."}]',
			});
			expect(theOnlyRequest(fake).body).toEqual({ actions: [{ keywords: ['HELP'], 'auto-reply': 'Call 0800 000 000.', action: 'CUSTOM' }] });
		});
	});

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

	describe('RCS Agent', () => {
		const requiredFields: INodeParameters = {
			brandId: byList(BRAND_ID),
			displayName: 'Example Co',
			agentSenderId: 'ExampleCo-RCSAgent-1',
			hostingRegion: 'NORTH_AMERICA',
			agentPurpose: 'TRANSACTIONAL',
			billingCategory: 'BASIC_MESSAGE',
			applicationId: APPLICATION_ID,
			brandColor: '#8860cd',
			contactEmail: 'support@example.com',
			contactPhone: '+1 234 567 8900',
			tagline: 'Your trusted partner in messaging.',
			websiteUrl: 'https://www.example.com',
		};
		const requiredBody = {
			application_settings: { application_id: APPLICATION_ID },
			basic_info: {
				brand_id: BRAND_ID,
				display_name: 'Example Co',
				sender_id: 'ExampleCo-RCSAgent-1',
				hosting_region: 'NORTH_AMERICA',
				agent_purpose: 'TRANSACTIONAL',
				billing_category: 'BASIC_MESSAGE',
			},
			visual_design: {
				brand_color: '#8860CD',
				email: { address: 'support@example.com' },
				phone: { number: '+12345678900' },
				tagline: 'Your trusted partner in messaging.',
				website: { address: 'https://www.example.com' },
			},
		};
		const launchFields: INodeParameters = {
			representative: { details: { firstName: 'John', lastName: 'Doe', email: 'john.doe@example.com', brandWebsite: 'https://www.example.com' } },
			pointsOfContact: { contact: [{ firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com', jobTitle: 'Technical Support' }] },
			launchDetails: {
				agentAccessInstructions: 'Send HELP to start.',
				averageGlobalTraffic: 'TEN_THOUSAND',
				averageMessageRatePerUser: '2_4_TIMES_PER_MONTH',
				usersTargeted: 'HALF_MILLION',
				interactionsDescription: 'Order updates.',
				optinDescription: 'Users opt in at checkout.',
				optoutDescription: 'Reply STOP.',
				triggerDescription: 'Orders and shipping events.',
			},
			previewMedia: { media: [{ mediaType: 'video', url: 'https://www.example.com/preview.mp4' }] },
		};
		const launchBody = {
			representative: { first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com', brand_website: 'https://www.example.com' },
			carrier_requirements: {
				agent_preview: { agent_access_instructions: 'Send HELP to start.', urls: [{ media_type: 'video', url: 'https://www.example.com/preview.mp4' }] },
				points_of_contact: [{ first_name: 'Jane', last_name: 'Smith', email: 'jane.smith@example.com', job_title: 'Technical Support' }],
				traffic_estimates: { average_global_traffic: 'TEN_THOUSAND', average_message_rate_per_user: '2_4_TIMES_PER_MONTH', users_targeted: 'HALF_MILLION' },
				user_experience: {
					interactions_description: 'Order updates.',
					optin_description: 'Users opt in at checkout.',
					optout_description: 'Reply STOP.',
					trigger_description: 'Orders and shipping events.',
				},
			},
		};

		it('Create sends the required sections, optional fields and Other Fields (JSON); output is simplified', async () => {
			fake.on('createRcsAgent', () => ({ status: 201, body: agent(7) }));
			const { items } = await run({
				authentication: 'basic',
				resource: 'rcsAgent',
				operation: 'create',
				...requiredFields,
				additionalFields: { notes: 'Transactional only', emailLabel: 'Support', websiteLabel: 'Shop', privacyPolicyUrl: 'https://www.example.com/privacy' },
				otherFieldsJson: '{"visual_design": {"terms_of_service": "https://www.example.com/terms", "tagline": "overridden by the field"}}',
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'POST', path: '/v1/channel-manager/rcs/agents', operationId: 'createRcsAgent', authScheme: 'basic' });
			expect(request.body).toEqual({
				...requiredBody,
				basic_info: { ...requiredBody.basic_info, notes: 'Transactional only' },
				visual_design: {
					...requiredBody.visual_design,
					email: { address: 'support@example.com', label: 'Support' },
					website: { address: 'https://www.example.com', label: 'Shop' },
					privacy_policy: 'https://www.example.com/privacy',
					terms_of_service: 'https://www.example.com/terms',
				},
			});
			expect(items.map((item) => item.json)).toEqual([
				{
					id: AGENT_ID,
					state: 'LAUNCHED',
					sender_id: 'Agent7',
					display_name: 'Agent 7',
					brand_id: BRAND_ID,
					agent_purpose: 'TRANSACTIONAL',
					billing_category: 'BASIC_MESSAGE',
					verification_status: 'VERIFICATION_STATE_VERIFIED',
					created_at: '2025-01-01T12:00:00Z',
					updated_at: '2025-01-02T12:00:00Z',
				},
			]);
		});

		it('Create with launch details sends representative and carrier requirements', async () => {
			await run({ authentication: 'basic', resource: 'rcsAgent', operation: 'create', ...requiredFields, ...launchFields });
			expect(theOnlyRequest(fake).body).toEqual({ ...requiredBody, ...launchBody });
		});

		it('Get returns the raw agent when Simplify is off', async () => {
			fake.on('getRcsAgent', () => ({ status: 200, body: agent(7) }));
			const { items } = await run({ authentication: 'basic', resource: 'rcsAgent', operation: 'get', agentId: byId(AGENT_ID), simplify: false });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'GET', path: `/v1/channel-manager/rcs/agents/${AGENT_ID}`, operationId: 'getRcsAgent', authScheme: 'basic' });
			expect(items.map((item) => item.json)).toEqual([agent(7)]);
		});

		it('Get Many sends the filters and sort order with the paging parameters', async () => {
			fake.on('listRcsAgents', () => ({
				status: 200,
				body: { _embedded: { agents: [agent(1), agent(2)] }, _links: {}, page: 1, page_size: 20, total_items: 2, total_pages: 1 },
			}));
			const { items } = await run({
				authentication: 'basic',
				resource: 'rcsAgent',
				operation: 'getAll',
				returnAll: true,
				order: 'desc',
				filters: { brandId: byId(BRAND_ID), state: 'DRAFT', agentPurpose: 'OTP', billingCategory: 'CONVERSATIONAL', hostingRegion: 'ASIA_PACIFIC' },
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'GET', path: '/v1/channel-manager/rcs/agents', operationId: 'listRcsAgents', authScheme: 'basic' });
			expect(Object.fromEntries(request.query)).toEqual({
				brand_id: BRAND_ID,
				state: 'DRAFT',
				agent_purpose: 'OTP',
				billing_category: 'CONVERSATIONAL',
				hosting_region: 'ASIA_PACIFIC',
				order: 'desc',
				page: '1',
				page_size: '20',
			});
			expect(items.map((item) => item.json.sender_id)).toEqual(['Agent1', 'Agent2']);
		});

		it('Replace puts the whole agent', async () => {
			fake.on('updateRcsAgent', () => ({ status: 200, body: agent(7) }));
			await run({ authentication: 'basic', resource: 'rcsAgent', operation: 'replace', agentId: byId(AGENT_ID), ...requiredFields, ...launchFields });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'PUT', path: `/v1/channel-manager/rcs/agents/${AGENT_ID}`, operationId: 'updateRcsAgent', authScheme: 'basic' });
			expect(request.body).toEqual({ ...requiredBody, ...launchBody });
		});

		it('Update with a complete part sends only that part, without reading the agent', async () => {
			fake.on('patchRcsAgent', () => ({ status: 202, body: agent(7) }));
			await run({
				authentication: 'basic',
				resource: 'rcsAgent',
				operation: 'update',
				agentId: byId(AGENT_ID),
				representative: { details: { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' } },
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'PATCH', path: `/v1/channel-manager/rcs/agents/${AGENT_ID}`, operationId: 'patchRcsAgent', authScheme: 'basic' });
			expect(request.body).toEqual({ representative: { first_name: 'Ann', last_name: 'Lee', email: 'ann@example.com' } });
		});

		it('Update of single fields completes each changed part from the agent as it is now', async () => {
			const current = agent(7);
			fake.on('getRcsAgent', () => ({ status: 200, body: { ...current, visual_design: { ...(current.visual_design as IDataObject), website: [{ address: 'https://old.example.com' }] } } }));
			fake.on('patchRcsAgent', () => ({ status: 202, body: agent(7) }));
			await run({
				authentication: 'basic',
				resource: 'rcsAgent',
				operation: 'update',
				agentId: byList(AGENT_ID),
				updateFields: { tagline: 'New tagline', displayName: 'Renamed Co' },
			});
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => [request.method, request.path, request.authScheme])).toEqual([
				['GET', `/v1/channel-manager/rcs/agents/${AGENT_ID}`, 'basic'],
				['PATCH', `/v1/channel-manager/rcs/agents/${AGENT_ID}`, 'basic'],
			]);
			expect(fake.requests[1].body).toEqual({
				basic_info: { ...(current.basic_info as IDataObject), display_name: 'Renamed Co' },
				visual_design: { ...(current.visual_design as IDataObject), tagline: 'New tagline', website: { address: 'https://old.example.com' } },
			});
		});
	});

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
