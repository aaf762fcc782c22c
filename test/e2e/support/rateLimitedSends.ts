import type { FakeHandler } from '../../helpers/fakeVonage';

/**
 * Vonage's answer to sends while an account is over its limit: the fake accepts at most `limitAt(elapsed)` sends
 * in any one second (a sliding window, as Vonage's 30 requests/s SMS limit behaves) and answers the rest 429 with
 * `Retry-After: 1`. One handler for the queue-mode suite and the benchmark (scripts/bench.ts), so both measure
 * against the same limit. It counts what a test asserts: sends accepted per recipient (a duplicate is a count
 * above 1), 429s, and when the first and last send arrived.
 */
export interface RateLimitedSendsOptions {
	/** Sends accepted in any second, `elapsedSeconds` after `restart()` (or creation). Infinity: no limit. */
	limitAt: (elapsedSeconds: number) => number;
	/** Milliseconds before an accepted send is answered 202 (Vonage's own latency). */
	latencyMs?: number;
	/** Milliseconds before a 429 is answered. */
	refusalLatencyMs?: number;
}

export class RateLimitedSends {
	/** Accepted sends per recipient (`to`). */
	readonly accepted = new Map<string, number>();

	refused = 0;

	/** Milliseconds from the first send to each refused one: where in a run the limit was hit. */
	readonly refusedAfterMs: number[] = [];

	/** Epoch milliseconds of the first and the last send that arrived (accepted or not), since `restart()`. */
	firstArrivalAt?: number;

	lastArrivalAt?: number;

	private window: number[] = [];

	private startedAt = Date.now();

	constructor(private readonly options: RateLimitedSendsOptions) {}

	/** Clears the counts and restarts the limit profile's clock. */
	restart(): this {
		this.accepted.clear();
		this.refused = 0;
		this.refusedAfterMs.length = 0;
		this.firstArrivalAt = undefined;
		this.lastArrivalAt = undefined;
		this.window = [];
		this.startedAt = Date.now();
		return this;
	}

	/** Recipients whose message was accepted more than once. */
	get duplicates(): string[] {
		return [...this.accepted.entries()].filter(([, count]) => count > 1).map(([to]) => to);
	}

	get acceptedTotal(): number {
		let total = 0;
		for (const count of this.accepted.values()) total += count;
		return total;
	}

	/** The handler for the fake's `SendMessage` operation (or any route that sends). */
	readonly handler: FakeHandler = (request) => {
		const now = Date.now();
		this.firstArrivalAt ??= now;
		this.lastArrivalAt = now;
		while (this.window.length && now - this.window[0] >= 1000) this.window.shift();
		if (this.window.length >= this.options.limitAt((now - this.startedAt) / 1000)) {
			this.refused++;
			this.refusedAfterMs.push(now - (this.firstArrivalAt ?? now));
			return {
				status: 429,
				headers: { 'Retry-After': '1' },
				body: { title: 'Rate Limit Hit', detail: 'Too many requests' },
				delayMs: this.options.refusalLatencyMs ?? this.options.latencyMs ?? 0,
			};
		}
		this.window.push(now);
		const to = String((request.body as { to?: unknown } | undefined)?.to);
		this.accepted.set(to, (this.accepted.get(to) ?? 0) + 1);
		return { status: 202, body: { message_uuid: `uuid-${to}` }, delayMs: this.options.latencyMs ?? 0 };
	};
}

/** A limit of `perSecond` sends in any second. */
export const steadyLimit = (perSecond: number) => () => perSecond;
