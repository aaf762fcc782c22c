import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

export interface PacingLimits {
	/** Requests of one node run that may wait for an answer at the same time. */
	maxInFlight: number;
	/** Requests started per second, across all items of the run; 0 for no limit. */
	maxPerSecond: number;
}

/** Time as the pacer sees it; tests pass a virtual clock so that pacing is checked without waiting. */
export interface PacerClock {
	now(): number;
	sleep(milliseconds: number): Promise<void>;
}

const systemClock: PacerClock = { now: () => Date.now(), sleep };

/*
 * How the rate follows Vonage's 429s. The old pacer took 5% off on every 429, for good: one burst
 * of 429s (another workflow on the account, a limit lowered for a while) slowed the rest of a long
 * run, and 20% stray 429s drove it to the floor (1,000 sends: 467 s instead of ~42 s). Now:
 * - Cut once per round, not per answer. A round is the requests started since the last cut; the
 *   ones already on their way were sent at the old rate, so their 429s report the overload we
 *   already reacted to. A cut takes the rate to 70% of the rate the refused request was sent at,
 *   or of the requests Vonage accepted in the last second if that is lower: a limit far below our
 *   rate (the sandbox's 1/s against the default 30/s) is then found in one round, not ten.
 * - Recover while no 429 comes (CUBIC-like, as in TCP, RFC 9438): the rate climbs back quickly to
 *   just below the refused rate (RECOVERY_SECONDS), holds there, then probes above it, reaching the
 *   configured rate again within PROBE_SECONDS. A limit that came back up is used again in seconds.
 *   A probe refused near the same rate goes straight back to the hold (no new dip). How long it holds
 *   grows with how long the limit has been low (HOLD_SHARE_OF_TIME_LOW of it, up to MAX_HOLD_SECONDS):
 *   a limit lowered for seconds (another workflow's burst) is found again seconds after it came
 *   back, which is where the time goes (each second spent at 10/s after the limit returned to 30/s
 *   costs 20 sends), while against a steady lower limit the probes, each costing a Retry-After
 *   pause of a few sends at that lower rate, become rare.
 * - A refusal at about the configured rate, after Vonage accepted about that many in the last
 *   second, means the configured rate is the account's limit and the request met others bunched
 *   on the way (network, a busy event loop): no dip, hold 5% below it for
 *   HOLD_AT_CONFIGURED_RATE_SECONDS, then the full rate again; only when such refusals repeat
 *   within MAX_HOLD_AT_CONFIGURED_RATE_SECONDS does the hold double, up to that. One stray edge
 *   refusal then costs its Retry-After pause and about half a second; repeated ones settle 5%
 *   below (the old rule held a minute after every one: up to 2.6 s of a 33 s run).
 * - Recovery starts when a Retry-After pause ends, and the rate never exceeds the configured one.
 * - Vonage counts a request when it arrives. A request that a blocked event loop held back after
 *   its start (seen as a zero-delay timer set at the start firing late) arrives late, and the
 *   request one second's worth of starts after it, on time, would make one too many in that
 *   second: it waits as long.
 * - A 429 with Retry-After is Vonage saying this account is over its limit: everyone pauses and
 *   the rate is cut. Without Retry-After (nobody was asked to wait; a stray refusal looks the same)
 *   only the refused item backs off, and the rate dips at most once per RECOVERY_SECONDS and climbs
 *   back to where it was, so stray 429s, however many, cost a dip and never a collapse.
 */
const RATE_KEPT_ON_CUT = 0.7;
/** Where the rate holds after a Retry-After refusal: just below the rate that was refused. */
const HOLD_SHARE_OF_REFUSED_RATE = 0.95;
const RECOVERY_SECONDS = 3;
/**
 * From the hold to the configured rate. A refused probe costs one Retry-After pause however fast it climbed, while
 * after a limit came back every second of the climb is spent below it: 2 s (it was 3 s) saves about half a second
 * there (virtual clock, the bench's 30/s, 10/s, 30/s profile) and did not add a probe against a steady 10/s.
 */
const PROBE_SECONDS = 2;
const MAX_HOLD_SECONDS = 30;
/**
 * Below a lower limit, the time at the hold (counted from the end of the Retry-After pause, at least the
 * RECOVERY_SECONDS) is half the time the limit has been low. Each refused probe costs a Retry-After pause, so probes
 * cost a share of the time that falls as a lower limit lasts, like the doubling hold this replaced (3, 6, 12 s per
 * refusal), but counted from when the limit dropped: the doubling kept the pacer near 10/s for 5 to 15 s after a 10 s
 * drop had ended, at the cost of 20 sends a second.
 */
const HOLD_SHARE_OF_TIME_LOW = 0.5;
/** After a 429 at about the configured rate: the time 5% below it (a stray edge refusal costs about 0.5 s of it). */
const HOLD_AT_CONFIGURED_RATE_SECONDS = 10;
/** Such 429s within this of the last one double that hold up to this: repeated, they settle 5% below for good. */
const MAX_HOLD_AT_CONFIGURED_RATE_SECONDS = 60;
/** A refusal at 90% or more of the previously refused (or the configured) rate is taken as the same limit. */
const SAME_LIMIT_SHARE = 0.9;
/**
 * Starts are spaced for 97% of the current rate. At exactly an account's limit the requests reach Vonage
 * unevenly (network and CPU jitter), so some second holds one request too many and is refused; each such
 * 429 pauses everyone for Retry-After and then holds 5% below for a while. Measured in n8n 2.41.1, 1,000
 * sends at the default 30/s against a 30/s limit: 2 to 4 429s and 39 to 41 s, 1.2x the 33.3 s ideal
 * (BENCHMARKS.md). 3% below costs 1.03x and leaves room for about 30 ms of jitter in each second at 30/s.
 */
const START_SPACING_SHARE = 0.97;
/**
 * A zero-delay timer set at each start that fires this much later means the event loop was blocked right after the
 * start (garbage collection, n8n's own work), and the request may have left only when the block ended. Measured in
 * n8n 2.41.1 (30/s, 1,000 sends, arrival times at the fake): once or twice a run, around the 210th to 230th send
 * and again near the 850th, one request arrived 30 to 50 ms after its place in the schedule while its neighbours
 * were on time; the request a second after it, on time, then made 31 in the fake's second and was refused. A block
 * shorter than the spacing delays none of the pacer's own timers, hence a timer per start.
 */
const STALL_MILLISECONDS = 10;
/** Starts remembered for that rule: one second's worth at rates up to this many per second. */
const MAX_REMEMBERED_STARTS = 1000;
/**
 * Timers fire a little late on their own, which must not slow every start down; a start waits only when it comes
 * closer than 98% of the spacing after the last one. At the 97% spacing that is still 1% under the rate, so thirty
 * such starts in a row never fit one second.
 */
const LATE_START_TOLERANCE = 0.98;
/** The slowest pace: one request every two seconds (or the configured rate, if that is slower). */
const MIN_REQUESTS_PER_SECOND = 0.5;

/**
 * Shares request slots among the items of one node run. n8n's declarative engine starts every
 * item's request at once; the pacer lets at most `maxInFlight` proceed, spaces their starts by the
 * current rate, and holds everyone back while Vonage has asked us to wait (429 Retry-After).
 */
export class RequestPacer {
	private inFlight = 0;

	private readonly waiting: Array<() => void> = [];

	private nextStartAt = 0;

	private lastStartAt = Number.NEGATIVE_INFINITY;

	private pausedUntil = 0;

	/** When Vonage answered the requests it accepted in about the last second. */
	private readonly acceptedAt: number[] = [];

	/** Changes whenever a 429 changes the pace: start times reserved under an older schedule are void. */
	private schedule = 0;

	private readonly floorRate: number;

	/** Rate of the request whose 429 caused the last cut; 0 until a cut. */
	private refusedRate = 0;

	/** Rate the recovery climbs to and holds at before probing. */
	private holdRate = 0;

	private holdSeconds = 0;

	/** Rate right after the last cut, where recovery starts. */
	private resumeRate = 0;

	/** A 429 for a request started before this belongs to the round that was already cut. */
	private cutAt = Number.NEGATIVE_INFINITY;

	/** Recovery starts when the last cut's Retry-After pause is over. */
	private recoveryFrom = 0;

	/** Since when the rate has been below the configured one because of 429s (set by a cut at the configured rate). */
	private lowSince = 0;

	/** The last 429 taken as bunching at the configured rate, and the hold it set. */
	private configuredRefusalAt = Number.NEGATIVE_INFINITY;

	private configuredHoldSeconds = 0;

	/**
	 * The latest starts, oldest first: when each started and when it may have left (later than its start when a
	 * blocked event loop may have held it back).
	 */
	private readonly departures: Array<{ startedAt: number; leftBy: number }> = [];

	constructor(
		private readonly limits: PacingLimits,
		private readonly clock: PacerClock = systemClock,
	) {
		this.floorRate = Math.min(limits.maxPerSecond, MIN_REQUESTS_PER_SECOND);
	}

	/** Starts per second allowed now; 0 for no limit. */
	get requestsPerSecond(): number {
		return this.rateAt(this.clock.now());
	}

	get activeRequests(): number {
		return this.inFlight;
	}

	get queuedRequests(): number {
		return this.waiting.length;
	}

	/** Waits for a slot and a start time; returns the start time, which `refused` needs back. */
	async acquire(): Promise<number> {
		if (this.inFlight >= Math.max(1, this.limits.maxInFlight)) {
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		} else {
			this.inFlight++;
		}
		// A slot is ours; now reserve a start time. A 429 may cut the rate or pause everyone while we
		// sleep: then the start times handed out before it are void, and we reserve again.
		for (;;) {
			const now = this.clock.now();
			const schedule = this.schedule;
			const startAt = Math.max(now, this.pausedUntil, this.nextStartAt);
			this.nextStartAt = startAt + this.spacingAt(startAt);
			if (startAt > now) await this.clock.sleep(startAt - now);
			let startedAt = this.clock.now();
			startedAt = await this.notCloserThanSpacing(startedAt);
			if (schedule === this.schedule && this.pausedUntil <= startedAt) {
				this.lastStartAt = startedAt;
				this.rememberDeparture(startedAt);
				return startedAt;
			}
		}
	}

	/**
	 * Start times are reserved ahead, one spacing apart, but a timer fires late when the event loop is busy (n8n
	 * preparing the next items): then requests reserved a spacing apart wake together and would leave together, and at
	 * a limit some second holds too many. A start that comes too soon after the last one waits for its spacing.
	 */
	private async notCloserThanSpacing(wokeAt: number): Promise<number> {
		let now = wokeAt;
		for (;;) {
			const spacing = this.spacingAt(now);
			const earliest = Math.max(this.lastStartAt + spacing * LATE_START_TOLERANCE, this.afterDelayedDeparture(now, spacing));
			if (now >= earliest) return now;
			await this.clock.sleep(earliest - now);
			now = this.clock.now();
		}
	}

	/**
	 * Vonage counts requests by when they arrive. If the request one second's worth of starts before this one left late
	 * (held back by a blocked event loop), this one, on time, would arrive less than a second after it and make one
	 * too many in that second: it waits as long as that one was held back.
	 */
	private afterDelayedDeparture(now: number, spacing: number): number {
		const perSecond = Math.ceil(this.rateAt(now));
		if (perSecond <= 0) return Number.NEGATIVE_INFINITY;
		const earlier = this.departures[this.departures.length - perSecond];
		if (!earlier || earlier.leftBy <= earlier.startedAt) return Number.NEGATIVE_INFINITY;
		return earlier.leftBy + perSecond * spacing;
	}

	/** Only a rate limit counts arrivals per second: without one (Max Messages per Second 0) no start is remembered or watched. */
	private rememberDeparture(startedAt: number): void {
		if (this.limits.maxPerSecond <= 0) return;
		const departure = { startedAt, leftBy: startedAt };
		this.departures.push(departure);
		if (this.departures.length > MAX_REMEMBERED_STARTS) this.departures.shift();
		void this.noticeBlockAfter(departure);
	}

	/** Runs as soon as the event loop is free after a start; much later means it was blocked (see STALL_MILLISECONDS). */
	private async noticeBlockAfter(departure: { startedAt: number; leftBy: number }): Promise<void> {
		await this.clock.sleep(0);
		const now = this.clock.now();
		if (now - departure.startedAt >= STALL_MILLISECONDS) departure.leftBy = now;
	}

	release(): void {
		const next = this.waiting.shift();
		if (next) {
			next();
		} else {
			this.inFlight--;
		}
	}

	/**
	 * Vonage refused the request started at `startedAt` (the time `acquire` returned) with 429.
	 * With Retry-After everyone waits that long; the rate is cut as described above.
	 */
	refused(startedAt: number, retryAfterMilliseconds?: number): void {
		const now = this.clock.now();
		const toldToWait = retryAfterMilliseconds !== undefined;
		if (toldToWait) this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMilliseconds);
		const newRound = startedAt >= this.cutAt;
		const mayCut = toldToWait || now - this.cutAt >= RECOVERY_SECONDS * 1000;
		if (this.limits.maxPerSecond > 0 && newRound && mayCut) {
			const sentAt = this.rateAt(startedAt);
			const acceptedLastSecond = this.acceptedSince(now - 1000);
			const rate = toldToWait && acceptedLastSecond > 0 ? Math.min(sentAt, Math.max(this.floorRate, acceptedLastSecond)) : sentAt;
			const sameLimit = this.refusedRate > 0 && rate >= this.refusedRate * SAME_LIMIT_SHARE;
			// Bunching on the way, not a lower limit: Vonage has just accepted about the configured rate.
			const atConfiguredRate = toldToWait && Math.min(rate, acceptedLastSecond) >= this.limits.maxPerSecond * SAME_LIMIT_SHARE;
			if (this.rateAt(now) >= this.limits.maxPerSecond) this.lowSince = now;
			if (atConfiguredRate) {
				const repeated = now - this.configuredRefusalAt < MAX_HOLD_AT_CONFIGURED_RATE_SECONDS * 1000;
				this.configuredHoldSeconds = repeated
					? Math.min(MAX_HOLD_AT_CONFIGURED_RATE_SECONDS, this.configuredHoldSeconds * 2)
					: HOLD_AT_CONFIGURED_RATE_SECONDS;
				this.configuredRefusalAt = now;
				// The hold counts from the end of the pause and includes the (flat) recovery phase.
				this.holdSeconds = this.configuredHoldSeconds - RECOVERY_SECONDS;
			} else if (sameLimit) {
				const secondsLow = (now - this.lowSince) / 1000;
				this.holdSeconds = Math.min(MAX_HOLD_SECONDS, Math.max(0, secondsLow * HOLD_SHARE_OF_TIME_LOW - RECOVERY_SECONDS));
			} else {
				this.holdSeconds = 0;
			}
			this.refusedRate = rate;
			this.holdRate = Math.max(this.floorRate, toldToWait ? rate * HOLD_SHARE_OF_REFUSED_RATE : rate);
			this.resumeRate = toldToWait && (sameLimit || atConfiguredRate) ? this.holdRate : rate * RATE_KEPT_ON_CUT;
			this.cutAt = now;
			this.recoveryFrom = Math.max(now, this.pausedUntil);
			this.reschedule();
		} else if (toldToWait) {
			this.recoveryFrom = Math.max(this.recoveryFrom, this.pausedUntil);
			this.reschedule();
		}
	}

	/** Vonage accepted a request (answered it with anything but 429). */
	accepted(): void {
		const now = this.clock.now();
		this.acceptedAt.push(now);
		while (this.acceptedAt.length && this.acceptedAt[0] <= now - 1000) this.acceptedAt.shift();
	}

	private acceptedSince(time: number): number {
		return this.acceptedAt.filter((at) => at > time).length;
	}

	/** Voids the start times handed out so far: the next start follows the last one at the new pace. */
	private reschedule(): void {
		this.schedule++;
		const resumeAt = Math.max(this.clock.now(), this.pausedUntil);
		this.nextStartAt = Math.max(resumeAt, this.lastStartAt + this.spacingAt(resumeAt));
	}

	private spacingAt(time: number): number {
		const rate = this.rateAt(time);
		return rate > 0 ? 1000 / (rate * START_SPACING_SHARE) : 0;
	}

	private rateAt(time: number): number {
		const configured = this.limits.maxPerSecond;
		if (configured <= 0 || this.refusedRate === 0) return configured;
		const seconds = Math.max(0, time - this.recoveryFrom) / 1000;
		const probingFor = seconds - RECOVERY_SECONDS - this.holdSeconds;
		let rate: number;
		if (seconds < RECOVERY_SECONDS) {
			rate = this.holdRate - (this.holdRate - this.resumeRate) * (1 - seconds / RECOVERY_SECONDS) ** 3;
		} else if (probingFor <= 0) {
			rate = this.holdRate;
		} else {
			rate = this.holdRate + (configured - this.holdRate) * (probingFor / PROBE_SECONDS) ** 3;
		}
		return Math.min(configured, Math.max(this.floorRate, rate));
	}
}

interface PacerEntry {
	pacer: RequestPacer;
	users: number;
}

const pacers = new Map<string, PacerEntry>();

function runKey(context: IExecuteSingleFunctions): string {
	const node = context.getNode();
	return `${context.getExecutionId() ?? 'manual'}\u0000${node.id ?? node.name}`;
}

/**
 * Runs `work` holding one slot of the pacer shared by all items of this node run. The pacer lives
 * only while some item of the run uses it, so nothing outlives the execution.
 */
export async function withPacer<T>(
	context: IExecuteSingleFunctions,
	limits: PacingLimits,
	work: (pacer: RequestPacer) => Promise<T>,
): Promise<T> {
	const key = runKey(context);
	let entry = pacers.get(key);
	if (!entry) {
		entry = { pacer: new RequestPacer(limits), users: 0 };
		pacers.set(key, entry);
	}
	entry.users++;
	try {
		return await work(entry.pacer);
	} finally {
		entry.users--;
		if (entry.users === 0) pacers.delete(key);
	}
}

export function activePacerCount(): number {
	return pacers.size;
}

export interface PacingOptions {
	maxInFlight?: number;
	maxPerSecond?: number;
	maxRateLimitRetries?: number;
}

export const PACING_DEFAULTS: Required<PacingOptions> = {
	maxInFlight: 10,
	maxPerSecond: 30,
	maxRateLimitRetries: 5,
};

/** Longest Retry-After we honour; a longer wait fails the item instead of stalling the workflow. */
export const MAX_RETRY_AFTER_SECONDS = 120;
