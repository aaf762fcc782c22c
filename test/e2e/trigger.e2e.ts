
import type { N8nInstance } from '../../scripts/lib/n8nInstance';
import { TEST_API_SECRET, TEST_PRIVATE_KEY } from '../helpers/credentials';
import { FakeVonage, type RecordedRequest } from '../helpers/fakeVonage';
import { FakeApplications } from './support/fakeApplications';
import { startMediaServer, type MediaServer } from './support/mediaServer';
import { createN8n, CREDENTIALS, disposeN8n, NODE_TYPES, suiteEnvironment, vonageCredentials } from './support/harness';
import { inboundWhatsAppText, messageStatus, postEvent, signedAuthorization } from './support/vonageEvents';
import { registeringTrigger, triggeredWorkflow } from './support/workflows';
import { sleep, waitFor } from './support/wait';

const WORKFLOW_ID = 'e2eTriggerBasic1';
const WEBHOOK_ID = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const TRIGGER = 'Vonage Messages Trigger';
const APPLICATION_ID = '0b5d6c7e-8f90-4a1b-9c2d-3e4f5a6b7c8d';
/** An application already used by something else, with a trigger that may not take it over. */
const POLITE_WORKFLOW_ID = 'e2eTriggerPolite';
const BUSY_APPLICATION_ID = '0b5d6c7e-8f90-4a1b-9c2d-3e4f5a6b7c8e';
describe('Vonage Messages Trigger inside a real n8n (active workflow, production webhook URL)', () => {
	let fake: FakeVonage;
	let applications: FakeApplications;
	let n8n: N8nInstance;
	let webhookUrl: string;
	let original: Record<string, unknown>;
	/** What the fake received while the workflow was activated. */
	let activationRequests: RecordedRequest[];
	let media: MediaServer | undefined;
	let mediaBase: string;

	/** Waits until the workflow has `count` executions and returns them, oldest first. */
	async function executionsReaching(count: number) {
		// Counted as soon as n8n creates it, an execution is listed with its data once it has finished: wait for that.
		return await waitFor(`${count} finished executions`, async () => {
			const executions = await n8n.executions(WORKFLOW_ID);
			return executions.length >= count ? executions : undefined;
		});
	}

	beforeAll(async () => {
		fake = await new FakeVonage().start();
		media = await startMediaServer();
		mediaBase = media.baseUrl;
		applications = new FakeApplications(fake).install();
		original = applications.create(APPLICATION_ID, 'Acme support', 'https://old-endpoint.example.com/vonage');
		applications.create(BUSY_APPLICATION_ID, 'Acme CRM', 'https://crm.example.com/vonage');
		n8n = await createN8n('trigger');
		webhookUrl = `${n8n.baseUrl}/webhook/${WEBHOOK_ID}/webhook`;
		await n8n.importCredentials(vonageCredentials(fake.baseUrl));
		await n8n.importWorkflows([
			triggeredWorkflow(WORKFLOW_ID, 'E2E: Vonage Messages Trigger', [
				registeringTrigger(TRIGGER, NODE_TYPES.trigger, WEBHOOK_ID, APPLICATION_ID),
			]),
			triggeredWorkflow(POLITE_WORKFLOW_ID, 'E2E: trigger that must not take over', [
				{
					name: TRIGGER,
					type: NODE_TYPES.trigger,
					credential: 'basic',
					webhookId: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5c',
					parameters: { authentication: 'basic', events: ['inboundMessage'], registerWebhooks: true, applicationId: BUSY_APPLICATION_ID, takeOverWebhooks: false },
				},
			]),
		]);
		await n8n.start();
		fake.reset();
		applications.install();
		await n8n.activateWorkflow(WORKFLOW_ID);
		activationRequests = [...fake.requests];
	});

	afterAll(async () => {
		await disposeN8n(n8n);
		await fake?.stop();
		await media?.stop();
	});

	it("lists the package's four nodes, the three action nodes' AI tool variants and two credentials in the editor's types", async () => {
		const nodeTypes = (await n8n.requestAsOwner('GET', '/types/nodes.json')) as Array<{ name: string }>;
		const credentialTypes = (await n8n.requestAsOwner('GET', '/types/credentials.json')) as Array<{ name: string }>;

		const ours = nodeTypes.map((type) => type.name).filter((name) => name.startsWith('n8n-nodes-vonage-messages.'));
		expect(ours).toEqual(expect.arrayContaining(Object.values(NODE_TYPES)));
		// The action nodes (usableAsTool) also come as AI Agent tools; the trigger does not.
		expect(ours.filter((name) => name.endsWith('Tool') && !name.endsWith('HitlTool')).sort()).toEqual(
			[NODE_TYPES.channelManager, NODE_TYPES.externalAccounts, NODE_TYPES.messages].map((name) => `${name}Tool`),
		);
		// n8n 2.x also offers every node with a Send and Wait for Response operation as a human-review step for an AI
		// Agent's tools (a "HitlTool" variant it builds from that operation); n8n 1.x has no such variant.
		const offersHumanReview = Number(suiteEnvironment().runtime.n8nVersion.split('.')[0]) >= 2;
		expect(ours.filter((name) => name.endsWith('HitlTool'))).toEqual(offersHumanReview ? [`${NODE_TYPES.messages}HitlTool`] : []);
		expect(credentialTypes.map((type) => type.name)).toEqual(expect.arrayContaining(['vonageMessagesJwtApi', 'vonageMessagesBasicApi']));
	});

	it("passes the editor's credential test for both credentials, and explains a refused one without leaking secrets", async () => {
		const [jwt, basic] = vonageCredentials(fake.baseUrl);
		const test = async (credentials: typeof jwt) =>
			(await n8n.rest('POST', '/credentials/test', { credentials })) as { status: string; message?: string };

		fake.requests.splice(0);

		const passed = [await test(jwt), await test(basic)];
		const testRequests = fake.requests.splice(0);
		fake.on('GetAllAccounts', () => ({ status: 401, body: { type: 'https://developer.vonage.com/api-errors#unauthorized', title: 'Unauthorized', detail: 'You did not provide correct credentials.' } }));
		const refused = await test(jwt);
		fake.reset();
		applications.install();

		expect(passed.map((result) => result.status)).toEqual(['OK', 'OK']);
		expect(testRequests.map((request) => [request.method, request.path, request.authScheme, request.violations])).toEqual([
			['GET', '/beta/chatapp-accounts', 'bearer', []],
			['GET', '/v2/applications', 'basic', []],
		]);
		expect(refused.status).toBe('Error');
		expect(refused.message).toMatch(/\S/);
		for (const secret of [TEST_API_SECRET, TEST_PRIVATE_KEY.split('\n')[1]]) expect(JSON.stringify(refused)).not.toContain(secret);
	});

	it("fills the editor's account list (From List) of Vonage External Accounts through n8n's server", async () => {
		fake.on('GetAllAccounts', (request) => ({
			status: 200,
			body: {
				page_number: 1,
				page_size: 20,
				_embedded: [
					{ name: 'Acme WhatsApp', provider: 'whatsapp', external_id: '447700900001', api_key: 'abcd1234' },
					{ name: 'Acme Support', provider: 'whatsapp', external_id: '447700900002', api_key: 'abcd1234' },
				].filter((account) => account.provider === request.query.get('provider')),
			},
		}));

		fake.requests.splice(0);

		const found = (await n8n.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
			path: 'account',
			nodeTypeAndVersion: { name: NODE_TYPES.externalAccounts, version: 1 },
			methodName: 'searchAccounts',
			filter: 'support',
			currentNodeParameters: { authentication: 'jwt', resource: 'account', operation: 'get', provider: 'whatsapp', account: { __rl: true, mode: 'list', value: '' } },
			credentials: { [CREDENTIALS.jwt.type]: { id: CREDENTIALS.jwt.id, name: CREDENTIALS.jwt.name } },
		})) as { results: Array<{ name: string; value: string }> };

		expect(found.results).toEqual([{ name: 'Acme Support (447700900002)', value: '447700900002' }]);
		const search = fake.requests.filter((request) => request.operationId === 'GetAllAccounts');
		expect(search.map((request) => [request.authScheme, request.query.get('provider'), request.violations])).toEqual([['bearer', 'whatsapp', []]]);
	});

	it('registered its production URL on the application on activation: GET, then PUT keeping everything else', () => {
		const calls = activationRequests.filter((request) => request.path === `/v2/applications/${APPLICATION_ID}`);
		// n8n asks checkExists (a GET) before create (GET, then one PUT of the whole application).
		const methods = calls.map((request) => request.method);
		expect(methods.filter((method) => method === 'PUT')).toHaveLength(1);
		expect(methods[methods.length - 1]).toBe('PUT');
		expect(methods.slice(0, -1).every((method) => method === 'GET') && methods.length >= 2).toBe(true);
		expect(calls.every((request) => request.authScheme === 'basic')).toBe(true);
		expect(activationRequests.flatMap((request) => request.violations)).toEqual([]);
		const expected = structuredClone(original) as { capabilities: { messages: { webhooks: Record<string, unknown> } } };
		expected.capabilities.messages.webhooks = {
			inbound_url: { address: webhookUrl, http_method: 'POST' },
			status_url: { address: webhookUrl, http_method: 'POST' },
		};
		expect(applications.get(APPLICATION_ID)).toEqual(expected);
	});

	it('refuses to activate over webhooks another system receives, naming them, and leaves the application alone', async () => {
		const before = applications.get(BUSY_APPLICATION_ID);

		const activation = n8n.activateWorkflow(POLITE_WORKFLOW_ID);

		await expect(activation).rejects.toThrow(/already sends its messages elsewhere/);
		expect(applications.get(BUSY_APPLICATION_ID)).toEqual(before);
		expect(applications.writes.filter((write) => write.id === BUSY_APPLICATION_ID)).toEqual([]);
	});

	it('starts one execution for a signed inbound WhatsApp message, with its fields at the top level', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const event = inboundWhatsAppText({ text: 'Where is my order?' });

		const response = await postEvent(webhookUrl, event);

		expect(response.status).toBe(200);
		const executions = await executionsReaching(before + 1);
		expect(executions).toHaveLength(before + 1);
		const [item] = executions[executions.length - 1].json(TRIGGER);
		expect(item).toMatchObject({
			eventType: 'inboundMessage',
			channel: 'whatsapp',
			messageType: 'text',
			messageUuid: event.message_uuid,
			from: '447700900000',
			to: '447700900001',
			text: 'Where is my order?',
			profileName: 'Ada Lovelace',
		});
	});

	it('starts one execution for a signed status event, carrying the client reference', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const event = messageStatus('d3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b', 'delivered', { client_ref: 'order-1042' });

		const response = await postEvent(webhookUrl, event);

		expect(response.status).toBe(200);
		const executions = await executionsReaching(before + 1);
		const [item] = executions[executions.length - 1].json(TRIGGER);
		expect(item).toMatchObject({ eventType: 'messageStatus', status: 'delivered', clientRef: 'order-1042', messageUuid: event.message_uuid });
	});

	it('starts one execution for a signed email status event (Email is beta at Vonage and has status events only)', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const event = messageStatus('a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0d', 'read', { channel: 'email', to: 'ada@example.com', from: 'orders@acme.example.com', client_ref: 'order-1043' });

		expect((await postEvent(webhookUrl, event)).status).toBe(200);

		const executions = await executionsReaching(before + 1);
		expect(executions[executions.length - 1].json(TRIGGER)[0]).toMatchObject({
			eventType: 'messageStatus',
			channel: 'email',
			status: 'read',
			from: 'orders@acme.example.com',
			to: 'ada@example.com',
			clientRef: 'order-1043',
			messageUuid: event.message_uuid,
		});
	});

	it('downloads the media of an inbound image into n8n binary data, and keeps the event when a download fails', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const image = inboundWhatsAppText({ message_type: 'image', text: undefined, image: { url: `${mediaBase}/media/photo.png`, caption: 'My receipt' } });
		const missing = inboundWhatsAppText({ message_type: 'image', text: undefined, image: { url: `${mediaBase}/media/expired.png` } });

		expect((await postEvent(webhookUrl, image)).status).toBe(200);
		await executionsReaching(before + 1);
		expect((await postEvent(webhookUrl, missing)).status).toBe(200);
		const executions = await executionsReaching(before + 2);

		const [downloaded, failed] = executions.slice(-2).map((execution) => execution.nodes[TRIGGER].output[0][0]);
		expect(downloaded.json).toMatchObject({ messageType: 'image', mediaUrl: `${mediaBase}/media/photo.png`, mediaDownloaded: true, mediaDownloadError: null });
		expect(downloaded.binary?.data).toMatchObject({ mimeType: 'image/png' });
		expect(failed.json).toMatchObject({ messageType: 'image', mediaDownloaded: false, mediaDownloadError: expect.stringMatching(/404|not/i) });
		expect(failed.binary).toBeUndefined();
	});

	it('accepts a legacy Messages API v0.1 status event and reports it the same way', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const event = {
			message_uuid: 'e4a5b6c7-d8e9-4f0a-9b1c-2d3e4f5a6b7c',
			to: { type: 'viber_service_msg', number: '447700900000' },
			from: { type: 'viber_service_msg', id: '654321' },
			timestamp: '2026-11-28T14:00:00.000Z',
			status: 'rejected',
			error: { code: 1300, reason: 'Not part of the provider network' },
			client_ref: 'legacy-ref',
		};

		expect((await postEvent(webhookUrl, event)).status).toBe(200);

		const executions = await executionsReaching(before + 1);
		expect(executions[executions.length - 1].json(TRIGGER)[0]).toMatchObject({
			eventType: 'messageStatus',
			apiVersion: 'v0.1',
			status: 'rejected',
			errorCode: '1300',
			clientRef: 'legacy-ref',
			messageUuid: event.message_uuid,
		});
	});

	it('answers 400 to a signed body that is not a Vonage event, and starts nothing', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const notJson = 'status=delivered';

		const post = async (contentType: string) =>
			await fetch(webhookUrl, { method: 'POST', headers: { 'Content-Type': contentType, Authorization: signedAuthorization(notJson) }, body: notJson });
		const plainText = await post('text/plain');
		// Declared JSON that does not parse never reaches the node: n8n's own body parser refuses it.
		const brokenJson = await post('application/json');
		const notAnEvent = await postEvent(webhookUrl, { hello: 'world' });

		expect([plainText.status, brokenJson.status, notAnEvent.status]).toEqual([400, 422, 400]);
		expect(JSON.parse(notAnEvent.body)).toEqual({ error: 'Bad Request', reason: expect.stringMatching(/\S/) });
		await sleep(1000);
		expect(await n8n.executionCount(WORKFLOW_ID)).toBe(before);
	});

	it('answers 401 to forged, tampered, stale and unsigned events and starts no execution for them', async () => {
		const before = await n8n.executionCount(WORKFLOW_ID);
		const event = inboundWhatsAppText();
		const rawBody = JSON.stringify(event);

		const forged = await postEvent(webhookUrl, event, signedAuthorization(rawBody, { secret: 'not-the-signature-secret' }));
		const tampered = await postEvent(webhookUrl, event, signedAuthorization(rawBody), JSON.stringify({ ...event, text: 'changed' }));
		const stale = await postEvent(webhookUrl, event, signedAuthorization(rawBody, { issuedAtOffsetSeconds: -10 * 60 }));
		const unsigned = await postEvent(webhookUrl, event, null);

		expect([forged.status, tampered.status, stale.status, unsigned.status]).toEqual([401, 401, 401, 401]);
		// A valid event sent afterwards is the only new execution.
		const sentinel = inboundWhatsAppText({ text: 'sentinel' });
		expect((await postEvent(webhookUrl, sentinel)).status).toBe(200);
		const executions = await executionsReaching(before + 1);
		await sleep(1000);
		expect(await n8n.executionCount(WORKFLOW_ID)).toBe(before + 1);
		expect(executions[executions.length - 1].json(TRIGGER)[0]).toMatchObject({ text: 'sentinel' });
	});

	it('acknowledges a repeated event with 200 and starts no second execution', async () => {
		const event = inboundWhatsAppText({ text: 'only once' });
		expect((await postEvent(webhookUrl, event)).status).toBe(200);
		const before = await n8n.executionCount(WORKFLOW_ID);
		await executionsReaching(before);

		// Vonage retries with a fresh signature; the event is the same.
		const repeated = await postEvent(webhookUrl, event);
		const sentinel = inboundWhatsAppText({ text: 'after the repeat' });
		await postEvent(webhookUrl, sentinel);

		expect(repeated.status).toBe(200);
		const executions = await executionsReaching(before + 1);
		await sleep(1000);
		expect(await n8n.executionCount(WORKFLOW_ID)).toBe(before + 1);
		expect(executions.map((execution) => execution.json(TRIGGER)[0].text).filter((text) => text === 'only once')).toHaveLength(1);
	});

	it('restores the application exactly as it was when the workflow is deactivated', async () => {
		fake.reset();
		applications.install();

		await n8n.deactivateWorkflow(WORKFLOW_ID);

		const restored = await waitFor('the application to be restored', async () => {
			const current = applications.get(APPLICATION_ID);
			const inbound = (current?.capabilities as { messages: { webhooks: { inbound_url?: { address: string } } } }).messages.webhooks.inbound_url;
			return inbound?.address === 'https://old-endpoint.example.com/vonage/inbound' ? current : undefined;
		});
		expect(restored).toEqual(original);
		expect(fake.requests.map((request) => [request.method, request.path])).toEqual([
			['GET', `/v2/applications/${APPLICATION_ID}`],
			['PUT', `/v2/applications/${APPLICATION_ID}`],
		]);
		expect(fake.violations).toEqual([]);
	});
});
