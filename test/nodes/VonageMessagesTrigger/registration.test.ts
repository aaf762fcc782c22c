import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { basicCredentials, jwtCredentials, TEST_API_KEY, TEST_API_SECRET, TEST_APPLICATION_ID } from '../../helpers/credentials';
import { FakeVonage } from '../../helpers/fakeVonage';
import { PRODUCTION_URL, TEST_URL, TriggerHarness } from './triggerHarness';

type Json = Record<string, unknown>;

const OTHER_INBOUND = 'https://crm.example.com/vonage/inbound';
const OTHER_STATUS = 'https://crm.example.com/vonage/status';

/** An application as GET /v2/applications/{id} returns it, with more than the Messages capability. */
function storedApplication(webhooks: Json | null = {
	inbound_url: { address: OTHER_INBOUND, http_method: 'POST' },
	status_url: { address: OTHER_STATUS, http_method: 'POST' },
}): Json {
	return {
		id: TEST_APPLICATION_ID,
		name: 'Support desk',
		capabilities: {
			voice: {
				webhooks: {
					answer_url: { address: 'https://voice.example.com/answer', http_method: 'GET', connection_timeout: 500, socket_timeout: 3000 },
					event_url: { address: 'https://voice.example.com/event', http_method: 'POST' },
				},
				signed_callbacks: true,
				conversations_ttl: 48,
				region: 'eu-west',
			},
			...(webhooks === null ? {} : { messages: { version: 'v1', authenticate_inbound_media: true, webhooks } }),
			rtc: { webhooks: { event_url: { address: 'https://rtc.example.com/event', http_method: 'POST' } } },
		},
		keys: { public_key: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----\n' },
		privacy: { improve_ai: false },
		_links: { self: { href: `/v2/applications/${TEST_APPLICATION_ID}` } },
	};
}

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** The same application with its Messages webhooks replaced. */
function withMessagesWebhooks(application: Json, webhooks: Json): Json {
	const copy = clone(application);
	((copy.capabilities as Json).messages as Json).webhooks = webhooks;
	return copy;
}

describe('registration on the Vonage application', () => {
	let fake: FakeVonage;
	let application: Json;

	beforeAll(async () => {
		fake = await new FakeVonage().start();
	});

	afterAll(async () => {
		await fake.stop();
	});

	/** A stateful application: GET returns what the last PUT stored. */
	function serve(initial: Json): void {
		fake.reset();
		application = clone(initial);
		fake.on('getApplication', () => ({ status: 200, body: application }));
		fake.on('updateApplication', (request) => {
			application = clone(request.body as Json);
			return { status: 200, body: application };
		});
	}

	function trigger(parameters: INodeParameters = {}, credentials: ICredentialDataDecryptedObject = {}): TriggerHarness {
		return new TriggerHarness({
			parameters,
			credentials: {
				vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET, ...credentials }),
				vonageMessagesBasicApi: basicCredentials(fake.baseUrl, credentials),
			},
		});
	}

	function puts(): Json[] {
		return fake.requests.filter((request) => request.method === 'PUT').map((request) => request.body as Json);
	}

	afterEach(() => {
		expect(fake.violations).toEqual([]);
	});

	it('takes over existing URLs when allowed: the PUT changes the two URLs and nothing else', async () => {
		const original = storedApplication();
		serve(original);
		const harness = trigger({ takeOverWebhooks: true });
		expect(await harness.checkExists()).toBe(false);
		await harness.create();

		expect(puts()).toEqual([
			withMessagesWebhooks(original, {
				inbound_url: { address: PRODUCTION_URL, http_method: 'POST' },
				status_url: { address: PRODUCTION_URL, http_method: 'POST' },
			}),
		]);
		expect(fake.requests.every((request) => request.authScheme === 'basic')).toBe(true);
		expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /v2/applications/${TEST_APPLICATION_ID}`,
			`GET /v2/applications/${TEST_APPLICATION_ID}`,
			`PUT /v2/applications/${TEST_APPLICATION_ID}`,
		]);
		expect(await harness.checkExists()).toBe(true);
	});

	it('restores the previous URLs on deactivation: the application ends exactly as it started', async () => {
		const original = storedApplication();
		serve(original);
		const harness = trigger({ takeOverWebhooks: true });
		await harness.activate();
		await harness.delete();
		expect(application).toEqual(original);
		expect(puts()).toHaveLength(2);
		expect(await harness.checkExists()).toBe(false);
		// Nothing is left to restore: a second deactivation sends nothing.
		const before = fake.requests.length;
		await harness.delete();
		expect(fake.requests.length).toBe(before);
		expect(puts()).toHaveLength(2);
	});

	it('refuses to replace URLs that point elsewhere unless "Take Over Existing Webhooks" is on, naming them', async () => {
		serve(storedApplication());
		const harness = trigger();
		const failure = harness.create();
		await expect(failure).rejects.toThrow(NodeOperationError);
		await expect(harness.create()).rejects.toMatchObject({
			message: 'The Vonage application "Support desk" already sends its messages elsewhere',
			description: expect.stringContaining(`Inbound URL: ${OTHER_INBOUND}\nStatus URL: ${OTHER_STATUS}`),
		});
		expect(puts()).toEqual([]);
	});

	it('takes an application without Messages webhooks without asking, and removes them again on deactivation', async () => {
		const original = storedApplication({});
		serve(original);
		const harness = trigger();
		await harness.activate();
		expect((((application.capabilities as Json).messages as Json).webhooks as Json)).toEqual({
			inbound_url: { address: PRODUCTION_URL, http_method: 'POST' },
			status_url: { address: PRODUCTION_URL, http_method: 'POST' },
		});
		await harness.delete();
		expect(application).toEqual(original);
	});

	it('does not restore a URL that someone changed while the workflow was active', async () => {
		const original = storedApplication();
		serve(original);
		const harness = trigger({ takeOverWebhooks: true });
		await harness.activate();
		const changedByHand = { address: 'https://new-crm.example.com/inbound', http_method: 'POST' };
		application = withMessagesWebhooks(application, { ...(((application.capabilities as Json).messages as Json).webhooks as Json), inbound_url: changedByHand });
		await harness.delete();
		expect(application).toEqual(withMessagesWebhooks(original, { inbound_url: changedByHand, status_url: { address: OTHER_STATUS, http_method: 'POST' } }));
	});

	it('tells the truth in checkExists', async () => {
		const harness = trigger();
		const ours = { address: PRODUCTION_URL, http_method: 'POST' };
		serve(storedApplication({ inbound_url: ours, status_url: ours }));
		expect(await harness.checkExists()).toBe(true);
		serve(storedApplication({ inbound_url: ours, status_url: { address: OTHER_STATUS, http_method: 'POST' } }));
		expect(await harness.checkExists()).toBe(false);
		serve(storedApplication({ inbound_url: ours }));
		expect(await harness.checkExists()).toBe(false);
		serve(storedApplication({ inbound_url: ours, status_url: { address: PRODUCTION_URL, http_method: 'GET' } }));
		expect(await harness.checkExists()).toBe(false);
		serve(storedApplication(null));
		expect(await harness.checkExists()).toBe(false);
		expect(puts()).toEqual([]);
	});

	it('sends nothing at all when registration is off', async () => {
		serve(storedApplication());
		const harness = trigger({ registerWebhooks: false });
		expect(await harness.checkExists()).toBe(false);
		expect(await harness.create()).toBe(true);
		expect(await harness.delete()).toBe(true);
		expect(fake.requests).toEqual([]);
	});

	it('lets a test run borrow the application from the active production trigger and gives it back', async () => {
		const ours = { address: PRODUCTION_URL, http_method: 'POST' };
		const production = storedApplication({ inbound_url: ours, status_url: ours });
		serve(production);
		// n8n gives a test run its own Workflow with empty static data.
		const testRun = trigger();
		expect(await testRun.checkExists('manual')).toBe(false);
		await testRun.create('manual');
		expect(application).toEqual(withMessagesWebhooks(production, { inbound_url: { ...ours, address: TEST_URL }, status_url: { ...ours, address: TEST_URL } }));
		await testRun.delete('manual');
		expect(application).toEqual(production);
	});

	it('with Basic auth, registers on the application named in the node', async () => {
		const original = storedApplication({});
		serve(original);
		const harness = trigger({ authentication: 'basic', applicationId: TEST_APPLICATION_ID });
		await harness.activate();
		expect(fake.requests.every((request) => request.path === `/v2/applications/${TEST_APPLICATION_ID}` && request.authScheme === 'basic')).toBe(true);
		expect(puts()).toHaveLength(1);
		await harness.delete();
		expect(application).toEqual(original);
	});

	it('explains what is missing before sending anything: API key and secret, application ID, a registrable host', async () => {
		serve(storedApplication({}));
		await expect(trigger({}, { apiKey: '', apiSecret: '' }).create()).rejects.toMatchObject({
			message: 'Registering the webhook needs your Vonage API key and secret',
		});
		await expect(trigger({ authentication: 'basic', applicationId: ' ' }).create()).rejects.toMatchObject({ message: 'Application ID is empty' });
		await expect(trigger({}, { host: 'sandbox' }).create()).rejects.toMatchObject({
			message: 'The Messages Sandbox has no application to register on',
		});
		expect(fake.requests).toEqual([]);
	});

	it('refuses an application without the Messages capability', async () => {
		serve(storedApplication(null));
		await expect(trigger().create()).rejects.toMatchObject({ message: 'The Vonage application "Support desk" has no Messages capability' });
		expect(puts()).toEqual([]);
	});

	it("passes Vonage's errors on as API errors with what to check", async () => {
		fake.reset();
		fake.on('getApplication', () => ({ status: 401, body: { type: 'https://developer.nexmo.com/api-errors#unauthorized', title: 'Invalid credentials supplied' } }));
		const unauthorized = trigger().checkExists();
		await expect(unauthorized).rejects.toThrow(NodeApiError);
		await expect(trigger().checkExists()).rejects.toMatchObject({ message: expect.stringMatching(/Invalid credentials supplied.*HTTP 401/) });

		fake.reset();
		fake.on('getApplication', () => ({ status: 404, body: { title: 'Not Found', detail: 'Application does not exist' } }));
		await expect(trigger().create()).rejects.toMatchObject({ description: expect.stringContaining(`no application with ID "${TEST_APPLICATION_ID}"`) });
	});

	it('treats an application deleted meanwhile as nothing to restore', async () => {
		serve(storedApplication());
		const harness = trigger({ takeOverWebhooks: true });
		await harness.activate();
		fake.on('getApplication', () => ({ status: 404, body: { title: 'Not Found' } }));
		await expect(harness.delete()).resolves.toBe(true);
		expect((harness.nodeStaticData as IDataObject).registration).toBeUndefined();
	});
});
