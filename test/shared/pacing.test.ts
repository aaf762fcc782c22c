import { type PacingLimits, RequestPacer } from '../../nodes/shared/pacing';
import { VirtualClock } from './virtualClock';

/** Deterministic random numbers (mulberry32), so a "random" refusal pattern is the same on every run. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
		mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
		return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
	};
}

interface Traffic {
	limits: PacingLimits;
	/** Requests Vonage accepts in any second, `seconds` after the start (Retry-After: 1 s above it). */
	limitAt: (seconds: number) => number;
	/** Share of requests refused at random, without Retry-After, whatever the rate. */
	strayRefusals?: number;
	/**
	 * Requests (by start order) right after whose start the event loop is blocked for `blockMilliseconds` (default 50),
	 * as garbage collection or n8n's own work does: the request leaves only when the block ends, timers fire late.
	 */
	blockedAfterStart?: number[];
	blockMilliseconds?: number;
	items: number;
}

interface TrafficLog {
	/** When each accepted request started. */
	accepted: number[];
	/** When each refused request started, and whether Vonage said Retry-After. */
	refused: Array<{ startedAt: number; retryAfter: boolean }>;
	/** The pacer's rate every 100 ms. */
	rates: Array<{ at: number; rate: number }>;
	finishedAt: number;
}

/**
 * Sends `items` requests the way pacedRequest does (acquire, 50 ms answer, release, report a 429
 * and send again) against a fake limit that counts accepted requests in the last second, all on a
 * virtual clock: minutes of traffic take a fraction of a second and every run is identical.
 */
async function simulate(traffic: Traffic): Promise<TrafficLog> {
	const clock = new VirtualClock();
	const pacer = new RequestPacer(traffic.limits, clock);
	const random = seededRandom(7);
	const log: TrafficLog = { accepted: [], refused: [], rates: [], finishedAt: 0 };
	const window: number[] = [];
	let starts = 0;
	const sendOne = async () => {
		for (;;) {
			const startedAt = await pacer.acquire();
			if (traffic.blockedAfterStart?.includes(starts++)) clock.stall(traffic.blockMilliseconds ?? 50);
			// Vonage counts a request when it arrives: when it left, which a blocked event loop delays.
			const arrivedAt = clock.now();
			let retryAfter: number | undefined;
			let refused = false;
			if (traffic.strayRefusals && random() < traffic.strayRefusals) {
				refused = true;
			} else {
				while (window.length && arrivedAt - window[0] >= 1000) window.shift();
				refused = window.length >= traffic.limitAt(arrivedAt / 1000);
				if (refused) retryAfter = 1000;
				else window.push(arrivedAt);
			}
			await clock.sleep(50);
			pacer.release();
			if (!refused) {
				pacer.accepted();
				log.accepted.push(startedAt);
				return;
			}
			log.refused.push({ startedAt, retryAfter: retryAfter !== undefined });
			pacer.refused(startedAt, retryAfter);
			if (retryAfter === undefined) await clock.sleep(250 + random() * 250);
		}
	};
	let finished = false;
	const all = Promise.all(Array.from({ length: traffic.items }, sendOne)).then(() => (finished = true));
	while (!finished) {
		await clock.advance(100);
		log.rates.push({ at: clock.now(), rate: pacer.requestsPerSecond });
	}
	await all;
	log.finishedAt = clock.now();
	return log;
}

/** Most requests started within any one second. */
function busiestSecond(startTimes: number[]): number {
	const sorted = [...startTimes].sort((a, b) => a - b);
	let most = 0;
	for (let first = 0, last = 0; last < sorted.length; last++) {
		while (sorted[last] - sorted[first] >= 1000) first++;
		most = Math.max(most, last - first + 1);
	}
	return most;
}

describe('RequestPacer', () => {
	it('hands out at most maxInFlight slots and passes a released slot to the next waiter', async () => {
		const pacer = new RequestPacer({ maxInFlight: 2, maxPerSecond: 0 }, new VirtualClock());
		await pacer.acquire();
		await pacer.acquire();
		let thirdStarted = false;
		const third = pacer.acquire().then(() => (thirdStarted = true));
		await Promise.resolve();
		expect(thirdStarted).toBe(false);
		expect(pacer.queuedRequests).toBe(1);
		pacer.release();
		await third;
		expect(thirdStarted).toBe(true);
		expect(pacer.activeRequests).toBe(2);
	});

	it('spaces starts by the configured rate, 3% wider so that jitter on the way does not make a second hold one too many', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 10, maxPerSecond: 10 }, clock);
		const starts = Array.from({ length: 5 }, async () => await pacer.acquire());
		await clock.advance(1000);
		const startTimes = await Promise.all(starts);
		startTimes.forEach((startedAt, index) => expect(startedAt).toBeCloseTo((index * 1000) / (10 * 0.97)));
		expect(pacer.requestsPerSecond).toBe(10);
	});

	it('keeps starts a spacing apart when timers fire late (a busy event loop), instead of letting them leave together', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 100, maxPerSecond: 30 }, clock);
		const starts: number[] = [];
		const requests = Array.from({ length: 60 }, async () => {
			starts.push(await pacer.acquire());
			pacer.release();
		});

		await clock.advance(100);
		clock.stall(300);
		await clock.advance(3000);
		await Promise.all(requests);

		const closest = Math.min(...starts.slice(1).map((start, index) => start - starts[index]));
		const mostInOneSecond = Math.max(...starts.map((start) => starts.filter((other) => other >= start && other < start + 1000).length));
		expect(closest).toBeGreaterThanOrEqual(0.98 * (1000 / (30 * 0.97)) - 0.001);
		expect(mostInOneSecond).toBeLessThanOrEqual(30);
	});

	it('cuts the rate once for a burst of 429s answering requests already on their way', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 10, maxPerSecond: 30 }, clock);
		const starts = Array.from({ length: 10 }, async () => await pacer.acquire());
		await clock.advance(400);
		const startTimes = await Promise.all(starts);
		// All ten come back 429 (one overload): one cut, to 70% of 30/s.
		for (const startedAt of startTimes) {
			pacer.release();
			pacer.refused(startedAt, 1000);
		}
		expect(pacer.requestsPerSecond).toBeCloseTo(21);
		// A request sent after the cut and refused again is news: the rate is still too high.
		const next = pacer.acquire();
		await clock.advance(1000);
		pacer.refused(await next, 1000);
		expect(pacer.requestsPerSecond).toBeCloseTo(21 * 0.7);
	});

	/** Sends `count` requests 50 ms apart that Vonage accepts, then one it refuses with Retry-After: 1 s. */
	async function acceptThenRefuse(clock: VirtualClock, pacer: RequestPacer, count: number) {
		for (let request = 0; request < count; request++) {
			await pacer.acquire();
			// Just over the spacing of 20/s (51.5 ms with its 3% margin), so the next acquire starts at once.
			await clock.advance(52);
			pacer.release();
			pacer.accepted();
		}
		const refusedAt = pacer.acquire();
		await clock.advance(50);
		pacer.release();
		pacer.refused(await refusedAt, 1000);
	}

	it('cuts from what Vonage accepted in the last second, then climbs back to the configured rate', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 30 }, clock);
		// 10 accepted within the last second, then Retry-After: the limit is about 10/s for now, not 30/s.
		await acceptThenRefuse(clock, pacer, 10);
		expect(pacer.requestsPerSecond).toBeCloseTo(7);
		// Recovery starts when the 1 s pause ends; 3 s later the rate holds just below 10/s...
		await clock.advance(1000 + 3000);
		expect(pacer.requestsPerSecond).toBeCloseTo(9.5);
		// ...then probes upwards: with no 429 it is back at the configured rate 3 s later, and stays there.
		await clock.advance(3000);
		expect(pacer.requestsPerSecond).toBe(30);
		await clock.advance(60_000);
		expect(pacer.requestsPerSecond).toBe(30);
	});

	it('after a 429 at the configured rate, holds just below it for 10 s without a dip, then climbs back', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 20 }, clock);
		// Vonage accepted 19 in the last second: the limit is the configured rate, the refusal was bunching on the way.
		await acceptThenRefuse(clock, pacer, 20);
		const hold = pacer.requestsPerSecond;
		expect(hold).toBeGreaterThanOrEqual(18);
		expect(hold).toBeLessThan(20);
		// Everyone still waits the Retry-After second; then 10 s at the hold, then the configured rate again.
		await clock.advance(1000 + 9900);
		expect(pacer.requestsPerSecond).toBe(hold);
		await clock.advance(100 + 2000);
		expect(pacer.requestsPerSecond).toBe(20);
	});

	it('holds longer when 429s at the configured rate repeat within a minute, and short again after a quiet minute', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 20 }, clock);
		const holdAfterRefusal = async () => {
			await acceptThenRefuse(clock, pacer, 20);
			const hold = pacer.requestsPerSecond;
			expect(hold).toBeLessThan(20);
			let held = 0;
			while (pacer.requestsPerSecond === hold) {
				await clock.advance(100);
				held += 100;
			}
			return Math.round(held / 1000);
		};
		// Seconds at the hold, counting the Retry-After second.
		expect(await holdAfterRefusal()).toBe(11);
		await clock.advance(5000);
		expect(await holdAfterRefusal()).toBe(21);
		await clock.advance(5000);
		expect(await holdAfterRefusal()).toBe(41);
		await clock.advance(61_000);
		expect(await holdAfterRefusal()).toBe(11);
	});

	it('waits after a request that a blocked event loop held back, so the request a second later does not make one too many', async () => {
		const traffic = { limits: { maxInFlight: 10, maxPerSecond: 30 }, limitAt: () => 30, items: 300 };
		const smooth = await simulate(traffic);
		const blocked = await simulate({ ...traffic, blockedAfterStart: [100, 200] });
		// 33 ms: over the 31 ms the spacing leaves in a second, under the 34 ms to the next start (no start is late).
		const shortBlock = await simulate({ ...traffic, blockedAfterStart: [100], blockMilliseconds: 33 });
		expect(smooth.refused).toHaveLength(0);
		expect(blocked.refused).toHaveLength(0);
		expect(shortBlock.refused).toHaveLength(0);
		// Each block costs about its own length, not a Retry-After pause and a hold.
		expect(blocked.finishedAt - smooth.finishedAt).toBeLessThanOrEqual(200);
		expect(shortBlock.finishedAt - smooth.finishedAt).toBeLessThanOrEqual(100);
	});

	it('never goes above the configured rate, also while it probes after a cut', async () => {
		const log = await simulate({ limits: { maxInFlight: 10, maxPerSecond: 20 }, limitAt: () => 30, items: 400, strayRefusals: 0.1 });
		expect(Math.max(...log.rates.map(({ rate }) => rate))).toBeLessThanOrEqual(20);
		const starts = [...log.accepted, ...log.refused.map(({ startedAt }) => startedAt)];
		expect(busiestSecond(starts)).toBeLessThanOrEqual(20);
	});

	it('never goes below one request every two seconds, however many 429s come', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 30 }, clock);
		const rates: number[] = [];
		for (let round = 0; round < 100; round++) {
			const startedAt = pacer.acquire();
			await clock.advance(3000);
			pacer.release();
			pacer.refused(await startedAt, 0);
			rates.push(pacer.requestsPerSecond);
		}
		expect(Math.min(...rates)).toBe(0.5);
	});

	it('keeps a configured rate below that floor: a 429 never raises it', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 0.2 }, clock);
		pacer.refused(await pacer.acquire(), 0);
		expect(pacer.requestsPerSecond).toBeCloseTo(0.2);
	});

	it('keeps "no limit" unlimited after a 429 (the Retry-After pause still applies)', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 0 }, clock);
		pacer.refused(await pacer.acquire(), 0);
		expect(pacer.requestsPerSecond).toBe(0);
	});

	it('holds every request back for Retry-After, also those already waiting for their start', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 5, maxPerSecond: 10 }, clock);
		const first = await pacer.acquire();
		const waiting = Array.from({ length: 3 }, async () => await pacer.acquire());
		await clock.advance(50);
		pacer.refused(first, 2000);
		const later = pacer.acquire();
		await clock.advance(5000);
		const startTimes = (await Promise.all([...waiting, later])).sort((a, b) => a - b);
		expect(Math.min(...startTimes)).toBeGreaterThanOrEqual(2050);
		// After the pause they start at the lowered rate (7/s, climbing), not in a clump.
		const gaps = startTimes.slice(1).map((start, index) => start - startTimes[index]);
		expect(gaps[0]).toBeCloseTo(1000 / (7 * 0.97));
		expect(Math.min(...gaps)).toBeGreaterThan(100);
	});

	it('lets a 429 without Retry-After hold back only the refused item', async () => {
		const clock = new VirtualClock();
		const pacer = new RequestPacer({ maxInFlight: 5, maxPerSecond: 10 }, clock);
		const first = await pacer.acquire();
		await clock.advance(100);
		pacer.refused(first);
		const next = pacer.acquire();
		await clock.advance(1000);
		// Next start: one spacing at the dipped rate (7/s, with the 3% margin) after the last one, no pause.
		expect(await next).toBeCloseTo(1000 / (7 * 0.97));
	});

	it('does not collapse under 20% stray 429s: the rate dips and comes back', async () => {
		const log = await simulate({ limits: { maxInFlight: 10, maxPerSecond: 30 }, limitAt: () => 1000, strayRefusals: 0.2, items: 1000 });
		expect(log.refused.length).toBeGreaterThan(150);
		expect(Math.min(...log.rates.map(({ rate }) => rate))).toBeGreaterThanOrEqual(21);
		// 1,000 items need ~1,250 attempts: 42 s at 30/s; allow for the dips and the last retries.
		expect(log.finishedAt).toBeLessThan(60_000);
	});

	// The hold between probes grows with the time the limit has been low (half of it, up to 30 s after the recovery):
	// against a steady 10/s that is 5 refused probes in the first minute (4 with the doubling hold it replaced), each a
	// Retry-After pause of about 10 sends, and then the same one every 30-odd seconds; in exchange a limit that drops for
	// seconds is used again seconds after it returns (next test).
	it('settles just below a steady lower limit and probes above it only rarely', async () => {
		const log = await simulate({ limits: { maxInFlight: 10, maxPerSecond: 30 }, limitAt: () => 10, items: 1200 });
		const lastMinute = (at: number) => at >= log.finishedAt - 60_000;
		expect(log.refused.filter(({ startedAt }) => lastMinute(startedAt)).length).toBeLessThanOrEqual(4);
		expect(log.accepted.filter(lastMinute).length).toBeGreaterThanOrEqual(9 * 60);
	});

	it('uses a limit again soon after it came back up', async () => {
		const dropped = (seconds: number) => seconds >= 10 && seconds < 20;
		const log = await simulate({ limits: { maxInFlight: 10, maxPerSecond: 30 }, limitAt: (seconds) => (dropped(seconds) ? 10 : 30), items: 1200 });
		// From 5 s after the limit came back, most of it is used again (the limit allows 300 in those 10 s)...
		expect(log.accepted.filter((at) => at >= 25_000 && at < 35_000).length).toBeGreaterThanOrEqual(220);
		// ...after the pacer had slowed down to the lower limit while it lasted.
		expect(log.rates.find((sample) => sample.at >= 19_000)?.rate).toBeLessThan(15);
		// A probe refused 7 s into the drop holds for half of that, so 3 s after the limit came back the pacer uses 90%
		// of it (a hold doubled per refused probe stayed near 10/s until 25 s: 74 of these 150).
		expect(log.accepted.filter((at) => at >= 23_000 && at < 28_000).length).toBeGreaterThanOrEqual(135);
	});
});
