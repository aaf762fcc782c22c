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
 *   A probe refused near the same rate goes straight back to the hold (no new dip), and the hold
 *   doubles (up to MAX_HOLD_SECONDS), so against a steady lower limit the pacer settles just below
 *   it and probes rarely. A refusal at about the configured rate means the configured rate is the
 *   account's limit: hold 5% below it for a minute before trying the full rate again.
 *   Recovery starts when a Retry-After pause ends, and the rate never exceeds the configured one.
 * - A 429 with Retry-After is Vonage saying this account is over its limit: everyone pauses and
 *   the rate is cut. Without Retry-After (nobody was asked to wait; a stray refusal looks the same)
 *   only the refused item backs off, and the rate dips at most once per RECOVERY_SECONDS and climbs
 *   back to where it was, so stray 429s, however many, cost a dip and never a collapse.
 */
const RATE_KEPT_ON_CUT = 0.7;
/** Where the rate holds after a Retry-After refusal: just below the rate that was refused. */
const HOLD_SHARE_OF_REFUSED_RATE = 0.95;
const RECOVERY_SECONDS = 3;
const PROBE_SECONDS = 3;
const MAX_HOLD_SECONDS = 30;
/** After a 429 at about the configured rate: at most 5% is lost by holding, a refused probe costs a Retry-After pause. */
const HOLD_AT_CONFIGURED_RATE_SECONDS = 60;
/** A refusal at 90% or more of the previously refused (or the configured) rate is taken as the same limit. */
const SAME_LIMIT_SHARE = 0.9;
/**
 * Starts are spaced for 97% of the current rate. At exactly an account's limit the requests reach Vonage
 * unevenly (network and CPU jitter), so some second holds one request too many and is refused; each such
 * 429 pauses everyone for Retry-After and then holds 5% below for a minute. Measured in n8n 2.41.1, 1,000
 * sends at the default 30/s against a 30/s limit: 2 to 4 429s and 39 to 41 s, 1.2x the 33.3 s ideal
 * (BENCHMARKS.md). 3% below costs 1.03x and leaves room for about 60 ms of jitter.
 */
const START_SPACING_SHARE = 0.97;
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
			const earliest = this.lastStartAt + this.spacingAt(now) * LATE_START_TOLERANCE;
			if (now >= earliest) return now;
			await this.clock.sleep(earliest - now);
			now = this.clock.now();
		}
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
			const atConfiguredRate = toldToWait && rate >= this.limits.maxPerSecond * SAME_LIMIT_SHARE;
			if (atConfiguredRate) this.holdSeconds = HOLD_AT_CONFIGURED_RATE_SECONDS;
			else this.holdSeconds = sameLimit ? Math.min(MAX_HOLD_SECONDS, this.holdSeconds * 2 || RECOVERY_SECONDS) : 0;
			this.refusedRate = rate;
			this.holdRate = Math.max(this.floorRate, toldToWait ? rate * HOLD_SHARE_OF_REFUSED_RATE : rate);
			this.resumeRate = toldToWait && sameLimit ? this.holdRate : rate * RATE_KEPT_ON_CUT;
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
