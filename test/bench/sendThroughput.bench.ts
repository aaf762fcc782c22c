/* eslint-disable @n8n/community-nodes/no-restricted-globals -- benchmark reads BENCH_ITEMS from the environment and prints its table; never shipped */
/**
 * Benchmark, not a test: SMS sends (1,000 unless BENCH_ITEMS says otherwise) through the node's
 * real declarative routing against a local fake that takes 50 ms per request and accepts at most
 * `limit` requests in any second, answering 429 with Retry-After: 1 above it. Profiles:
 * - Vonage's documented SMS limit (30/s) with default options and a few variants;
 * - a limit that drops to 10/s for a while (another workflow on the account, a short-lived lower
 *   limit) and comes back: the pacer has to slow down and then recover;
 * - 20% of requests refused with 429 at random (no Retry-After), whatever our rate: the rate must
 *   not collapse;
 * - a steady 10/s limit below the configured 30/s: the pacer has to settle just below it.
 * Prints duration against the ideal for the profile, failures, duplicates, requests, 429s and the
 * most requests in flight. BENCH_PROFILES=drop,random (names below) runs only some profiles.
 * Run: npm run bench:pacer (in-process, n8n-core's engine on Node 20; `npm run bench` is the real-n8n benchmark)
 */
import type { INodeParameters } from 'n8n-workflow';

import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from '../helpers/credentials';
import { FakeVonage } from '../helpers/fakeVonage';
import { runNode } from '../helpers/runNode';
import { RateLimitedSends } from '../e2e/support/rateLimitedSends';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const LATENCY_MS = 50;
/** Profiles that change over time are stretched to the run: with 1,000 items the drop lasts 10 s. */
const TIME_SCALE = ITEMS / 1000;

interface Profile {
	name: string;
	variant: string;
	options: INodeParameters;
	/** Requests the fake accepts in any second, `elapsed` seconds after the run started. */
	limitAt: (elapsed: number) => number;
	/** Share of requests refused with 429 (no Retry-After) whatever the rate. */
	randomRefusals?: number;
	/** Seconds the best possible client needs for ITEMS sends under this profile. */
	idealSeconds: number;
}

const steady = (limit: number) => () => limit;

/** 30/s, then 10/s from 10 s to 20 s (scaled), then 30/s again; the ideal client sends at the limit throughout. */
function dropLimit(elapsed: number): number {
	return elapsed >= 10 * TIME_SCALE && elapsed < 20 * TIME_SCALE ? 10 : 30;
}

function idealUnder(limitAt: (elapsed: number) => number, items: number): number {
	let sent = 0;
	let elapsed = 0;
	const step = 0.001;
	while (sent < items) {
		sent += limitAt(elapsed) * step;
		elapsed += step;
	}
	return elapsed;
}

const PROFILES: Profile[] = [
	{ name: 'defaults', variant: '30/s limit: defaults (10 in flight, 30/s)', options: {}, limitAt: steady(30), idealSeconds: ITEMS / 30 },
	{ name: 'unlimited', variant: '30/s limit: no rate limit, 10 in flight', options: { maxPerSecond: 0 }, limitAt: steady(30), idealSeconds: ITEMS / 30 },
	{ name: 'slower', variant: '30/s limit: 25/s, 5 in flight', options: { maxPerSecond: 25, maxInFlight: 5 }, limitAt: steady(30), idealSeconds: ITEMS / 25 },
	{ name: 'drop', variant: 'limit 30/s, 10/s for 10 s, 30/s again: defaults', options: {}, limitAt: dropLimit, idealSeconds: idealUnder(dropLimit, ITEMS) },
	{
		name: 'random',
		variant: '30/s limit + 20% random 429s: defaults',
		options: {},
		limitAt: steady(30),
		randomRefusals: 0.2,
		// Every attempt is refused with probability 0.2, so ITEMS need ITEMS / 0.8 attempts at 30/s.
		idealSeconds: ITEMS / 0.8 / 30,
	},
	{ name: 'lower', variant: 'steady 10/s limit: defaults (30/s)', options: {}, limitAt: steady(10), idealSeconds: ITEMS / 10 },
];

interface Outcome {
	variant: string;
	seconds: number;
	idealSeconds: number;
	failed: number;
	duplicates: number;
	requests: number;
	refused429: number;
	maxInFlight: number;
}

/** Deterministic random numbers (mulberry32), so every run refuses the same share. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

async function measure(fake: FakeVonage, profile: Profile): Promise<Outcome> {
	fake.reset();
	// The same limited fake as the real-n8n benchmark (scripts/bench.ts) and the queue-mode suite.
	const sends = new RateLimitedSends({ limitAt: profile.limitAt, latencyMs: LATENCY_MS });
	const random = seededRandom(12);
	let refusedAtRandom = 0;
	fake.on('SendMessage', (request) => {
		if (profile.randomRefusals && random() < profile.randomRefusals) {
			refusedAtRandom++;
			return { status: 429, body: { title: 'Rate Limit Hit' }, delayMs: LATENCY_MS };
		}
		return sends.handler(request);
	});
	const items = Array.from({ length: ITEMS }, (_, index) => ({ to: `447700${String(index).padStart(6, '0')}` }));
	sends.restart();
	const started = Date.now();
	const { items: output } = await runNode({
		nodeType: new VonageMessages(),
		parameters: {
			authentication: 'basic',
			resource: 'message',
			operation: 'send',
			channel: 'sms',
			messageType: 'text',
			from: '447700900001',
			to: '={{ $json.to }}',
			text: 'Benchmark',
			options: profile.options,
		},
		credentials: allCredentials(fake.baseUrl),
		items,
		continueOnFail: true,
	});
	return {
		variant: profile.variant,
		seconds: (Date.now() - started) / 1000,
		idealSeconds: Math.round(profile.idealSeconds * 10) / 10,
		failed: output.filter((item) => item.error).length,
		duplicates: sends.duplicates.length,
		requests: fake.requests.length,
		refused429: refusedAtRandom + sends.refused,
		maxInFlight: fake.maxInFlight,
	};
}

describe(`benchmark: ${ITEMS} sends against rate-limited fakes`, () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());

	it('reports throughput, failures and duplicates', async () => {
		const selected = process.env.BENCH_PROFILES?.split(',').map((name) => name.trim());
		const outcomes: Outcome[] = [];
		for (const profile of PROFILES.filter((candidate) => !selected || selected.includes(candidate.name))) {
			outcomes.push(await measure(fake, profile));
		}
		process.stdout.write(`\n${JSON.stringify(outcomes, null, 2)}\n`);
		expect(outcomes.every((outcome) => outcome.duplicates === 0)).toBe(true);
	}, 3_600_000);
});
