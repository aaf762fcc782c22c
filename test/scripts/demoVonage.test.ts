/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test: a local HTTP server on 127.0.0.1 stands in for the trigger's webhook; never shipped */
// The fake Vonage API of `npm start -- --demo`: every "From List" shows entries, and every accepted message is
// followed by signed status events posted to the sending application's Status URL.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { INodeParameters, INodeType } from 'n8n-workflow';

import { VonageChannelManager } from '../../nodes/VonageChannelManager/VonageChannelManager.node';
import { VonageExternalAccounts } from '../../nodes/VonageExternalAccounts/VonageExternalAccounts.node';
import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { verifySignedWebhook } from '../../nodes/VonageMessagesTrigger/signature';
import { DeliveryReports, installSampleData } from '../../scripts/lib/demoVonage';
import { jwtCredentials, TEST_API_KEY, TEST_API_SECRET, TEST_SIGNATURE_SECRET } from '../helpers/credentials';
import { runListSearch, runNode } from '../helpers/runNode';
import { useFakeVonage } from '../helpers/useFakeVonage';
import { waitFor } from '../e2e/support/wait';

const SENDING_APP = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ac';

describe('the demo fake Vonage API: sample data behind every From List', () => {
	const fake = useFakeVonage(installSampleData);
	const credentials = () => ({ vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }) });

	async function names(nodeType: INodeType, method: string, parameters: INodeParameters): Promise<string[]> {
		const { results } = await runListSearch({ nodeType, method, parameters: { authentication: 'jwt', ...parameters }, credentials: credentials() });
		return results.map((result) => result.name);
	}

	it('External Accounts lists accounts of every provider', async () => {
		const accounts = new VonageExternalAccounts();
		for (const provider of ['messenger', 'rcs', 'viber_service_msg', 'whatsapp']) {
			expect(await names(accounts, 'searchAccounts', { resource: 'account', operation: 'get', provider })).not.toEqual([]);
		}
		expect(await names(accounts, 'searchMessengerAccounts', { resource: 'account', operation: 'updateMessengerAccount' })).toContain(
			'Acme Shop (Facebook Page) (104321098765432)',
		);
	});

	it('Channel Manager lists WABAs, numbers, RCS brands, agents, sender IDs, carriers and test devices', async () => {
		const channelManager = new VonageChannelManager();
		const search = (method: string, parameters: INodeParameters) => names(channelManager, method, parameters);
		expect(await search('searchWhatsappBusinessAccounts', { resource: 'whatsappBusinessAccount', operation: 'get' })).toEqual([
			'Acme Ltd (102290129340398)',
			'Acme Returns (102290129340399)',
		]);
		expect(await search('searchWhatsappNumbers', { resource: 'whatsappProfile', operation: 'get' })).toHaveLength(2);
		expect(await search('searchRcsBrands', { resource: 'rcsBrand', operation: 'update' })).toEqual(['Acme']);
		expect(await search('searchRcsAgents', { resource: 'rcsAgent', operation: 'get' })).toHaveLength(2);
		expect(await search('searchRcsAgentSenderIds', { resource: 'rcsOptOut', operation: 'get' })).toContain('Acme Orders (acmeorders)');
		expect(await search('searchRcsCarriers', { resource: 'rcsCarrier', operation: 'addToAgent' })).toHaveLength(3);
		const agentId = { __rl: true, mode: 'id', value: '0198095f-0000-4000-8000-000000000001' };
		expect(await search('searchRcsTestDevices', { resource: 'rcsTestDevice', operation: 'remove', agentId })).toEqual(['+447700900000 (ACCEPTED)']);
		expect(fake.violations).toEqual([]);
	});
});

describe('the demo fake Vonage API: delivery status events', () => {
	const received: Array<{ authorization?: string; rawBody: string }> = [];
	let webhook: Server;
	let webhookUrl: string;
	let reports: DeliveryReports;
	const fake = useFakeVonage((server) => {
		reports = new DeliveryReports((applicationId) => (applicationId === SENDING_APP ? webhookUrl : undefined), { submitted: 10, delivered: 20, read: 30 }).install(server);
	});

	beforeAll(async () => {
		webhook = createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				received.push({ authorization: request.headers.authorization, rawBody: Buffer.concat(chunks).toString('utf8') });
				response.writeHead(200).end();
			});
		});
		await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
		webhookUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/webhook/status`;
	});

	afterEach(() => {
		reports.stop();
		received.length = 0;
	});

	afterAll(async () => await new Promise((resolve) => webhook.close(resolve)));

	async function send(parameters: INodeParameters, applicationId = SENDING_APP): Promise<string> {
		const result = await runNode({
			nodeType: new VonageMessages(),
			parameters: { authentication: 'jwt', resource: 'message', operation: 'send', ...parameters },
			credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { applicationId }) },
		});
		return String(result.items[0].json.message_uuid);
	}

	function events(): Array<Record<string, unknown>> {
		return received.map((request) => JSON.parse(request.rawBody) as Record<string, unknown>);
	}

	it('an SMS gets signed "submitted" and "delivered" events with its client reference, at the Status URL of its application', async () => {
		const messageUuid = await send({ channel: 'sms', from: 'Acme', to: '447700900100', messageType: 'text', text: 'Order A-1001 confirmed', additionalFields: { clientRef: 'A-1001' } });

		await waitFor('two status events', async () => (received.length >= 2 ? true : undefined));
		expect(events().map((event) => event.status)).toEqual(['submitted', 'delivered']);
		for (const [index, request] of received.entries()) {
			const check = verifySignedWebhook({ authorization: request.authorization, rawBody: Buffer.from(request.rawBody), secret: TEST_SIGNATURE_SECRET, toleranceSeconds: 300, nowSeconds: Date.now() / 1000 });
			expect(check.valid).toBe(true);
			expect(events()[index]).toMatchObject({ message_uuid: messageUuid, client_ref: 'A-1001', channel: 'sms', to: '447700900100', from: 'Acme' });
		}
		expect(reports.posted.every((posted) => posted.result === 200)).toBe(true);
	});

	it('a WhatsApp message is also "read"', async () => {
		await send({ channel: 'whatsapp', from: '447700900001', to: '447700900100', messageType: 'text', text: 'Hi' });

		await waitFor('three status events', async () => (received.length >= 3 ? true : undefined));
		expect(events().map((event) => event.status)).toEqual(['submitted', 'delivered', 'read']);
	});

	it('an application without a Status URL gets no events', async () => {
		await send({ channel: 'sms', from: 'Acme', to: '447700900100', messageType: 'text', text: 'Hi' }, 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ff');
		// The sending application's events would have been posted after 10-30 ms; the next send proves the timers ran.
		await send({ channel: 'sms', from: 'Acme', to: '447700900100', messageType: 'text', text: 'Hi' });
		await waitFor('the second message to be delivered', async () => (events().filter((event) => event.status === 'delivered').length ? true : undefined));
		expect(reports.posted.every((posted) => posted.url === webhookUrl)).toBe(true);
		expect(fake.violations).toEqual([]);
	});
});
