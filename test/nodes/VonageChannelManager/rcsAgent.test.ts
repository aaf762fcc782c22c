import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { TEST_API_KEY, TEST_API_SECRET, allCredentials, jwtCredentials } from '../../helpers/credentials';
import { byId, byList } from '../../helpers/resourceLocator';
import { runNode } from '../../helpers/runNode';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { AGENTS, APPLICATION_ID, BRAND_ID, agent, agentId, pagedAgents } from './rcs.fixtures';
import { channelManagerRunner } from './channelManagerKit';

const AGENT_ID = agentId(7);

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake);

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
});

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

	const { listSearch } = channelManagerRunner(fake);

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
});

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake);

	describe('auth kind per operation', () => {
		it('a Basic-only operation with a JWT credential without API key names the credential it needs and sends nothing', async () => {
			const failure = run(
				{ authentication: 'jwt', resource: 'rcsAgent', operation: 'get', agentId: byId(AGENT_ID) },
				{ credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl) } },
			);
			await expect(failure).rejects.toMatchObject({
				message: 'Get RCS Agent needs your API key and secret',
				description: expect.stringContaining('Vonage Messages Basic Auth API (API key and secret)') as unknown,
			});
			expect(fake.requests).toHaveLength(0);
		});
	});

	describe('Vonage errors', () => {
		it("show Vonage's title and detail", async () => {
			fake.on('getRcsAgent', () => ({ status: 404, body: { title: 'Not Found', detail: `Agent ${AGENT_ID} does not exist` } }));
			await expect(run({ authentication: 'basic', resource: 'rcsAgent', operation: 'get', agentId: byId(AGENT_ID) })).rejects.toMatchObject({
				message: 'Vonage: Not Found',
				description: expect.stringContaining(`Agent ${AGENT_ID} does not exist`) as unknown,
			});
		});
	});

	describe('invalid input', () => {
		const validAgent: INodeParameters = {
			brandId: byId(BRAND_ID),
			displayName: 'Example Co',
			agentSenderId: 'ExampleCo-RCSAgent-1',
			applicationId: APPLICATION_ID,
			brandColor: '#8860CD',
			contactEmail: 'support@example.com',
			contactPhone: '447700900000',
			tagline: 'Hello',
			websiteUrl: 'https://www.example.com',
		};

		it('an Update the current agent cannot complete is refused after reading the agent, and nothing is changed', async () => {
			const current = agent(7);
			const visualDesignWithoutWebsite: IDataObject = { ...(current.visual_design as IDataObject) };
			delete visualDesignWithoutWebsite.website;
			fake.on('getRcsAgent', () => ({ status: 200, body: { ...current, visual_design: visualDesignWithoutWebsite } }));
			await expect(
				run({ authentication: 'basic', resource: 'rcsAgent', operation: 'update', agentId: byId(AGENT_ID), updateFields: { websiteLabel: 'Shop' } }),
			).rejects.toThrow(/Update RCS Agent is missing Website URL/);
			expect(fake.requests.map((request) => request.method)).toEqual(['GET']);
		});

		it.each<[string, INodeParameters, RegExp]>([
			['an empty agent', { resource: 'rcsAgent', operation: 'get', agentId: byId('') }, /Agent is required/],
			['an agent colour that is not hexadecimal', { resource: 'rcsAgent', operation: 'create', ...validAgent, brandColor: 'purple' }, /Brand Color "purple" is not a hexadecimal color/],
			['a contact email without @', { resource: 'rcsAgent', operation: 'create', ...validAgent, contactEmail: 'support.example.com' }, /Contact Email "support.example.com" is not an email address/],
			['a missing required agent field', { resource: 'rcsAgent', operation: 'create', ...validAgent, tagline: '' }, /Create RCS Agent is missing Tagline/],
			['Replace without representative and launch details', { resource: 'rcsAgent', operation: 'replace', agentId: byId(AGENT_ID), ...validAgent }, /Replace RCS Agent is missing Representative > First Name, .*Points of Contact, .*Launch Details > Trigger Description/],
			['a point of contact without job title', { resource: 'rcsAgent', operation: 'create', ...validAgent, pointsOfContact: { contact: [{ firstName: 'A', lastName: 'B', email: 'a@b.co' }] } }, /Points of Contact 1 is missing Job Title/],
			['preview media without URL', { resource: 'rcsAgent', operation: 'create', ...validAgent, previewMedia: { media: [{ mediaType: 'image', url: '' }] } }, /Preview Media 1 > URL is required/],
			['Other Fields (JSON) that is not an object', { resource: 'rcsAgent', operation: 'create', ...validAgent, otherFieldsJson: '[1, 2]' }, /Other Fields \(JSON\) .* is not a JSON object/],
			['Update with nothing to update', { resource: 'rcsAgent', operation: 'update', agentId: byId(AGENT_ID) }, /Update RCS Agent has nothing to update/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expectRefused({ authentication: 'basic', ...parameters }, message);
		});
	});
});
