import { randomUUID } from 'node:crypto';

import type { N8nInstance } from '../../scripts/lib/n8nInstance';
import { jwtCredentials, TEST_API_KEY, TEST_API_SECRET } from '../helpers/credentials';
import { FakeVonage, type RecordedRequest } from '../helpers/fakeVonage';
import { loadExample, useCredential, webhookIdOf } from './support/examples';
import { FakeApplications } from './support/fakeApplications';
import { createN8n, disposeN8n, vonageCredentials } from './support/harness';
import { inboundWhatsAppText, messageStatus, postEvent } from './support/vonageEvents';
import { sleep, waitFor } from './support/wait';

/** Each trigger example gets a credential of its own application: one application has one Inbound and one Status URL. */
const AUTO_REPLY_APP = '1a2b3c4d-0001-4e5f-8a9b-0c1d2e3f4a01';
const TRACKING_APP = '1a2b3c4d-0002-4e5f-8a9b-0c1d2e3f4a02';
const AUTO_REPLY_CREDENTIAL = { id: 'e2eJwtAutoReply1', name: 'Vonage JWT (auto-reply application)' };
const TRACKING_CREDENTIAL = { id: 'e2eJwtTracking01', name: 'Vonage JWT (tracking application)' };
const JWT_TYPE = 'vonageMessagesJwtApi';

const autoReply = loadExample('whatsapp-auto-reply.json', 'e2eExampleReply1');
const tracking = loadExample('delivery-status-tracking.json', 'e2eExampleTrack1');
const templateList = loadExample('whatsapp-template-to-list.json', 'e2eExampleTempl1');

function sends(fake: FakeVonage): RecordedRequest[] {
	return fake.requests.filter((request) => request.operationId === 'SendMessage');
}

describe('Example workflows (examples/*.json) imported into a real n8n and run', () => {
	let fake: FakeVonage;
	let applications: FakeApplications;
	let n8n: N8nInstance;

	beforeAll(async () => {
		fake = await new FakeVonage().start();
		applications = new FakeApplications(fake).install();
		applications.create(AUTO_REPLY_APP, 'Acme WhatsApp support');
		applications.create(TRACKING_APP, 'Acme order notifications');
		fake.on('SendMessage', () => ({ status: 202, body: { message_uuid: randomUUID() } }));
		n8n = await createN8n('examples');
		const withKeys = { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET };
		await n8n.importCredentials([
			...vonageCredentials(fake.baseUrl),
			{ ...AUTO_REPLY_CREDENTIAL, type: JWT_TYPE, data: { ...jwtCredentials(fake.baseUrl, { ...withKeys, applicationId: AUTO_REPLY_APP }) } },
			{ ...TRACKING_CREDENTIAL, type: JWT_TYPE, data: { ...jwtCredentials(fake.baseUrl, { ...withKeys, applicationId: TRACKING_APP }) } },
			// The credential the examples name, as a user's own would be.
			{ id: 'vonageJwtExample', name: 'Vonage Messages JWT account', type: JWT_TYPE, data: { ...jwtCredentials(fake.baseUrl) } },
		]);
		await n8n.importWorkflows([
			useCredential(autoReply, JWT_TYPE, AUTO_REPLY_CREDENTIAL),
			useCredential(tracking, JWT_TYPE, TRACKING_CREDENTIAL),
			templateList,
		]);
		await n8n.start();
		await n8n.activateWorkflow(autoReply.id);
		await n8n.activateWorkflow(tracking.id);
	});

	afterAll(async () => {
		await disposeN8n(n8n);
		await fake?.stop();
	});

	beforeEach(() => fake.requests.splice(0));

	it('auto-reply: an inbound WhatsApp message is answered in the same chat, quoting it', async () => {
		const url = `${n8n.baseUrl}/webhook/${webhookIdOf(autoReply, 'On WhatsApp Message')}/webhook`;
		const registered = applications.get(AUTO_REPLY_APP) as { capabilities: { messages: { webhooks: { inbound_url: { address: string } } } } };
		expect(registered.capabilities.messages.webhooks.inbound_url.address).toBe(url);
		const inbound = inboundWhatsAppText({ text: 'Do you open on Sundays?' });

		expect((await postEvent(url, inbound)).status).toBe(200);

		const [reply] = await waitFor('the reply', async () => (sends(fake).length ? sends(fake) : undefined));
		expect(reply.authScheme).toBe('bearer');
		expect(reply.violations).toEqual([]);
		expect(reply.body).toMatchObject({
			channel: 'whatsapp',
			message_type: 'text',
			from: '447700900001',
			to: '447700900000',
			context: { message_uuid: inbound.message_uuid },
		});
		expect((reply.body as { text: string }).text).toContain('Hi Ada Lovelace');
		expect((reply.body as { text: string }).text).toContain('Do you open on Sundays?');
		const [execution] = await waitFor('the execution', async () => {
			const executions = await n8n.executions(autoReply.id);
			return executions.length ? executions : undefined;
		});
		expect(execution.error).toBeUndefined();
		expect(execution.json('Reply on WhatsApp')).toEqual([expect.objectContaining({ message_uuid: expect.any(String) })]);
	});

	it('auto-reply: messages on other channels are acknowledged and start nothing (channel filter)', async () => {
		const url = `${n8n.baseUrl}/webhook/${webhookIdOf(autoReply, 'On WhatsApp Message')}/webhook`;
		const before = await n8n.executionCount(autoReply.id);
		const sms = { ...inboundWhatsAppText({ text: 'STOP' }), channel: 'sms', profile: undefined };

		expect((await postEvent(url, sms)).status).toBe(200);
		await sleep(1500);

		expect(await n8n.executionCount(autoReply.id)).toBe(before);
		expect(sends(fake)).toEqual([]);
	});

	it('delivery tracking: each status event names the order its message was sent for', async () => {
		const sent = await n8n.executeWorkflow(tracking.id);
		expect(sent.error).toBeUndefined();
		const requests = sends(fake);
		expect(requests.map((request) => (request.body as { client_ref: string }).client_ref)).toEqual(['A-1001', 'A-1002', 'A-1003']);
		expect(fake.violations).toEqual([]);
		const outputs = sent.json('Send Confirmation');
		expect(outputs).toHaveLength(3);

		const url = `${n8n.baseUrl}/webhook/${webhookIdOf(tracking, 'On Delivery Status')}/webhook`;
		const statuses = ['delivered', 'read', 'rejected'];
		for (const [index, output] of outputs.entries()) {
			const event = messageStatus(String(output.message_uuid), statuses[index], {
				client_ref: `A-100${index + 1}`,
				...(statuses[index] === 'rejected' ? { error: { type: 'https://developer.vonage.com/api-errors/messages#1320', title: 1320, detail: 'Message failed because the number is invalid' } } : {}),
			});
			expect((await postEvent(url, event)).status).toBe(200);
		}

		const tracked = await waitFor('three status executions', async () => {
			const executions = (await n8n.executions(tracking.id)).filter((execution) => execution.nodes['Order Delivery Status']);
			return executions.length >= 3 ? executions : undefined;
		});
		const rows = tracked.map((execution) => execution.json('Order Delivery Status')[0]);
		expect(rows.map((row) => [row.orderId, row.status, row.reachedCustomer])).toEqual([
			['A-1001', 'delivered', true],
			['A-1002', 'read', true],
			['A-1003', 'rejected', false],
		]);
		expect(rows.map((row) => row.messageUuid)).toEqual(outputs.map((output) => output.message_uuid));
	});

	it('template to a list: one WhatsApp template message per customer, with their own parameters', async () => {
		const result = await n8n.executeWorkflow(templateList.id);

		expect(result.error).toBeUndefined();
		// Sends of one run may reach the fake in any order (several are in flight at once): compare them by recipient.
		const requests = sends(fake).sort((a, b) => String((a.body as { to?: string }).to).localeCompare(String((b.body as { to?: string }).to)));
		expect(requests.map((request) => [request.authScheme, request.body])).toEqual(
			[
				['447700900200', 'Ada', 'A-2001'],
				['447700900201', 'Grace', 'A-2002'],
				['447700900202', 'Alan', 'A-2003'],
				['447700900203', 'Katherine', 'A-2004'],
			].map(([to, name, orderId]) => [
				'bearer',
				expect.objectContaining({
					channel: 'whatsapp',
					message_type: 'template',
					to,
					from: '447700900001',
					template: { name: 'order_shipped', parameters: [name, orderId] },
					whatsapp: expect.objectContaining({ locale: 'en_GB' }),
				}),
			]),
		);
		expect(fake.violations).toEqual([]);
		expect(result.json('Send Template')).toHaveLength(4);
	});
});
