import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

export interface PacingLimits {
	/** Requests of one node run that may wait for an answer at the same time. */
	maxInFlight: number;
	/** Requests started per second, across all items of the run; 0 for no limit. */
	maxPerSecond: number;
}

/**
 * Shares request slots among the items of one node run. n8n's declarative engine starts every
 * item's request at once; the pacer lets at most `maxInFlight` proceed, spaces their starts by the
 * rate limit, and holds everyone back while Vonage has asked us to wait (429 Retry-After).
 */
export class RequestPacer {
	private inFlight = 0;

	private readonly waiting: Array<() => void> = [];

	private nextStartAt = 0;

	private pausedUntil = 0;

	/** Starts per second now; lowered each time Vonage answers 429, so a run settles just below the limit. */
	private currentRate: number;

	constructor(private readonly limits: PacingLimits) {
		this.currentRate = limits.maxPerSecond;
	}

	get requestsPerSecond(): number {
		return this.currentRate;
	}

	get activeRequests(): number {
		return this.inFlight;
	}

	get queuedRequests(): number {
		return this.waiting.length;
	}

	async acquire(): Promise<void> {
		if (this.inFlight >= Math.max(1, this.limits.maxInFlight)) {
			await new Promise<void>((resolve) => this.waiting.push(resolve));
		} else {
			this.inFlight++;
		}
		// A slot is ours; now reserve a start time. A 429 may pause everyone while we sleep: then reserve again.
		const spacing = this.currentRate > 0 ? 1000 / this.currentRate : 0;
		for (;;) {
			const now = Date.now();
			const startAt = Math.max(now, this.pausedUntil, this.nextStartAt);
			this.nextStartAt = startAt + spacing;
			if (startAt > now) await sleep(startAt - now);
			if (this.pausedUntil <= Date.now()) return;
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
	 * Vonage refused a request as too many: everyone waits at least this long, and a configured rate
	 * drops by 5% (never below one request every two seconds), since it is evidently above
	 * what this account may send.
	 */
	backOff(milliseconds: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + milliseconds);
		if (this.currentRate > 0) this.currentRate = Math.max(MIN_REQUESTS_PER_SECOND, this.currentRate * RATE_CUT_ON_429);
	}
}

const RATE_CUT_ON_429 = 0.95;
const MIN_REQUESTS_PER_SECOND = 0.5;

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
