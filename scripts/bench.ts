/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- developer tooling: runs a real n8n and times it; never shipped */
// `npm run bench`: the package against n8n's own nodes, side by side in one real n8n (the runtime the e2e suite uses).
//   send      1,000 SMS sends, Manual Trigger -> Code -> sender, against a fake that answers 202 after 50 ms and has no
//             limit: Vonage Messages (Max Messages per Second 0, Max Requests in Flight 100) vs HTTP Request (defaults).
//   paced     the same sends against a fake limited to 30 requests/s: Vonage Messages at its defaults vs HTTP Request
//             with hand-tuned batching (30 items per 1,000 ms); the ideal is items / 30 s.
//   recovery  the fake's limit drops from 30/s to 10/s for a while (10 s of a 1,000-item run) and comes back;
//             Vonage Messages at its defaults (HTTP Request's fixed batching cannot follow a changing limit).
//   trigger   signed inbound events posted to an active Vonage Messages Trigger vs an active Webhook node in the same
//             n8n: answer time p50/p90 (alternating, one at a time) and events per second, one at a time and 8 at once;
//             the Webhook node at version 1 is a control (see triggerWorkflows).
// Each case runs `--runs` times (default 3), the two sides alternating; the table shows medians and ratios.
// Options: --items=N (default 1000), --runs=N, --cases=send,paced,recovery,trigger, --skip-build (reuse dist/),
// --n8n=<version>, --cpu-prof=<dir> (n8n runs with --cpu-prof; summarise with scripts/benchProfile.ts),
// --json=<file> (every run's numbers), --n8n-env=NAME=value (an n8n setting, e.g. N8N_EXPRESSION_ENGINE=legacy).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

import { FakeVonage } from '../test/helpers/fakeVonage';
import { TEST_API_KEY, TEST_API_SECRET } from '../test/helpers/credentials';
import { NODE_TYPES, vonageCredentials } from '../test/e2e/support/harness';
import { RateLimitedSends, steadyLimit } from '../test/e2e/support/rateLimitedSends';
import { inboundWhatsAppText, signedAuthorization } from '../test/e2e/support/vonageEvents';
import { manualWorkflow, triggeredWorkflow } from '../test/e2e/support/workflows';
import { installPackage, packPackage, REPO_ROOT, removePackedPackage } from './lib/communityPackage';
import { formatDuration, log } from './lib/log';
import { ensureDatabaseTemplate, N8nInstance, type WorkflowJson } from './lib/n8nInstance';
import { CommandError, npmCommand, run, type RunResult } from './lib/run';
import { ensureRuntime, resolveN8nVersion, takeN8nOption } from './lib/runtime';

const CASES = ['send', 'paced', 'recovery', 'trigger'] as const;
type CaseName = (typeof CASES)[number];

interface Settings {
	items: number;
	runs: number;
	cases: CaseName[];
	skipBuild: boolean;
	cpuProfileDir?: string;
	jsonFile?: string;
	/** Extra n8n settings, e.g. N8N_EXPRESSION_ENGINE=legacy to see what n8n's expression isolates cost. */
	n8nEnv: Record<string, string>;
}

function readSettings(args: string[]): Settings {
	const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
	const cases = (value('cases')?.split(',') ?? [...CASES]).map((name) => name.trim());
	const unknown = cases.filter((name) => !(CASES as readonly string[]).includes(name));
	if (unknown.length) throw new Error(`Unknown case(s) ${unknown.join(', ')}; known: ${CASES.join(', ')}`);
	return {
		items: Number(value('items') ?? 1000),
		runs: Number(value('runs') ?? 3),
		cases: cases as CaseName[],
		skipBuild: args.includes('--skip-build'),
		cpuProfileDir: value('cpu-prof') && path.resolve(value('cpu-prof') as string),
		jsonFile: value('json'),
		n8nEnv: Object.fromEntries(
			args.filter((arg) => arg.startsWith('--n8n-env=')).map((arg) => {
				const [key, ...rest] = arg.slice('--n8n-env='.length).split('=');
				return [key, rest.join('=')];
			}),
		),
	};
}

const LATENCY_MS = 50;
const SENDER = 'Send';
const RECIPIENTS = 'Recipients';
const FROM = '447700900001';
const ENCRYPTION_KEY = 'bench-only-encryption-key-not-a-secret';

/** n8n's Code node makes the items, as a user's workflow would: one recipient each. */
function recipientsNode(items: number) {
	return {
		name: RECIPIENTS,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		parameters: {
			jsCode: `return Array.from({ length: ${items} }, (_, index) => ({ json: { to: '447700' + String(index).padStart(6, '0') } }));`,
		},
	};
}

function vonageSendWorkflow(id: string, items: number, options: Record<string, unknown>): WorkflowJson {
	return manualWorkflow(id, `Bench: Vonage Messages ${id}`, [
		recipientsNode(items),
		{
			name: SENDER,
			type: NODE_TYPES.messages,
			credential: 'basic',
			after: [RECIPIENTS],
			parameters: {
				authentication: 'basic',
				resource: 'message',
				operation: 'send',
				channel: 'sms',
				messageType: 'text',
				from: FROM,
				to: '={{ $json.to }}',
				text: 'Benchmark',
				options,
			},
		},
	]);
}

/** n8n's HTTP Request node sending the same SMS body, as a user would set it up (Basic auth in a header). */
function httpSendWorkflow(id: string, items: number, fakeBaseUrl: string, options: Record<string, unknown>): WorkflowJson {
	const field = (name: string, value: string) => ({ name, value });
	return manualWorkflow(id, `Bench: HTTP Request ${id}`, [
		recipientsNode(items),
		{
			name: SENDER,
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			after: [RECIPIENTS],
			parameters: {
				method: 'POST',
				url: `${fakeBaseUrl}/v1/messages`,
				sendHeaders: true,
				headerParameters: {
					parameters: [field('Authorization', `Basic ${Buffer.from(`${TEST_API_KEY}:${TEST_API_SECRET}`).toString('base64')}`)],
				},
				sendBody: true,
				bodyParameters: {
					parameters: [
						field('channel', 'sms'),
						field('message_type', 'text'),
						field('from', FROM),
						field('to', '={{ $json.to }}'),
						field('text', 'Benchmark'),
					],
				},
				options,
			},
		},
	]);
}

interface TaskData {
	startTime?: number;
	executionTime?: number;
	error?: { message?: string };
	data?: { main?: Array<Array<{ json: Record<string, unknown> }> | null> };
}

/** `n8n execute --rawOutput` prints the run data after any log lines; a failed run prints it too. */
async function executeWorkflow(n8n: N8nInstance, id: string): Promise<Record<string, TaskData[]>> {
	let result: RunResult;
	try {
		result = await n8n.cli(['execute', `--id=${id}`, '--rawOutput'], 'info');
	} catch (error) {
		if (!(error instanceof CommandError) || !error.result.stdout.includes('"resultData"')) throw error;
		result = error.result;
	}
	const start = result.stdout.search(/^\{/m);
	const end = result.stdout.indexOf('\n}', start);
	if (start < 0 || end < 0) throw new Error(`n8n execute printed no result for ${id}:\n${result.stdout.slice(-3000)}`);
	const parsed = JSON.parse(result.stdout.slice(start, end + 2)) as { data?: { resultData?: { runData?: Record<string, TaskData[]> } } };
	return parsed.data?.resultData?.runData ?? {};
}

interface SendRun {
	side: string;
	/** The sender node's own time, as n8n recorded it. */
	nodeSeconds: number;
	/** From the sender node's start to the first request at the fake. */
	firstRequestSeconds: number;
	outputItems: number;
	failed: number;
	duplicates: number;
	refused: number;
	maxInFlight: number;
}

async function sendRun(n8n: N8nInstance, fake: FakeVonage, sends: RateLimitedSends, side: string, workflowId: string): Promise<SendRun> {
	fake.requests.length = 0;
	fake.maxInFlight = 0;
	sends.restart();
	const runData = await executeWorkflow(n8n, workflowId);
	const task = runData[SENDER]?.[0];
	if (!task?.startTime) throw new Error(`${side}: the sender did not run (${JSON.stringify(runData).slice(0, 500)})`);
	const output = task.data?.main?.[0] ?? [];
	const outcome: SendRun = {
		side,
		nodeSeconds: (task.executionTime ?? 0) / 1000,
		firstRequestSeconds: sends.firstArrivalAt ? (sends.firstArrivalAt - task.startTime) / 1000 : Number.NaN,
		outputItems: output.length,
		failed: (task.error ? 1 : 0) + output.filter((item) => item.json.error !== undefined).length,
		duplicates: sends.duplicates.length,
		refused: sends.refused,
		maxInFlight: fake.maxInFlight,
	};
	if (side === 'Vonage Messages' && (outcome.failed || outcome.duplicates || outcome.outputItems !== sends.acceptedTotal)) {
		problems.push(`${workflowId}: ${outcome.failed} failed, ${outcome.duplicates} duplicates, ${outcome.outputItems} items out for ${sends.acceptedTotal} accepted sends`);
	}
	log(
		`  ${side}: node ${outcome.nodeSeconds.toFixed(2)} s, first request after ${outcome.firstRequestSeconds.toFixed(2)} s, ` +
			`${outcome.outputItems} items, ${outcome.failed} failed, ${outcome.duplicates} duplicates, ${outcome.refused} x 429, ` +
			`at most ${outcome.maxInFlight} in flight${sends.refused ? ` (429s ${sends.refusedAfterMs.slice(0, 5).map((ms) => `${(ms / 1000).toFixed(2)}`).join(', ')} s after the first send)` : ''}${task.error ? ` (node error: ${task.error.message})` : ''}`,
	);
	return outcome;
}

function median(values: number[]): number {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	if (!sorted.length) return Number.NaN;
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values: number[], share: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

interface Row {
	caseName: string;
	measure: string;
	ours: number;
	theirs: number;
	theirsLabel: string;
	unit: string;
	goal: string;
	/** Every run's value, ours then theirs, for the reader to judge the noise. */
	spread: string;
	/** Goal met: the ratio ours/theirs at or below this (for "higher is better" measures: theirs/ours). */
	limit: number;
	higherIsBetter?: boolean;
	notes?: string;
}

const rows: Row[] = [];
/** What went wrong for our node (failed items, duplicates): the run exits 1 after printing the table. Times are never judged. */
const problems: string[] = [];
const allRuns: Record<string, unknown[]> = {};

function spreadOf(values: number[], digits: number): string {
	return `[${values.map((value) => value.toFixed(digits)).join(', ')}]`;
}

function sumOf(runs: SendRun[], field: 'failed' | 'duplicates' | 'refused'): number {
	return runs.reduce((total, run) => total + run[field], 0);
}

async function sendCase(n8n: N8nInstance, fake: FakeVonage, settings: Settings): Promise<void> {
	const sends = new RateLimitedSends({ limitAt: () => Number.POSITIVE_INFINITY, latencyMs: LATENCY_MS });
	fake.on('SendMessage', sends.handler);
	const ours: SendRun[] = [];
	const theirs: SendRun[] = [];
	log(`Case send: ${settings.items} sends, 202 after ${LATENCY_MS} ms, no limit`);
	for (let index = 0; index < settings.runs; index++) {
		ours.push(await sendRun(n8n, fake, sends, 'Vonage Messages', 'benchSendOurs'));
		theirs.push(await sendRun(n8n, fake, sends, 'HTTP Request', 'benchSendHttp'));
	}
	allRuns.send = [...ours, ...theirs];
	const notes = `failed ${sumOf(ours, 'failed')}/${sumOf(theirs, 'failed')}, duplicates ${sumOf(ours, 'duplicates')}/${sumOf(theirs, 'duplicates')}, most in flight ${median(ours.map((r) => r.maxInFlight))}/${median(theirs.map((r) => r.maxInFlight))}`;
	rows.push({
		caseName: `send ${settings.items}, no limit`,
		measure: 'node time',
		ours: median(ours.map((r) => r.nodeSeconds)),
		theirs: median(theirs.map((r) => r.nodeSeconds)),
		theirsLabel: 'HTTP Request',
		unit: 's',
		goal: '<= 1.2x',
		limit: 1.2,
		spread: `${spreadOf(ours.map((r) => r.nodeSeconds), 2)} / ${spreadOf(theirs.map((r) => r.nodeSeconds), 2)}`,
		notes,
	});
	rows.push({
		caseName: `send ${settings.items}, no limit`,
		measure: 'first request',
		ours: median(ours.map((r) => r.firstRequestSeconds)),
		theirs: median(theirs.map((r) => r.firstRequestSeconds)),
		theirsLabel: 'HTTP Request',
		unit: 's',
		goal: '<= 1.2x',
		limit: 1.2,
		spread: `${spreadOf(ours.map((r) => r.firstRequestSeconds), 3)} / ${spreadOf(theirs.map((r) => r.firstRequestSeconds), 3)}`,
	});
}

async function pacedCase(n8n: N8nInstance, fake: FakeVonage, settings: Settings): Promise<void> {
	const sends = new RateLimitedSends({ limitAt: steadyLimit(30), latencyMs: LATENCY_MS });
	fake.on('SendMessage', sends.handler);
	const ideal = settings.items / 30;
	const ours: SendRun[] = [];
	const theirs: SendRun[] = [];
	log(`Case paced: ${settings.items} sends against a 30/s limit (ideal ${ideal.toFixed(1)} s)`);
	for (let index = 0; index < settings.runs; index++) {
		ours.push(await sendRun(n8n, fake, sends, 'Vonage Messages', 'benchPacedOurs'));
		theirs.push(await sendRun(n8n, fake, sends, 'HTTP Request batching 30/1 s', 'benchPacedHttp'));
	}
	allRuns.paced = [...ours, ...theirs];
	rows.push({
		caseName: `send ${settings.items}, 30/s limit, defaults`,
		measure: 'node time vs ideal',
		ours: median(ours.map((r) => r.nodeSeconds)),
		theirs: ideal,
		theirsLabel: `ideal (HTTP Request batching 30/1 s: ${median(theirs.map((r) => r.nodeSeconds)).toFixed(2)} s)`,
		unit: 's',
		goal: '<= 1.05x ideal',
		limit: 1.05,
		spread: `${spreadOf(ours.map((r) => r.nodeSeconds), 2)} / ${spreadOf(theirs.map((r) => r.nodeSeconds), 2)}`,
		notes: `failed ${sumOf(ours, 'failed')}/${sumOf(theirs, 'failed')}, duplicates ${sumOf(ours, 'duplicates')}/${sumOf(theirs, 'duplicates')}, 429s ${sumOf(ours, 'refused')}/${sumOf(theirs, 'refused')}`,
	});
}

async function recoveryCase(n8n: N8nInstance, fake: FakeVonage, settings: Settings): Promise<void> {
	const scale = settings.items / 1000;
	const limitAt = (elapsed: number) => (elapsed >= 10 * scale && elapsed < 20 * scale ? 10 : 30);
	// The ideal client sends at the limit throughout: 300 in the first 10 s, 100 in the next 10 s, the rest at 30/s.
	const ideal = settings.items <= 300 * scale ? settings.items / 30 : 10 * scale + Math.min(10 * scale, (settings.items - 300 * scale) / 10) + Math.max(0, settings.items - 400 * scale) / 30;
	// The limit's clock starts with the run, but the node starts a few seconds later (n8n's start-up and the Code
	// node): the profile is timed from the first request instead, by restarting it when that request arrives.
	const sends = new RateLimitedSends({ limitAt, latencyMs: LATENCY_MS });
	let restartedFor = false;
	fake.on('SendMessage', (request) => {
		if (!restartedFor) {
			restartedFor = true;
			sends.restart();
		}
		return sends.handler(request);
	});
	const ours: SendRun[] = [];
	log(`Case recovery: ${settings.items} sends, limit 30/s, 10/s from ${10 * scale} s to ${20 * scale} s (ideal ${ideal.toFixed(1)} s)`);
	for (let index = 0; index < settings.runs; index++) {
		restartedFor = false;
		ours.push(await sendRun(n8n, fake, sends, 'Vonage Messages', 'benchPacedOurs'));
	}
	allRuns.recovery = ours;
	rows.push({
		caseName: `send ${settings.items}, limit drops to 10/s for ${10 * scale} s`,
		measure: 'node time vs ideal',
		ours: median(ours.map((r) => r.nodeSeconds)),
		theirs: ideal,
		theirsLabel: 'ideal for the limit profile',
		unit: 's',
		goal: 'close to ideal',
		limit: Number.POSITIVE_INFINITY,
		spread: spreadOf(ours.map((r) => r.nodeSeconds), 2),
		notes: `failed ${sumOf(ours, 'failed')}, duplicates ${sumOf(ours, 'duplicates')}, 429s ${sumOf(ours, 'refused')}`,
	});
}

const TRIGGER_WEBHOOK_ID = '3d2f6a1b-7c8e-4f90-a1b2-c3d4e5f6a7b8';
const PLAIN_WEBHOOK_ID = '4e3a7b2c-8d9f-4a01-b2c3-d4e5f6a7b8c9';
const CONTROL_WEBHOOK_ID = '5f4b8c3d-9e0a-4b12-c3d4-e5f6a7b8c9d0';

/**
 * Our trigger, n8n's Webhook node (version 2, the one the editor adds), and the Webhook node at version 1 as a
 * control: n8n 2.41 takes an expression isolate for every webhook request before the node runs, except for its
 * own Webhook node from version 2 on with no expression in its parameters (live-webhooks.js
 * `webhookPhaseNeedsIsolate`). Version 1 does not qualify, like any community trigger.
 */
function triggerWorkflows(): WorkflowJson[] {
	const webhookNode = (id: string, path: string, typeVersion: number): WorkflowJson =>
		triggeredWorkflow(id, `Bench: Webhook node v${typeVersion}`, [
			{
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion,
				webhookId: typeVersion === 1 ? CONTROL_WEBHOOK_ID : PLAIN_WEBHOOK_ID,
				parameters: { httpMethod: 'POST', path, responseMode: 'onReceived', options: {} },
			},
		]);
	return [
		triggeredWorkflow('benchTriggerOurs', 'Bench: Vonage Messages Trigger', [
			{
				name: 'Vonage Messages Trigger',
				type: NODE_TYPES.trigger,
				credential: 'basic',
				webhookId: TRIGGER_WEBHOOK_ID,
				parameters: { authentication: 'basic', events: ['inboundMessage', 'messageStatus'], registerWebhooks: false },
			},
		]),
		webhookNode('benchTriggerWebhook', 'bench-webhook', 2),
		webhookNode('benchTriggerWebhookV1', 'bench-webhook-v1', 1),
	];
}

/** Posts one signed inbound event (a new message each time) and returns how long the answer took, in ms. */
async function postSignedEvent(url: string): Promise<number> {
	const rawBody = JSON.stringify(inboundWhatsAppText());
	const authorization = signedAuthorization(rawBody);
	const started = performance.now();
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: authorization }, body: rawBody });
	await response.arrayBuffer();
	const elapsed = performance.now() - started;
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return elapsed;
}

async function eventsPerSecond(url: string, events: number, concurrency: number): Promise<number> {
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < events) {
				next++;
				await postSignedEvent(url);
			}
		}),
	);
	return events / ((performance.now() - started) / 1000);
}

/** Waits until n8n has finished the executions the events started, so they do not slow the next measurement. */
async function settle(n8n: N8nInstance): Promise<void> {
	for (let quiet = 0, last = -1; quiet < 2; ) {
		const count = await n8n.unfinishedExecutionCount();
		quiet = count === 0 && count === last ? quiet + 1 : 0;
		last = count;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

async function triggerCase(n8n: N8nInstance, settings: Settings): Promise<void> {
	const sides = [
		{ label: 'Vonage Messages Trigger', url: `${n8n.baseUrl}/webhook/${TRIGGER_WEBHOOK_ID}/webhook` },
		{ label: 'Webhook node', url: `${n8n.baseUrl}/webhook/bench-webhook` },
		{ label: 'Webhook node v1 (control)', url: `${n8n.baseUrl}/webhook/bench-webhook-v1` },
	];
	const rounds = Math.max(20, Math.round(settings.items / 10));
	const throughputEvents = Math.max(40, Math.round(settings.items / 5));
	log(`Case trigger: ${rounds} rounds (each side once per round, in turn), then ${throughputEvents} events one at a time and 8 at once, per side and run`);
	for (let index = 0; index < 10; index++) for (const side of sides) await postSignedEvent(side.url);
	await settle(n8n);
	type Measure = 'p50' | 'p90' | 'sequential' | 'concurrent';
	const measured: Record<Measure, number[][]> = { p50: [[], [], []], p90: [[], [], []], sequential: [[], [], []], concurrent: [[], [], []] };
	for (let index = 0; index < settings.runs; index++) {
		const times: number[][] = sides.map(() => []);
		for (let round = 0; round < rounds; round++) {
			// Which side goes first turns round, so that none always meets another's execution.
			for (let turn = 0; turn < sides.length; turn++) {
				const side = (round + turn) % sides.length;
				times[side].push(await postSignedEvent(sides[side].url));
			}
		}
		await settle(n8n);
		for (const [side, { url }] of sides.entries()) {
			measured.p50[side].push(percentile(times[side], 0.5));
			measured.p90[side].push(percentile(times[side], 0.9));
			measured.sequential[side].push(await eventsPerSecond(url, throughputEvents, 1));
			await settle(n8n);
			measured.concurrent[side].push(await eventsPerSecond(url, throughputEvents, 8));
			await settle(n8n);
		}
		const last = (key: Measure) => measured[key].map((values) => (values.at(-1) ?? Number.NaN).toFixed(1)).join('/');
		log(`  run ${index + 1} (trigger/Webhook/Webhook v1): p50 ${last('p50')} ms, p90 ${last('p90')} ms, events/s one at a time ${last('sequential')}, 8 at once ${last('concurrent')}`);
	}
	allRuns.trigger = [{ sides: sides.map((side) => side.label), ...measured }];
	const measures: Array<[string, Measure, string, boolean]> = [
		['answer time p50', 'p50', 'ms', false],
		['answer time p90', 'p90', 'ms', false],
		['events/s, one at a time', 'sequential', '/s', true],
		['events/s, 8 at once', 'concurrent', '/s', true],
	];
	for (const [other, caseName, goal, limit] of [
		[1, 'trigger, signed inbound events', '<= 1.1x', 1.1],
		[2, 'trigger vs the Webhook node v1 (control)', 'control', Number.POSITIVE_INFINITY],
	] as const) {
		for (const [measure, key, unit, higherIsBetter] of measures) {
			rows.push({
				caseName,
				measure,
				ours: median(measured[key][0]),
				theirs: median(measured[key][other]),
				theirsLabel: sides[other].label,
				unit,
				goal,
				limit,
				higherIsBetter,
				spread: `${spreadOf(measured[key][0], 1)} / ${spreadOf(measured[key][other], 1)}`,
			});
		}
	}
}

function printTable(settings: Settings, startedAt: Date, loads: number[]): string {
	const lines = [
		`| Case | Measure | Vonage Messages | n8n's own | Ratio | Goal | Runs (ours / theirs) | Notes |`,
		`| --- | --- | --- | --- | --- | --- | --- | --- |`,
	];
	for (const row of rows) {
		const ratio = row.higherIsBetter ? row.theirs / row.ours : row.ours / row.theirs;
		const verdict = Number.isFinite(row.limit) ? (ratio <= row.limit ? 'met' : 'MISSED') : '';
		const digits = row.unit === 's' ? 2 : 1;
		lines.push(
			`| ${row.caseName} | ${row.measure} | ${row.ours.toFixed(digits)} ${row.unit} | ${row.theirs.toFixed(digits)} ${row.unit} (${row.theirsLabel}) | ` +
				`${ratio.toFixed(2)}x | ${row.goal} ${verdict} | ${row.spread} | ${row.notes ?? ''} |`,
		);
	}
	const header = `Medians of ${settings.runs} run(s), ${settings.items} items, started ${startedAt.toISOString()}; ${cpus().length} cores; load average during the run ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}. Ratio: ours / theirs (events/s: theirs / ours).`;
	return `${header}\n\n${lines.join('\n')}\n`;
}

async function main(): Promise<number> {
	const { requested, rest } = takeN8nOption(process.argv.slice(2));
	const settings = readSettings(rest);
	const runtime = await ensureRuntime(await resolveN8nVersion(requested));
	log(`n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}`);
	if (!settings.skipBuild) {
		log('Building the package (npm run build)');
		await run(npmCommand(), ['run', 'build'], { cwd: REPO_ROOT });
	}
	const pack = await packPackage();
	const template = await ensureDatabaseTemplate(runtime);
	const userFolder = mkdtempSync(path.join(tmpdir(), 'vonage-bench-'));
	installPackage(pack, userFolder);
	const env: Record<string, string> = { ...settings.n8nEnv };
	if (settings.cpuProfileDir) env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${settings.cpuProfileDir}`;
	const n8n = await N8nInstance.create({ runtime, userFolder, encryptionKey: ENCRYPTION_KEY, env });
	n8n.useDatabaseTemplate(template);
	const fake = await new FakeVonage().start();
	const startedAt = new Date();
	const loads: number[] = [loadavg()[0]];
	const sampler = setInterval(() => loads.push(loadavg()[0]), 5000);
	try {
		await n8n.importCredentials(vonageCredentials(fake.baseUrl));
		await n8n.importWorkflows([
			vonageSendWorkflow('benchSendOurs', settings.items, { maxPerSecond: 0, maxInFlight: 100 }),
			httpSendWorkflow('benchSendHttp', settings.items, fake.baseUrl, {}),
			vonageSendWorkflow('benchPacedOurs', settings.items, {}),
			httpSendWorkflow('benchPacedHttp', settings.items, fake.baseUrl, { batching: { batch: { batchSize: 30, batchInterval: 1000 } } }),
			...triggerWorkflows(),
		]);
		if (settings.cases.includes('send')) await sendCase(n8n, fake, settings);
		if (settings.cases.includes('paced')) await pacedCase(n8n, fake, settings);
		if (settings.cases.includes('recovery')) await recoveryCase(n8n, fake, settings);
		if (settings.cases.includes('trigger')) {
			await n8n.start();
			await n8n.activateWorkflow('benchTriggerOurs');
			await n8n.activateWorkflow('benchTriggerWebhook');
			await n8n.activateWorkflow('benchTriggerWebhookV1');
			await triggerCase(n8n, settings);
		}
		const violations = fake.violations;
		if (violations.length) log(`The fake saw requests that break the spec:\n${violations.slice(0, 5).join('\n')}`);
		const table = printTable(settings, startedAt, loads);
		process.stdout.write(`\n${table}\n`);
		if (settings.jsonFile) writeFileSync(settings.jsonFile, JSON.stringify({ settings, startedAt, loads, rows, runs: allRuns }, null, 2));
		log(`Done in ${formatDuration(Date.now() - startedAt.getTime())}`);
		if (problems.length) {
			process.stderr.write(`Vonage Messages did not send every item exactly once:\n${problems.join('\n')}\n`);
			return 1;
		}
		return 0;
	} finally {
		clearInterval(sampler);
		await n8n.stop();
		await fake.stop();
		rmSync(userFolder, { recursive: true, force: true });
		removePackedPackage(pack);
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
