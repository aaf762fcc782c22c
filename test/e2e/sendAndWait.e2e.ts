/**
 * Message > Send and Wait for Response in a real n8n: a Webhook trigger starts the workflow, the node sends the
 * message to the fake Vonage and the execution waits; the test follows the link in the message as a phone does
 * (opens the page, then sends its form) and checks the execution went on with the answer, once. n8n itself
 * checks the links' signatures: forged links are refused. The refund example of examples/ runs here too.
 */
import type { N8nInstance, WorkflowJson } from '../../scripts/lib/n8nInstance';
import { FakeVonage, type RecordedRequest } from '../helpers/fakeVonage';
import { loadExample } from './support/examples';
import { createN8n, disposeN8n, NODE_TYPES, vonageCredentials } from './support/harness';
import { sleep, waitFor } from './support/wait';
import { triggeredWorkflow, type NodeSpec } from './support/workflows';

interface Page {
	status: number;
	html: string;
}

const AFTER = 'After Answer';
const ASK = 'Ask';

let workflowCount = 0;

/** One workflow per case: Webhook trigger (POST /webhook/<path>) -> Send and Wait for Response -> Set. */
function askWorkflow(id: string, path: string, parameters: Record<string, unknown>): WorkflowJson {
	const nodes: NodeSpec[] = [
		{
			name: 'Request',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			webhookId: `5a1e7c2d-0000-4000-8000-${String(++workflowCount).padStart(12, '0')}`,
			parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
		},
		{
			name: ASK,
			type: NODE_TYPES.messages,
			credential: 'jwt',
			parameters: { authentication: 'jwt', resource: 'message', operation: 'sendAndWait', ...parameters },
		},
		{
			name: AFTER,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			after: [ASK],
			parameters: {
				mode: 'manual',
				includeOtherFields: true,
				assignments: { assignments: [{ id: 'a1', name: 'answered', value: '={{ $json.data !== undefined }}', type: 'boolean' }] },
				options: {},
			},
		},
	];
	return triggeredWorkflow(id, `Send and Wait: ${path}`, nodes);
}

const WORKFLOWS = {
	whatsappApproval: askWorkflow('e2eSnwApproval1', 'snw-approval', {
		channel: 'whatsapp',
		from: '447700900001',
		to: '={{ $json.body.to }}',
		message: '=Refund {{ $json.body.orderId }}?',
		responseType: 'approval',
		approvalOptions: { values: { approvalType: 'double', approveLabel: 'Yes', disapproveLabel: 'No' } },
	}),
	smsFreeText: askWorkflow('e2eSnwFreeText1', 'snw-free-text', {
		channel: 'sms',
		from: '447700900001',
		to: '={{ $json.body.to }}',
		message: 'Why was the parcel late?',
		responseType: 'freeText',
	}),
	rcsCustomForm: askWorkflow('e2eSnwCustomFm1', 'snw-custom-form', {
		channel: 'rcs',
		from: 'myrcsagent',
		to: '={{ $json.body.to }}',
		message: 'Refund details?',
		responseType: 'customForm',
		defineForm: 'fields',
		formFields: {
			values: [
				{ fieldLabel: 'Amount', fieldType: 'number', requiredField: true },
				{ fieldLabel: 'Reason', fieldType: 'dropdown', fieldOptions: { values: [{ option: 'Damaged' }, { option: 'Late' }] }, requiredField: true },
				{ fieldLabel: 'Notify by', fieldType: 'checkbox', fieldOptions: { values: [{ option: 'Email' }, { option: 'SMS' }] } },
			],
		},
	}),
	viberApproval: askWorkflow('e2eSnwViber0001', 'snw-viber', {
		channel: 'viber_service',
		from: '16273',
		to: '={{ $json.body.to }}',
		message: 'Confirm the appointment on Monday at 10:00?',
		responseType: 'approval',
		approvalOptions: { values: { approveLabel: 'Confirm' } },
	}),
	timeLimited: askWorkflow('e2eSnwTimeout01', 'snw-timeout', {
		channel: 'whatsapp',
		from: '447700900001',
		to: '={{ $json.body.to }}',
		message: 'Answer within seconds',
		// 0.05 minutes: 3 seconds. n8n's wait tracker looks for due executions once a minute.
		options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 0.05, resumeUnit: 'minutes' } } },
	}),
};

const refundExample = loadExample('whatsapp-refund-approval.json', 'e2eExampleRefund');

describe('Send and Wait for Response in a real n8n', () => {
	let fake: FakeVonage;
	let n8n: N8nInstance;

	beforeAll(async () => {
		fake = await new FakeVonage().start();
		let sent = 0;
		fake.on('SendMessage', () => ({ status: 202, body: { message_uuid: `aaaaaaaa-bbbb-4ccc-8ddd-${String(++sent).padStart(12, '0')}` } }));
		n8n = await createN8n('send-and-wait');
		await n8n.importCredentials([
			...vonageCredentials(fake.baseUrl),
			// The credential the examples name, as a user's own would be.
			{ id: 'vonageJwtExample', name: 'Vonage Messages JWT account', type: 'vonageMessagesJwtApi', data: vonageCredentials(fake.baseUrl)[0].data },
		]);
		await n8n.importWorkflows([...Object.values(WORKFLOWS), refundExample]);
		await n8n.start();
		for (const workflow of [...Object.values(WORKFLOWS), refundExample]) await n8n.activateWorkflow(workflow.id);
	});

	afterAll(async () => {
		await disposeN8n(n8n);
		await fake?.stop();
	});

	async function startWorkflow(path: string, body: Record<string, unknown>): Promise<void> {
		const response = await fetch(`${n8n.baseUrl}/webhook/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
		expect(response.status).toBe(200);
	}

	/** The message the fake Vonage received for `to`, once it arrived. */
	async function messageTo(to: string): Promise<RecordedRequest> {
		return await waitFor(`the message to ${to}`, async () =>
			fake.requests.find((request) => request.operationId === 'SendMessage' && (request.body as { to?: string }).to === to),
		);
	}

	/**
	 * The message to `to`, once n8n has also stored its execution as waiting. A person taps a link seconds after the
	 * message arrives, by which time n8n has done that; the fake receives the message before, and n8n 1.x answers a
	 * link opened in between with an error page.
	 */
	async function waitingMessageTo(workflowId: string, to: string): Promise<RecordedRequest> {
		const message = await messageTo(to);
		await waitForExecutions(workflowId, 'waiting', 1);
		return message;
	}

	/** The links of the message, where the phone shows them: in the text, on RCS chips, on the Viber button. */
	function linksOf(request: RecordedRequest): string[] {
		const body = request.body as { text?: string; suggestions?: Array<{ url: string }>; viber_service?: { action?: { url: string } } };
		return [
			...(body.suggestions ?? []).map((suggestion) => suggestion.url),
			...(body.viber_service?.action ? [body.viber_service.action.url] : []),
			...(body.text?.match(/https?:\/\/\S+/g) ?? []),
		];
	}

	async function open(url: string): Promise<Page> {
		const response = await fetch(url, { headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148' } });
		return { status: response.status, html: await response.text() };
	}

	/** Sends the page's form as a browser does (multipart/form-data, to the page's own address). */
	async function submit(url: string, fields: Array<[string, string]>): Promise<Page> {
		const form = new FormData();
		for (const [name, value] of fields) form.append(name, value);
		const response = await fetch(url, { method: 'POST', body: form });
		return { status: response.status, html: await response.text() };
	}

	async function executionsOf(workflowId: string, status: string) {
		return (await n8n.executions(workflowId)).filter((execution) => execution.status === status);
	}

	async function waitForExecutions(workflowId: string, status: string, count: number, timeoutMs?: number) {
		return await waitFor(`${count} ${status} execution(s) of ${workflowId}`, async () => {
			const executions = await executionsOf(workflowId, status);
			return executions.length >= count ? executions : undefined;
		}, timeoutMs);
	}

	it('WhatsApp approval: the approve link opens a page, its button resumes the execution with data.approved true; a second click starts nothing', async () => {
		await startWorkflow('snw-approval', { to: '447700900301', orderId: 'A-1' });
		const message = await messageTo('447700900301');
		expect(message.violations).toEqual([]);
		const [approve, decline] = linksOf(message);
		expect((message.body as { text: string }).text).toBe(`Refund A-1?\n\n*Yes*\n${approve}\n\n*No*\n${decline}`);
		await waitForExecutions(WORKFLOWS.whatsappApproval.id, 'waiting', 1);

		const page = await open(approve);
		expect(page.status).toBe(200);
		expect(page.html).toContain('<button type="submit">Yes</button>');
		// Opening the link (or a preview of it) records nothing.
		await sleep(1000);
		expect(await executionsOf(WORKFLOWS.whatsappApproval.id, 'success')).toEqual([]);

		const recorded = await submit(approve, [['approved', 'true']]);
		expect(recorded.status).toBe(200);
		expect(recorded.html).toContain('Your answer was recorded');
		const [execution] = await waitForExecutions(WORKFLOWS.whatsappApproval.id, 'success', 1);
		expect(execution.json(AFTER)).toEqual([{ data: { approved: true, respondedAt: expect.any(String) }, answered: true }]);

		const again = await submit(approve, [['approved', 'true']]);
		expect(again.html).toContain('No action required');
		const reopened = await open(decline);
		expect(reopened.html).toContain('No action required');
		await sleep(1500);
		const executions = await n8n.executions(WORKFLOWS.whatsappApproval.id);
		expect(executions.map((run) => run.status)).toEqual(['success']);
		expect(executions[0].json(AFTER)).toEqual(execution.json(AFTER));
	});

	it('WhatsApp approval: forged, altered and unknown links are refused and the execution keeps waiting; the decline link then resumes with data.approved false', async () => {
		const before = (await n8n.executions(WORKFLOWS.whatsappApproval.id)).length;
		await startWorkflow('snw-approval', { to: '447700900302', orderId: 'A-2' });
		const [approve, decline] = linksOf(await messageTo('447700900302'));
		await waitForExecutions(WORKFLOWS.whatsappApproval.id, 'waiting', 1);

		const signature = new URL(approve).searchParams.get('signature') ?? '';
		const forged = approve.replace(`signature=${signature}`, `signature=${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`);
		const turned = decline.replace('approved=false', 'approved=true');
		const unknown = approve.replace(/\/webhook-waiting\/\d+\//, '/webhook-waiting/999999/');
		for (const link of [forged, turned, unknown, approve.replace(/[?&]signature=[^&]+/, '')]) {
			const refusal = await submit(link, [['approved', 'true']]);
			expect([401, 404]).toContain(refusal.status);
		}
		await sleep(1000);
		expect(await executionsOf(WORKFLOWS.whatsappApproval.id, 'waiting')).toHaveLength(1);

		expect((await open(decline)).html).toContain('class="decline">No</button>');
		expect((await submit(decline, [['approved', 'false']])).status).toBe(200);
		const executions = await waitForExecutions(WORKFLOWS.whatsappApproval.id, 'success', 2);
		expect(executions).toHaveLength(before + 1);
		expect(executions[executions.length - 1].json(AFTER)).toEqual([{ data: { approved: false, respondedAt: expect.any(String) }, answered: true }]);
	});

	it('SMS free text: the link opens a form; the answer is data.text', async () => {
		await startWorkflow('snw-free-text', { to: '447700900303' });
		const message = await waitingMessageTo(WORKFLOWS.smsFreeText.id, '447700900303');
		expect(message.violations).toEqual([]);
		const [link] = linksOf(message);
		expect((message.body as { text: string }).text).toBe(`Why was the parcel late?\n\nRespond:\n${link}`);

		const form = await open(link);
		expect(form.html).toContain('<textarea id="f0" name="field-0" rows="4" required></textarea>');
		expect((await submit(link, [['field-0', 'The van broke down.']])).html).toContain('Your answer was recorded');

		const [execution] = await waitForExecutions(WORKFLOWS.smsFreeText.id, 'success', 1);
		expect(execution.json(AFTER)).toEqual([{ data: { text: 'The van broke down.', respondedAt: expect.any(String) }, answered: true }]);
	});

	it('RCS custom form: the form link is a suggestion on the message; the posted form is data, answers under their labels', async () => {
		await startWorkflow('snw-custom-form', { to: '447700900304' });
		const message = await waitingMessageTo(WORKFLOWS.rcsCustomForm.id, '447700900304');
		expect(message.violations).toEqual([]);
		expect(message.body).toMatchObject({ channel: 'rcs', text: 'Refund details?', suggestions: [{ type: 'open_url', text: 'Respond', postback_data: 'respond' }] });
		const [link] = linksOf(message);

		const form = await open(link);
		expect(form.html).toContain('name="field-1" required><option value="" disabled selected>');
		// A browser would not send this; a hand-made request is refused and nothing is recorded.
		expect((await submit(link, [['field-0', '12'], ['field-1', 'Stolen']])).status).toBe(422);
		const recorded = await submit(link, [
			['field-0', '42.5'],
			['field-1', 'Late'],
			['field-2', 'Email'],
			['field-2', 'SMS'],
		]);
		expect(recorded.status).toBe(200);

		const [execution] = await waitForExecutions(WORKFLOWS.rcsCustomForm.id, 'success', 1);
		expect(execution.json(AFTER)).toEqual([{ data: { Amount: 42.5, Reason: 'Late', 'Notify by': ['Email', 'SMS'], respondedAt: expect.any(String) }, answered: true }]);
	});

	it('Viber approval: the action button carries the link', async () => {
		await startWorkflow('snw-viber', { to: '447700900305' });
		const message = await waitingMessageTo(WORKFLOWS.viberApproval.id, '447700900305');
		expect(message.violations).toEqual([]);
		expect(message.body).toMatchObject({ text: 'Confirm the appointment on Monday at 10:00?', viber_service: { category: 'transaction', action: { text: 'Confirm' } } });
		const [button] = linksOf(message);

		expect((await submit(button, [['approved', 'true']])).status).toBe(200);
		const [execution] = await waitForExecutions(WORKFLOWS.viberApproval.id, 'success', 1);
		expect(execution.json(AFTER)[0].data).toEqual({ approved: true, respondedAt: expect.any(String) });
	});

	it('Limit Wait Time: without an answer the execution goes on when the limit passes, with the input items (no data)', async () => {
		await startWorkflow('snw-timeout', { to: '447700900306' });
		await messageTo('447700900306');

		// n8n's wait tracker checks for due executions once a minute.
		const [execution] = await waitForExecutions(WORKFLOWS.timeLimited.id, 'success', 1, 150_000);
		const [output] = execution.json(AFTER);
		expect(output.data).toBeUndefined();
		expect(output.answered).toBe(false);
		expect(output.body).toEqual({ to: '447700900306' });
	}, 180_000);

	it('example whatsapp-refund-approval.json: the manager approves on WhatsApp, the customer is told', async () => {
		const request = { orderId: 'A-1001', amount: 120, currency: 'EUR', reason: 'Parcel damaged', managerPhone: '447700900399', customerPhone: '447700900398' };
		await startWorkflow('refund-request', request);
		const ask = await waitingMessageTo(refundExample.id, '447700900399');
		expect(ask.violations).toEqual([]);
		expect((ask.body as { text: string }).text).toMatch(/^Refund request for order A-1001: 120 EUR\.\nReason: Parcel damaged\nApprove the refund\?\n\n\*Approve refund\*\n/);
		const [approve] = linksOf(ask);

		expect((await open(approve)).html).toContain('<button type="submit">Approve refund</button>');
		expect((await submit(approve, [['approved', 'true']])).status).toBe(200);

		const told = await messageTo('447700900398');
		expect(told.violations).toEqual([]);
		expect(told.body).toMatchObject({
			channel: 'whatsapp',
			from: '447700900001',
			text: 'Good news: your refund of 120 EUR for order A-1001 is approved.',
			client_ref: 'A-1001',
		});
		const [execution] = await waitForExecutions(refundExample.id, 'success', 1);
		expect(execution.json('Ask Manager on WhatsApp')).toEqual([{ data: { approved: true, respondedAt: expect.any(String) } }]);
		expect(execution.nodes['Tell Customer: Not Approved']).toBeUndefined();
	});
});
