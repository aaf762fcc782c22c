import { RequestPacer } from '../../nodes/shared/pacing';

describe('RequestPacer', () => {
	it('hands out at most maxInFlight slots and passes a released slot to the next waiter', async () => {
		const pacer = new RequestPacer({ maxInFlight: 2, maxPerSecond: 0 });
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

	it('lowers a configured rate by 5% on every 429, down to one request per two seconds', () => {
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 30 });
		pacer.backOff(0);
		expect(pacer.requestsPerSecond).toBeCloseTo(28.5);
		for (let refusal = 0; refusal < 100; refusal++) pacer.backOff(0);
		expect(pacer.requestsPerSecond).toBe(0.5);
	});

	it('keeps "no limit" unlimited after a 429 (the Retry-After pause still applies)', () => {
		const pacer = new RequestPacer({ maxInFlight: 1, maxPerSecond: 0 });
		pacer.backOff(0);
		expect(pacer.requestsPerSecond).toBe(0);
	});

	it('holds every new request back while paused', async () => {
		const pacer = new RequestPacer({ maxInFlight: 5, maxPerSecond: 0 });
		pacer.backOff(300);
		const started = Date.now();
		await pacer.acquire();
		expect(Date.now() - started).toBeGreaterThanOrEqual(290);
	});
});
