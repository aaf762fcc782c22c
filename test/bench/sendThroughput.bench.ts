/* eslint-disable @n8n/community-nodes/no-restricted-globals -- benchmark reads BENCH_ITEMS from the environment and prints its table; never shipped */
/**
 * Benchmark, not a test: 1,000 SMS sends through the node's real declarative routing against a
 * local fake that accepts at most 30 requests per second (Vonage's documented SMS limit), answers
 * 429 with Retry-After above it, and takes 50 ms per request. Prints duration, failures, duplicates,
 * requests sent and the most requests in flight, for default options and a few variants.
 * Run: npm run bench
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from '../helpers/credentials';
import { FakeVonage } from '../helpers/fakeVonage';
import { runNode } from '../helpers/runNode';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000);
const LIMIT_PER_SECOND = 30;
const LATENCY_MS = 50;

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

async function measure(fake: FakeVonage, variant: string, options: INodeParameters): Promise<Outcome> {
	fake.reset();
	const window: number[] = [];
	const acceptedCount = new Map<string, number>();
	let refused = 0;
	fake.on('SendMessage', (request) => {
		const now = Date.now();
		while (window.length && now - window[0] >= 1000) window.shift();
		if (window.length >= LIMIT_PER_SECOND) {
			refused++;
			return { status: 429, headers: { 'Retry-After': '1' }, body: { title: 'Rate Limit Hit' }, delayMs: LATENCY_MS };
		}
		window.push(now);
		const to = String((request.body as IDataObject).to);
		acceptedCount.set(to, (acceptedCount.get(to) ?? 0) + 1);
		return { status: 202, body: { message_uuid: `uuid-${to}` }, delayMs: LATENCY_MS };
	});
	const items = Array.from({ length: ITEMS }, (_, index) => ({ to: `447700${String(index).padStart(6, '0')}` }));
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
			options,
		},
		credentials: allCredentials(fake.baseUrl),
		items,
		continueOnFail: true,
	});
	return {
		variant,
		seconds: (Date.now() - started) / 1000,
		idealSeconds: ITEMS / LIMIT_PER_SECOND,
		failed: output.filter((item) => item.error).length,
		duplicates: [...acceptedCount.values()].filter((count) => count > 1).length,
		requests: fake.requests.length,
		refused429: refused,
		maxInFlight: fake.maxInFlight,
	};
}

describe('benchmark: 1,000 sends against a 30/s limit', () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());

	it('reports throughput, failures and duplicates', async () => {
		const outcomes = [
			await measure(fake, 'defaults (10 in flight, 30/s)', {}),
			await measure(fake, 'no rate limit, 10 in flight (429s and Retry-After)', { maxPerSecond: 0 }),
			await measure(fake, '25/s, 5 in flight', { maxPerSecond: 25, maxInFlight: 5 }),
		];
		process.stdout.write(`\n${JSON.stringify(outcomes, null, 2)}\n`);
		expect(outcomes.every((outcome) => outcome.duplicates === 0)).toBe(true);
	}, 600_000);
});
