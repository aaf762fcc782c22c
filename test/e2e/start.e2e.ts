/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- e2e test: runs `npm start -- --demo` as a user would and stops it with Ctrl-C (SIGINT); never shipped */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort } from '../../scripts/lib/ports';
import { waitFor } from './support/wait';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

describe('npm start -- --demo (the script users run)', () => {
	// The n8n version under test (scripts/e2e.ts says which), so `npm start -- --n8n=` is exercised too.
	const { n8nVersion } = JSON.parse(process.env.VONAGE_E2E_RUNTIME ?? '{}') as { n8nVersion?: string };
	let child: ChildProcess | undefined;
	let output = '';
	let port: number;
	let userFolder: string;

	beforeAll(async () => {
		port = await freePort();
		userFolder = mkdtempSync(path.join(tmpdir(), 'vonage-e2e-start-'));
		const environment = { ...process.env };
		delete environment.NODE_ENV;
		const versionArgs = n8nVersion ? [`--n8n=${n8nVersion}`] : [];
		child = spawn(process.execPath, ['scripts/run-ts.js', 'scripts/start.ts', '--demo', `--port=${port}`, `--user-folder=${userFolder}`, ...versionArgs], {
			cwd: REPO_ROOT,
			env: environment,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		await waitFor(`"npm start" to print its URL (output so far:\n${output})`, async () => (output.includes(`is running: http://localhost:${port}`) ? true : undefined), 150_000);
	});

	afterAll(() => {
		if (child && child.exitCode === null) child.kill('SIGKILL');
		if (!process.env.VONAGE_E2E_KEEP) rmSync(userFolder, { recursive: true, force: true });
	});

	it('serves the editor on the printed URL, on 127.0.0.1', async () => {
		const readiness = await fetch(`http://127.0.0.1:${port}/healthz/readiness`);
		const editor = await fetch(`http://localhost:${port}/`);

		expect(readiness.status).toBe(200);
		expect(editor.status).toBe(200);
		expect(output).toMatch(/Fake Vonage API listening on http:\/\/127\.0\.0\.1:\d+/);
		expect(output).toContain('Demo: sign in as demo@example.com');
		if (n8nVersion) expect(output).toContain(`n8n ${n8nVersion} on Node`);
	});

	it('ran the auto-reply example once: the fake Vonage API received a spec-valid reply', async () => {
		await waitFor('the reply to reach the fake', async () => (output.includes('Fake Vonage received POST /v1/messages [bearer]') ? true : undefined));

		expect(output).toContain('Fake Vonage received POST /v1/messages [bearer]  (valid per spec)');
		expect(output).not.toContain('SPEC VIOLATIONS');
	});

	it('runs the refund example as the demo says: a request, the printed Approve link opened and confirmed, the customer told', async () => {
		const sends = () => output.split('Fake Vonage received POST /v1/messages').length - 1;
		const sentBefore = sends();
		const request = await fetch(`http://localhost:${port}/webhook/refund-request`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ orderId: 'A-1001', amount: 120, currency: 'EUR', reason: 'Parcel damaged', managerPhone: '447700900099', customerPhone: '447700900123' }),
		});
		const approveLink = await waitFor('the Approve link in the demo output', async () => /link in the message: (\S+approved=true\S*)/.exec(output)?.[1]);
		// The link reaches the fake (and the output) a moment before n8n has stored the execution as waiting; until
		// then n8n 1.x answers it with an error page, so the page is opened again as a person would reload it.
		const pageHtml = await waitFor('the Approve page', async () => {
			const page = await fetch(approveLink);
			const html = await page.text();
			return page.status === 200 && html.includes('<form method="post"') ? html : undefined;
		});
		const answer = await fetch(approveLink, { method: 'POST', body: new FormData() });
		await waitFor("the customer's message", async () => (sends() >= sentBefore + 2 ? true : undefined));

		expect(request.status).toBe(200);
		expect(pageHtml).toContain('<button type="submit">Approve refund</button>');
		expect(answer.status).toBe(200);
		expect(output).not.toContain('SPEC VIOLATIONS');
	});

	it('stops n8n and the fake server on Ctrl-C and exits cleanly', async () => {
		const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));

		child?.kill('SIGINT');

		expect(await exited).toBe(0);
		await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
	});
});
