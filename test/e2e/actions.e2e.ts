import type { ExecutionResult, N8nInstance } from '../../scripts/lib/n8nInstance';
import { FakeVonage, type RecordedRequest } from '../helpers/fakeVonage';
import { createN8n, disposeN8n, NODE_TYPES, vonageCredentials } from './support/harness';
import { channelManagerCases, offeredChannelManagerResources } from './support/channelManagerCases';
import { CHANNEL_PARTIES, offeredSendTypes, SEND_PARAMETERS, sendCases } from './support/sendCases';
import { manualWorkflow, type NodeSpec } from './support/workflows';

const ALL_ACTIONS = 'e2eAllActions001';
const RATE_LIMITED = 'e2eRateLimited01';
const BAD_INPUT = 'e2eBadInput00001';
const RATE_LIMITED_ITEMS = 300;
/** Requests per second the fake accepts before answering 429: below Send's default pace, so 429s do happen. */
const FAKE_RATE_LIMIT = 20;

const cases = sendCases();
const channelManager = channelManagerCases();

const ACCOUNTS = [
	{ name: 'Acme WhatsApp', provider: 'whatsapp', external_id: '447700900001', api_key: 'abcd1234', applications: [] },
	{ name: 'Acme Page', provider: 'messenger', external_id: '107083064136738', api_key: 'abcd1234', applications: [] },
];

function basicSms(): NodeSpec {
	return {
		name: 'Send sms text (Basic)',
		type: NODE_TYPES.messages,
		credential: 'basic',
		parameters: {
			authentication: 'basic',
			resource: 'message',
			operation: 'send',
			channel: 'sms',
			...CHANNEL_PARTIES.sms,
			messageType: 'text',
			text: 'Sent with the Basic credential',
			additionalFields: { clientRef: 'e2e-basic-sms' },
		},
	};
}

function allActionsWorkflow() {
	const nodes: NodeSpec[] = [
		...cases.map((sendCase): NodeSpec => ({ name: sendCase.nodeName, type: NODE_TYPES.messages, credential: 'jwt', parameters: sendCase.parameters })),
		basicSms(),
		{
			name: 'Mark WhatsApp read',
			type: NODE_TYPES.messages,
			credential: 'jwt',
			parameters: { authentication: 'jwt', resource: 'message', operation: 'update', channel: 'whatsapp', messageUuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab', status: 'read' },
		},
		{
			name: 'WhatsApp template (legacy v0.1, Basic)',
			type: NODE_TYPES.messages,
			credential: 'basic',
			parameters: {
				...cases.find((sendCase) => sendCase.channel === 'whatsapp' && sendCase.messageType === 'template')?.parameters,
				authentication: 'basic',
				additionalFields: { clientRef: 'e2e-legacy-template' },
				options: { apiFormat: 'v0.1' },
			},
		},
		{
			name: 'Revoke RCS message',
			type: NODE_TYPES.messages,
			credential: 'jwt',
			parameters: { authentication: 'jwt', resource: 'message', operation: 'update', channel: 'rcs', messageUuid: 'bbbbbbbb-cccc-4ddd-8eee-0123456789ab', status: 'revoked' },
		},
		{
			name: 'List accounts (JWT)',
			type: NODE_TYPES.externalAccounts,
			credential: 'jwt',
			parameters: { authentication: 'jwt', resource: 'account', operation: 'getAll', providerFilter: '', returnAll: true },
		},
		{
			name: 'List accounts (Basic)',
			type: NODE_TYPES.externalAccounts,
			credential: 'basic',
			parameters: { authentication: 'basic', resource: 'account', operation: 'getAll', providerFilter: 'whatsapp', returnAll: false, limit: 5 },
		},
		...channelManager.map(
			(entry): NodeSpec => ({
				name: entry.nodeName,
				type: NODE_TYPES.channelManager,
				credential: entry.parameters.authentication === 'basic' ? 'basic' : 'jwt',
				parameters: entry.parameters,
			}),
		),
	];
	return manualWorkflow(ALL_ACTIONS, 'E2E: every action node', nodes);
}

function rateLimitedWorkflow() {
	return manualWorkflow(RATE_LIMITED, 'E2E: a few hundred sends against a rate limit', [
		{
			name: 'Recipients',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			parameters: {
				jsCode: `return Array.from({ length: ${RATE_LIMITED_ITEMS} }, (_, index) => ({ json: { phone: '4477009' + String(index).padStart(5, '0'), index } }));`,
			},
		},
		{
			name: 'Send to everyone',
			type: NODE_TYPES.messages,
			credential: 'jwt',
			after: ['Recipients'],
			parameters: {
				authentication: 'jwt',
				resource: 'message',
				operation: 'send',
				channel: 'sms',
				...CHANNEL_PARTIES.sms,
				to: '={{ $json.phone }}',
				messageType: 'text',
				text: '=Hello number {{ $json.index }}',
				additionalFields: { clientRef: '=bulk-{{ $json.index }}' },
			},
		},
	]);
}

function badInputWorkflow() {
	return manualWorkflow(BAD_INPUT, 'E2E: a recipient that is not a phone number', [
		{
			name: 'Send to a name',
			type: NODE_TYPES.messages,
			credential: 'jwt',
			parameters: { authentication: 'jwt', resource: 'message', operation: 'send', channel: 'sms', from: 'Acme', to: 'Ada Lovelace', messageType: 'text', text: 'Hi' },
		},
	]);
}

function clientRefOf(request: RecordedRequest): string | undefined {
	const body = request.body as { client_ref?: string } | undefined;
	return body?.client_ref;
}

describe('Action nodes inside a real n8n (installed as a community package)', () => {
	let fake: FakeVonage;
	let n8n: N8nInstance;
	let result: ExecutionResult;
	let requests: RecordedRequest[];

	beforeAll(async () => {
		fake = await new FakeVonage().start();
		n8n = await createN8n('actions');
		await n8n.importCredentials(vonageCredentials(fake.baseUrl));
		await n8n.importWorkflows([allActionsWorkflow(), rateLimitedWorkflow(), badInputWorkflow()]);
		fake.on('GetAllAccounts', (request) => {
			const provider = request.query.get('provider');
			const accounts = ACCOUNTS.filter((account) => !provider || account.provider === provider);
			return { status: 200, body: { page_number: 1, page_size: 20, _embedded: accounts, _links: { self: { href: `${fake.baseUrl}/beta/chatapp-accounts?page_number=1` } } } };
		});
		result = await n8n.executeWorkflow(ALL_ACTIONS);
		requests = [...fake.requests];
	});

	afterAll(async () => {
		await disposeN8n(n8n);
		await fake?.stop();
	});

	it('runs the whole workflow without an error and every request matches the specs', () => {
		expect(result.error).toBeUndefined();
		expect(fake.violations).toEqual([]);
	});

	it('has a case for every channel and message type Send offers', () => {
		const covered = cases.map(({ channel, messageType }) => `${channel}:${messageType}`).sort();
		const offered = offeredSendTypes().map(({ channel, messageType }) => `${channel}:${messageType}`).sort();
		expect(covered).toEqual(offered);
		expect(Object.keys(SEND_PARAMETERS).length).toBeGreaterThanOrEqual(7);
	});

	it.each(cases.map((sendCase) => [sendCase.channel, sendCase.messageType, sendCase] as const))(
		'sends %s %s: one spec-valid POST /v1/messages (/v0.1/messages for a v0.1-only type) with the JWT, and outputs the message UUID',
		(_channel, _type, sendCase) => {
			const sent = requests.filter((request) => clientRefOf(request) === sendCase.clientRef);
			expect(sent.map((request) => [request.method, request.path, request.authScheme, request.violations])).toEqual([
				['POST', sendCase.legacy ? '/v0.1/messages' : '/v1/messages', 'bearer', []],
			]);
			expect(sent[0].body).toMatchObject(
				sendCase.legacy
					? { to: { type: sendCase.channel === 'viber_service' ? 'viber_service_msg' : sendCase.channel }, message: { content: { type: sendCase.messageType } } }
					: { channel: sendCase.channel, message_type: sendCase.messageType },
			);
			expect(result.nodes[sendCase.nodeName]?.error).toBeUndefined();
			expect(result.json(sendCase.nodeName)).toEqual([expect.objectContaining({ message_uuid: expect.any(String) })]);
		},
	);

	it('sends with the Basic credential', () => {
		const sent = requests.filter((request) => clientRefOf(request) === 'e2e-basic-sms');
		expect(sent.map((request) => [request.path, request.authScheme])).toEqual([['/v1/messages', 'basic']]);
		expect(sent[0].body).toMatchObject({ channel: 'sms', to: CHANNEL_PARTIES.sms.to, text: 'Sent with the Basic credential' });
		expect(result.json('Send sms text (Basic)')).toEqual([expect.objectContaining({ message_uuid: expect.any(String) })]);
	});

	it('sends a WhatsApp template in the legacy v0.1 format to /v0.1/messages', () => {
		const sent = requests.filter((request) => clientRefOf(request) === 'e2e-legacy-template');
		expect(sent.map((request) => [request.method, request.path, request.authScheme, request.violations])).toEqual([['POST', '/v0.1/messages', 'basic', []]]);
		expect(sent[0].body).toMatchObject({ to: { type: 'whatsapp' }, from: { type: 'whatsapp' }, message: { content: { type: 'template' } } });
		expect(result.nodes['WhatsApp template (legacy v0.1, Basic)']?.error).toBeUndefined();
		expect(result.json('WhatsApp template (legacy v0.1, Basic)')).toEqual([expect.objectContaining({ message_uuid: expect.any(String) })]);
	});

	it('marks a WhatsApp message as read and revokes an RCS message (Update) with PATCH /v1/messages/{uuid}', () => {
		const patches = requests.filter((request) => request.method === 'PATCH');
		expect(patches.map((request) => [request.path, request.authScheme, request.body, request.violations]).sort()).toEqual([
			['/v1/messages/aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab', 'bearer', expect.objectContaining({ status: 'read' }), []],
			['/v1/messages/bbbbbbbb-cccc-4ddd-8eee-0123456789ab', 'bearer', expect.objectContaining({ status: 'revoked' }), []],
		]);
		expect(result.nodes['Mark WhatsApp read']?.error).toBeUndefined();
		expect(result.nodes['Revoke RCS message']?.error).toBeUndefined();
	});

	it('lists external accounts with both credentials', () => {
		const lists = requests.filter((request) => request.method === 'GET' && request.path === '/beta/chatapp-accounts');
		expect(lists.map((request) => request.authScheme).sort()).toEqual(['basic', 'bearer']);
		expect(lists.find((request) => request.authScheme === 'basic')?.query.get('provider')).toBe('whatsapp');
		expect(result.json('List accounts (JWT)').map((account) => account.external_id)).toEqual(['447700900001', '107083064136738']);
		expect(result.json('List accounts (Basic)').map((account) => account.external_id)).toEqual(['447700900001']);
	});

	it('has a Channel Manager case for every resource the node offers', () => {
		expect(channelManager.map((entry) => entry.resource).sort()).toEqual(offeredChannelManagerResources().sort());
	});

	it.each(channelManager.map((entry) => [entry.resource, entry] as const))(
		'Channel Manager %s: sends its request with the chosen credential and outputs items',
		(_resource, entry) => {
			const scheme = entry.parameters.authentication === 'basic' ? 'basic' : 'bearer';
			const matching = requests.filter((request) => request.method === entry.expectMethod && entry.expectPath.test(request.path));
			expect(matching.length).toBeGreaterThan(0);
			expect(matching.map((request) => [request.authScheme, request.violations])).toContainEqual([scheme, []]);
			expect(result.nodes[entry.nodeName]?.error).toBeUndefined();
			expect(result.nodes[entry.nodeName]?.output[0]).toBeDefined();
		},
	);

	it('stops a send with bad input before any request, with an error that names the field', async () => {
		fake.reset();

		const failed = await n8n.executeWorkflow(BAD_INPUT);

		expect(failed.error?.message).toMatch(/To/);
		expect(failed.error?.node?.name).toBe('Send to a name');
		expect(fake.requests).toEqual([]);
	});

	it(`sends ${RATE_LIMITED_ITEMS} items through a fake that answers 429 above ${FAKE_RATE_LIMIT}/s without a failed or duplicated item`, async () => {
		fake.reset();
		let windowStart = 0;
		let inWindow = 0;
		let refused = 0;
		fake.on('SendMessage', () => {
			const now = Date.now();
			if (now - windowStart >= 1000) {
				windowStart = now;
				inWindow = 0;
			}
			inWindow += 1;
			if (inWindow > FAKE_RATE_LIMIT) {
				refused += 1;
				return { status: 429, headers: { 'Retry-After': '1' }, body: { type: 'https://developer.vonage.com/api-errors#throttled', title: 'Rate Limit Hit', detail: 'Please wait, then retry your request', instance: 'e2e' } };
			}
			return { status: 202, body: { message_uuid: `uuid-${now}-${inWindow}` } };
		});

		const bulk = await n8n.executeWorkflow(RATE_LIMITED);

		expect(bulk.error).toBeUndefined();
		const output = bulk.json('Send to everyone');
		expect(output).toHaveLength(RATE_LIMITED_ITEMS);
		expect(output.every((item) => typeof item.message_uuid === 'string')).toBe(true);
		// Every item was accepted exactly once: as many accepted requests as items, each with its own client reference.
		const sends = fake.requests.filter((request) => request.operationId === 'SendMessage');
		expect(sends.length - refused).toBe(RATE_LIMITED_ITEMS);
		expect(new Set(sends.map(clientRefOf)).size).toBe(RATE_LIMITED_ITEMS);
		expect(refused).toBeGreaterThan(0);
		expect(fake.violations).toEqual([]);
	});
});
