/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets -- e2e test: drives n8n's editor in Chromium against a local fake Vonage with throwaway test secrets; never shipped */
// The package as a user meets it: n8n 2.41's editor in a headless Chromium, with the packed package installed as a
// community package and both credentials pointed at the fake Vonage on 127.0.0.1. Screenshots of every step go to
// test-results/browser/ (CI keeps them), and with VONAGE_E2E_SCREENSHOTS=docs/images the README's pictures too.
import type { INodeTypeDescription } from 'n8n-workflow';
import type { Locator, Page } from 'playwright-core';

import { type LaunchedBrowser, launchChromium } from '../../scripts/lib/browser';
import type { N8nInstance, OwnerAccount } from '../../scripts/lib/n8nInstance';
import { DEMO_EXTERNAL_ACCOUNTS, installSampleData } from '../../scripts/lib/demoVonage';
import { TEST_API_KEY, TEST_API_SECRET, TEST_APPLICATION_ID } from '../helpers/credentials';
import { FakeVonage, type RecordedRequest } from '../helpers/fakeVonage';
import { createN8n, CREDENTIALS, disposeN8n, NODE_TYPES, vonageCredentials } from '../e2e/support/harness';
import { manualWorkflow } from '../e2e/support/workflows';
import {
	addNodeFromPanel,
	collectConsoleErrors,
	errorToasts,
	iconImages,
	issueMarkers,
	newWorkflowWithManualTrigger,
	pickOption,
	screenshot,
	searchNodesPanel,
	selectedCredential,
	shownInputs,
	signIn,
	waitUntil,
} from './support/editor';
import { type FormState, formStates, stateName } from './support/forms';

const OWNER: OwnerAccount = { email: 'browser-owner@example.com', firstName: 'Browser', lastName: 'Owner', password: 'Browser-e2e-password-1' };
const SEND_WORKFLOW = 'e2eBrowserSend01';
const SEND_NODE = 'Send SMS';
const PACKAGE_ICON_PATH = '/icons/n8n-nodes-vonage-messages/';

const UNAUTHORIZED = {
	status: 401,
	body: { type: 'https://developer.vonage.com/api-errors#unauthorized', title: 'Unauthorized', detail: 'You did not provide correct credentials.' },
};

/** The fake accepts only the test key pair and JWTs of the test application, as Vonage would. */
function authorized(request: RecordedRequest): boolean {
	const header = request.headers.authorization ?? '';
	if (header.startsWith('Basic ')) return Buffer.from(header.slice('Basic '.length), 'base64').toString('utf8') === `${TEST_API_KEY}:${TEST_API_SECRET}`;
	if (!header.startsWith('Bearer ')) return false;
	try {
		const claims = JSON.parse(Buffer.from(header.slice('Bearer '.length).split('.')[1] ?? '', 'base64url').toString('utf8')) as { application_id?: string };
		return claims.application_id === TEST_APPLICATION_ID;
	} catch {
		return false;
	}
}

/**
 * Forms that would show a field marked invalid as soon as they open (form name -> count of markers). Empty: RCS
 * Carrier > Add to Agent used to start with an empty, required carrier row; it now starts with none.
 * A new entry needs a reason; any form not listed fails the suite.
 */
const KNOWN_INVALID_BY_DEFAULT: Record<string, number> = {};

interface NodeUnderTest {
	entry: string;
	action: string;
	/** The node's description from the source: what the built package in n8n must show. */
	description: () => Promise<INodeTypeDescription>;
	/** The state whose screenshot the README shows, and its file name there. */
	readme?: { state: string; file: string };
}

const NODES: NodeUnderTest[] = [
	{
		entry: 'Vonage Messages',
		action: 'Send a message',
		description: async () => new (await import('../../nodes/VonageMessages/VonageMessages.node')).VonageMessages().description,
		readme: { state: 'message/send/whatsapp/template', file: 'send-whatsapp-template.png' },
	},
	{ entry: 'Vonage External Accounts', action: 'Get many accounts', description: async () => new (await import('../../nodes/VonageExternalAccounts/VonageExternalAccounts.node')).VonageExternalAccounts().description },
	{ entry: 'Vonage Channel Manager', action: 'Get many business accounts', description: async () => new (await import('../../nodes/VonageChannelManager/VonageChannelManager.node')).VonageChannelManager().description },
	{
		entry: 'Vonage Messages',
		action: 'On inbound message',
		description: async () => new (await import('../../nodes/VonageMessagesTrigger/VonageMessagesTrigger.node')).VonageMessagesTrigger().description,
		readme: { state: '', file: 'trigger.png' },
	},
	{ entry: 'Vonage Messages', action: 'On message status', description: async () => new (await import('../../nodes/VonageMessagesTrigger/VonageMessagesTrigger.node')).VonageMessagesTrigger().description },
];

describe('the editor in a real browser (Chromium)', () => {
	let fake: FakeVonage;
	let n8n: N8nInstance;
	let browser: LaunchedBrowser;
	let page: Page;
	let consoleErrors: string[];

	beforeAll(async () => {
		fake = await new FakeVonage().start();
		installSampleData(fake);
		// The credential tests: External Accounts for a JWT, the application list for Basic auth.
		fake.on('GetAllAccounts', (request) => {
			if (!authorized(request)) return UNAUTHORIZED;
			const provider = request.query.get('provider');
			const accounts = DEMO_EXTERNAL_ACCOUNTS.filter((account) => !provider || account.provider === provider);
			return { status: 200, body: { page_number: 1, page_size: Number(request.query.get('page_size') ?? '20'), _embedded: accounts } };
		});
		fake.on('listApplication', (request) =>
			authorized(request) ? { status: 200, body: { page_size: 1, page: 1, total_items: 0, total_pages: 0, _embedded: { applications: [] } } } : UNAUTHORIZED,
		);

		n8n = await createN8n('browser');
		await n8n.importCredentials(vonageCredentials(fake.baseUrl));
		await n8n.importWorkflows([
			manualWorkflow(SEND_WORKFLOW, 'Send an SMS (browser e2e)', [
				{
					name: SEND_NODE,
					type: NODE_TYPES.messages,
					credential: 'jwt',
					parameters: {
						authentication: 'jwt',
						resource: 'message',
						operation: 'send',
						channel: 'sms',
						from: '447700900001',
						to: '447700900000',
						messageType: 'text',
						text: 'Hello from the browser suite',
					},
				},
			]),
		]);
		await n8n.start();
		await n8n.signInAsOwner(OWNER);

		browser = await launchChromium();
		page = await browser.context.newPage();
		// Leaving an unsaved workflow asks "leave the page?": the suite always leaves.
		page.on('dialog', (dialog) => void dialog.accept());
		consoleErrors = collectConsoleErrors(page, n8n.baseUrl);
		await signIn(page, n8n.baseUrl, OWNER.email, OWNER.password);
	});

	afterAll(async () => {
		await browser?.close();
		await disposeN8n(n8n);
		await fake?.stop();
	});

	afterEach(async () => {
		// Every test ends with no error toast and no console error beyond the known noise (see collectConsoleErrors).
		const toasts = await errorToasts(page).allInnerTexts();
		const errors = consoleErrors.splice(0);
		expect({ toasts, errors }).toEqual({ toasts: [], errors: [] });
	});

	it('finds the three Vonage entries in the nodes panel, each with its icon loaded', async () => {
		await newWorkflowWithManualTrigger(page, n8n.baseUrl);
		const names = await searchNodesPanel(page, 'Vonage');
		expect(names).toEqual(expect.arrayContaining(['Vonage Messages', 'Vonage Channel Manager', 'Vonage External Accounts']));
		const ours = (await iconImages(page.getByTestId('node-creator'))).filter((image) => image.src.includes(PACKAGE_ICON_PATH));
		expect(ours.length).toBeGreaterThanOrEqual(3);
		expect(ours.filter((image) => !image.loaded)).toEqual([]);
		await screenshot(page, 'nodes-panel-vonage', 'nodes-panel.png');
	});

	describe.each(NODES)('$entry: $action', (node) => {
		it('adds the node from the nodes panel and shows every form (each resource, operation, channel, message type) with its fields and labels, none marked invalid', async () => {
			const description = await node.description();
			if (description.group.includes('trigger')) {
				// A trigger is the first step of an empty workflow, whose nodes panel lists triggers.
				await page.goto(`${n8n.baseUrl}/workflow/new`);
				await page.getByTestId('canvas-plus-button').click();
			} else {
				await newWorkflowWithManualTrigger(page, n8n.baseUrl);
			}
			await addNodeFromPanel(page, node.entry, node.action);
			const ndv = page.getByTestId('ndv');
			const form = ndv.getByTestId('node-parameters');
			// The editor selects one of the two credentials by itself and sets Authentication to match; some fields
			// depend on it (e.g. the trigger's Application ID is asked for with Basic auth only).
			const credential = await selectedCredential(ndv);
			const authentication = credential === CREDENTIALS.basic.name ? 'basic' : 'jwt';
			const states = formStates(description, { authentication });

			const problems: string[] = [];
			let previous: FormState | undefined;
			for (const state of states) {
				await showState(page, form, state, previous);
				previous = state;
				const name = stateName(state) || 'default';
				const inputs = await shownInputs(form);
				if (inputs.join() !== state.inputs.join()) problems.push(`${name}: inputs ${inputs.join(', ')}; expected ${state.inputs.join(', ')}`);
				const text = (await form.innerText()).replace(/\s+/g, ' ');
				const missing = state.texts.filter((label) => !text.includes(label));
				if (missing.length) problems.push(`${name}: labels not shown: ${missing.join(' | ')}`);
				const invalid = await issueMarkers(form).count();
				if (invalid && KNOWN_INVALID_BY_DEFAULT[name] !== invalid) problems.push(`${name}: ${invalid} field(s) marked invalid`);
				const toasts = await errorToasts(page).allInnerTexts();
				if (toasts.length) problems.push(`${name}: error toast ${toasts.join(' | ')}`);
				await screenshot(page, `form-${description.name}-${node.action}-${name}`, node.readme?.state === stateName(state) ? node.readme.file : undefined);
			}
			expect(problems).toEqual([]);

			// Our icon in the panel's header and on the canvas.
			const icons = (await iconImages(ndv)).filter((image) => image.src.includes(PACKAGE_ICON_PATH));
			expect(icons.length).toBeGreaterThan(0);
			expect(icons.filter((image) => !image.loaded)).toEqual([]);
			await ndv.getByTestId('ndv-close-button').click();
		});
	});

	it('shows a field as invalid once a required value is removed (the marker the form checks look for exists)', async () => {
		await newWorkflowWithManualTrigger(page, n8n.baseUrl);
		await addNodeFromPanel(page, 'Vonage Messages', 'Send a message');
		const form = page.getByTestId('ndv').getByTestId('node-parameters');
		const from = form.getByTestId('parameter-input-from').locator('input');
		await from.fill('447700900001');
		await from.fill('');
		await form.getByTestId('parameter-input-to').locator('input').click();
		await waitUntil('the emptied From is marked invalid', async () => (await issueMarkers(form).count()) > 0);
		await page.getByTestId('ndv-close-button').click();
	});

	async function openCredential(id: string): Promise<Locator> {
		await page.goto(`${n8n.baseUrl}/home/credentials/${id}`);
		const dialog = page.getByTestId('editCredential-modal');
		await dialog.waitFor();
		return dialog;
	}

	/** Saves the dialog (n8n tests the connection on save) and waits for the banner `expected` asks for. */
	async function saveAndReadTest(dialog: Locator, expected: 'success' | 'failure'): Promise<string> {
		await dialog.getByTestId('credential-save-button').click();
		if (expected === 'success') {
			await dialog.locator('[data-test-id="credentials-config-container-test-success"]:visible').waitFor();
			return 'success';
		}
		const failure = dialog.locator('.el-tag--danger:visible').filter({ hasText: 'Couldn’t connect with these settings' });
		await failure.waitFor();
		await failure.getByText('More details').click();
		return `failure: ${(await failure.innerText()).replace(/\s+/g, ' ')}`;
	}

	it.each([
		{ label: 'Vonage Messages JWT API', id: CREDENTIALS.jwt.id, field: 'applicationId', good: TEST_APPLICATION_ID, bad: '00000000-0000-4000-8000-000000000000' },
		{ label: 'Vonage Messages Basic Auth API', id: CREDENTIALS.basic.id, field: 'apiKey', good: TEST_API_KEY, bad: 'wrongkey1' },
	])('the $label dialog shows a passed connection test, and a clear failure for a wrong key', async ({ label, id, field, good, bad }) => {
		const dialog = await openCredential(id);
		await dialog.getByText(label).first().waitFor();
		await dialog.getByTestId('credentials-config-container-test-success').waitFor();
		await screenshot(page, `credential-${id}-success`);

		const input = dialog.getByTestId(`parameter-input-${field}`).locator('input, textarea').first();
		await input.fill(bad);
		const refused = await saveAndReadTest(dialog, 'failure');
		await screenshot(page, `credential-${id}-refused`);
		await input.fill(good);
		const restored = await saveAndReadTest(dialog, 'success');

		// n8n's banner, and under "More details" what Vonage answered (the fake answers 401 as Vonage does).
		expect(refused).toMatch(/^failure: Couldn’t connect with these settings.*Unauthorized/s);
		expect(refused).not.toContain(TEST_API_SECRET);
		expect(restored).toBe('success');
	});

	it('lists the accounts of the fake Vonage in the "From List" account picker of Vonage External Accounts', async () => {
		await newWorkflowWithManualTrigger(page, n8n.baseUrl);
		await addNodeFromPanel(page, 'Vonage External Accounts', 'Get an account');
		const items = page.getByTestId('rlc-item');
		// Under load the first click can land while the panel is still opening: one more try, then fail with a picture.
		let listed = false;
		for (let attempt = 1; attempt <= 2 && !listed; attempt++) {
			await page.getByTestId('rlc-input').click();
			listed = await items.first().waitFor({ timeout: 15000 }).then(
				() => true,
				() => false,
			);
			if (!listed) {
				await screenshot(page, `external-accounts-from-list-attempt-${attempt}`);
				await page.keyboard.press('Escape');
			}
		}
		expect(listed).toBe(true);
		const names = await items.allInnerTexts();
		await screenshot(page, 'external-accounts-from-list');
		const messengerAccounts = DEMO_EXTERNAL_ACCOUNTS.filter((account) => account.provider === 'messenger').map((account) => String(account.name));
		// Each entry shows the account's name and, in brackets, its ID.
		for (const account of messengerAccounts) expect(names.some((name) => name.trim().startsWith(account))).toBe(true);
		await page.keyboard.press('Escape');
		await page.getByTestId('ndv-close-button').click();
	});

	it('executes a workflow from the editor and shows the node output', async () => {
		fake.requests.splice(0);
		await page.goto(`${n8n.baseUrl}/workflow/${SEND_WORKFLOW}`);
		await page.getByTestId('execute-workflow-button').click();
		await waitUntil('the fake Vonage received the send', () => fake.requests.some((request) => request.path === '/v1/messages'));
		const node = page.getByTestId('canvas-node').filter({ hasText: SEND_NODE });
		await node.locator('[data-test-id="canvas-node-status-success"]').waitFor();
		// For the picture: the run has ended (the button is back) and the "executed successfully" toast is closed.
		await page.getByTestId('execute-workflow-button').filter({ hasText: 'Execute workflow' }).waitFor();
		await page.locator('.el-notification:has(.el-notification--success) .el-notification__closeBtn').first().click().catch(() => undefined);
		await page.locator('.el-notification').first().waitFor({ state: 'hidden' }).catch(() => undefined);
		await screenshot(page, 'execution-canvas', 'workflow-run.png');
		expect(fake.requests.filter((request) => request.path === '/v1/messages')).toHaveLength(1);
		await node.dblclick();
		const output = page.getByTestId('output-panel');
		await output.getByText('message_uuid').first().waitFor();
		await screenshot(page, 'execution-output', 'execution-output.png');
		await page.getByTestId('ndv-close-button').click();
		expect(fake.violations).toEqual([]);
	});

	it('shows our light icon in the light theme and our dark icon in the dark theme', async () => {
		// The editor keeps the chosen theme in localStorage (N8N_THEME) and applies it when it loads.
		const setTheme = async (theme: 'light' | 'dark') => await page.evaluate(`localStorage.setItem('N8N_THEME', '${theme}')`);
		const canvasIcon = async () => {
			await page.goto(`${n8n.baseUrl}/workflow/${SEND_WORKFLOW}`);
			const node = page.getByTestId('canvas-node').filter({ hasText: SEND_NODE });
			await node.locator('img').first().waitFor();
			await waitUntil('the node icon loaded', async () => (await iconImages(node)).every((image) => image.loaded)).catch(async (error: unknown) => {
				throw new Error(`${String(error)}; icons: ${JSON.stringify(await iconImages(node))}`);
			});
			return await iconImages(node);
		};
		await setTheme('light');
		const light = await canvasIcon();
		await screenshot(page, 'icon-light');
		await setTheme('dark');
		const dark = await canvasIcon();
		await screenshot(page, 'icon-dark');
		await setTheme('light');

		expect(light).toEqual([{ src: expect.stringMatching(/\/VonageMessages\/vonage\.svg$/), loaded: true }]);
		expect(dark).toEqual([{ src: expect.stringMatching(/\/VonageMessages\/vonage\.dark\.svg$/), loaded: true }]);
	});
});

/** Sets the switch fields of `state` in the open form, from the first one that differs from the previous state. */
async function showState(page: Page, form: Locator, state: FormState, previous: FormState | undefined): Promise<void> {
	const names = Object.keys(state.switches);
	const firstChange = previous ? names.findIndex((name) => previous.switches[name] !== state.switches[name]) : 0;
	if (firstChange < 0) return;
	for (const name of names.slice(firstChange)) await pickOption(form, page, name, state.labels[name]);
}
