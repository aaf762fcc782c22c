/* eslint-disable @n8n/community-nodes/no-restricted-globals -- developer tooling: `npm start -- --demo` runs a local fake Vonage API next to n8n; never shipped */
// The demo of `npm start -- --demo`: the project's fake Vonage API on 127.0.0.1 (it validates every request against
// Vonage's OpenAPI specs, serves sample accounts and numbers, and reports the delivery of every message it accepts),
// credentials pointed at it, the example workflows imported and their triggers active, and one signed inbound
// WhatsApp message sent so that the auto-reply example runs once by itself.
import { basicCredentials, jwtCredentials, TEST_API_KEY, TEST_API_SECRET } from '../test/helpers/credentials';
import { FakeVonage } from '../test/helpers/fakeVonage';
import { loadExample, useCredential, webhookIdOf } from '../test/e2e/support/examples';
import { FakeApplications } from '../test/e2e/support/fakeApplications';
import { inboundWhatsAppText, postEvent } from '../test/e2e/support/vonageEvents';
import { DeliveryReports, installSampleData, statusUrlFrom } from './lib/demoVonage';
import { log } from './lib/log';
import type { N8nInstance, OwnerAccount, WorkflowJson } from './lib/n8nInstance';

export const DEMO_OWNER: OwnerAccount = { email: 'demo@example.com', firstName: 'Demo', lastName: 'User', password: 'Demo-password-1' };

const JWT_TYPE = 'vonageMessagesJwtApi';
const BASIC_TYPE = 'vonageMessagesBasicApi';
/** The credential the examples name; in the demo it points at the fake server. */
const EXAMPLE_CREDENTIAL = { id: 'vonageJwtExample', name: 'Vonage Messages JWT account' };
/** One Vonage application per trigger: an application has one Inbound URL and one Status URL. */
const TRACKING_CREDENTIAL = { id: 'vonageJwtTracking', name: 'Vonage Messages JWT (order notifications app)' };
/** No example uses it; it is there to try the Basic credential and its Test button. */
const BASIC_CREDENTIAL = { id: 'vonageBasicDemo', name: 'Vonage Messages Basic Auth account' };
const SUPPORT_APP = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';
const TRACKING_APP = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ac';

/** The links of n8n's waiting webhooks in a sent message's text, or in an RCS message's Open URL suggestions. */
function answerLinksIn(body: unknown): string[] {
	return [...JSON.stringify(body ?? {}).matchAll(/https?:\/\/[^\s"\\]+\/webhook-waiting\/[^\s"\\]+/g)].map((match) => match[0]);
}

export class Demo {
	private readonly fake = new FakeVonage();

	private deliveryReports?: DeliveryReports;

	private reporter?: ReturnType<typeof setInterval>;

	private readonly autoReply: WorkflowJson = loadExample('whatsapp-auto-reply.json', 'demoAutoReply001');

	private readonly tracking: WorkflowJson = useCredential(
		loadExample('delivery-status-tracking.json', 'demoTracking0001'),
		JWT_TYPE,
		TRACKING_CREDENTIAL,
	);

	private readonly templateList: WorkflowJson = loadExample('whatsapp-template-to-list.json', 'demoTemplates001');

	private readonly refundApproval: WorkflowJson = loadExample('whatsapp-refund-approval.json', 'demoRefund000001');

	constructor(private readonly n8n: N8nInstance) {}

	/** Before n8n starts: the fake server, credentials pointed at it, and the example workflows. */
	async prepare(): Promise<void> {
		await this.fake.start();
		const applications = new FakeApplications(this.fake).install();
		applications.create(SUPPORT_APP, 'Demo support application');
		applications.create(TRACKING_APP, 'Demo order notifications application');
		installSampleData(this.fake);
		// Every accepted message is followed by its status events, posted to the Status URL that the sending
		// application has at that moment (the tracking example's trigger registers its own when activated).
		this.deliveryReports = new DeliveryReports(
			(applicationId) => statusUrlFrom(applications.get(applicationId)),
			undefined,
			({ status, messageUuid, url, result }) => log(`Fake Vonage posted a signed "${status}" event of ${messageUuid} to ${url}: ${typeof result === 'number' ? `HTTP ${result}` : result}`),
		).install(this.fake);
		log(`Fake Vonage API listening on ${this.fake.baseUrl} (127.0.0.1 only; checks every request against the Vonage specs)`);

		const keys = { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET };
		await this.n8n.importCredentials([
			{ ...EXAMPLE_CREDENTIAL, type: JWT_TYPE, data: { ...jwtCredentials(this.fake.baseUrl, { ...keys, applicationId: SUPPORT_APP }) } },
			{ ...TRACKING_CREDENTIAL, type: JWT_TYPE, data: { ...jwtCredentials(this.fake.baseUrl, { ...keys, applicationId: TRACKING_APP }) } },
			{ ...BASIC_CREDENTIAL, type: BASIC_TYPE, data: { ...basicCredentials(this.fake.baseUrl) } },
		]);
		await this.n8n.importWorkflows([this.autoReply, this.tracking, this.templateList, this.refundApproval]);
		log('Imported 3 demo credentials (2 JWT, 1 Basic; host: Custom Base URL = the fake API) and the 4 example workflows');
	}

	/** After n8n is ready: an owner account, the triggers activated, one inbound message, and a live request log. */
	async run(): Promise<void> {
		await this.n8n.signInAsOwner(DEMO_OWNER);
		await this.n8n.activateWorkflow(this.autoReply.id);
		await this.n8n.activateWorkflow(this.tracking.id);
		await this.n8n.activateWorkflow(this.refundApproval.id);
		log('Activated the example triggers; they registered their URLs on the fake Vonage applications');

		let reported = this.fake.requests.length;
		this.reporter = setInterval(() => {
			for (const request of this.fake.requests.slice(reported)) {
				const problems = request.violations.length ? `  SPEC VIOLATIONS: ${request.violations.join('; ')}` : '  (valid per spec)';
				log(`Fake Vonage received ${request.method} ${request.path} [${request.authScheme}]${problems}`);
				// A Send and Wait message carries the links the recipient would tap: print them so they can be opened here.
				for (const link of answerLinksIn(request.body)) log(`  link in the message: ${link}`);
			}
			reported = this.fake.requests.length;
		}, 500);

		const url = `${this.n8n.baseUrl}/webhook/${webhookIdOf(this.autoReply, 'On WhatsApp Message')}/webhook`;
		const response = await postEvent(url, inboundWhatsAppText({ text: 'Hello! Is my order on its way?' }));
		log(`Sent a signed inbound WhatsApp message to the auto-reply trigger: HTTP ${response.status}`);
		process.stdout.write(
			[
				'',
				`  Demo: sign in as ${DEMO_OWNER.email} / ${DEMO_OWNER.password}`,
				'  - "WhatsApp: reply to every inbound message…" ran once: open it and look at its Executions.',
				'  - "SMS: send order confirmations…" has two triggers, and its big "Execute workflow" button starts',
				'    "On Delivery Status" (it then waits for a webhook). To send, hover the "When clicking Execute" node',
				'    and click its own "Execute workflow" button (or pick that node in the big button\'s menu). The sends',
				'    and their status events appear below; each event starts the workflow\'s "On Delivery Status" branch',
				'    (see its Executions tab).',
				'  - "WhatsApp: send an approved template…": click "Execute workflow".',
				'  - "WhatsApp: approve a refund…": send it a refund request (the curl line below); the manager\'s WhatsApp',
				'    message arrives at the fake Vonage and its Approve/Decline links are printed here; open one in a browser',
				'    and the workflow goes on (see its Executions tab).',
				`    curl -X POST ${this.n8n.baseUrl}/webhook/refund-request -H 'Content-Type: application/json' \\`,
				`      -d '{"orderId":"A-1001","amount":120,"currency":"EUR","reason":"Parcel damaged","managerPhone":"447700900099","customerPhone":"447700900123"}'`,
				'  - Every "From List" (accounts, WhatsApp numbers, RCS brands and agents) shows sample entries.',
				`  Send your own inbound events to ${url}`,
				'',
			].join('\n'),
		);
	}

	async stop(): Promise<void> {
		clearInterval(this.reporter);
		this.deliveryReports?.stop();
		await this.fake.stop();
	}
}
