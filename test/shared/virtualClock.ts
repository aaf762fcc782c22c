/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test helper: lets pending promise callbacks run with setImmediate; never shipped */
import type { PacerClock } from '../../nodes/shared/pacing';

interface Timer {
	at: number;
	order: number;
	wake: () => void;
}

/** Runs every callback that is ready now, including those that promises queue for each other. */
const settle = async () => await new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock for RequestPacer whose time moves only when a test says so: `sleep` resolves when
 * `advance` passes its deadline, in deadline order, so pacing decisions are exact and repeatable.
 */
export class VirtualClock implements PacerClock {
	private current = 0;

	private order = 0;

	private timers: Timer[] = [];

	now(): number {
		return this.current;
	}

	async sleep(milliseconds: number): Promise<void> {
		await new Promise<void>((wake) => this.timers.push({ at: this.current + Math.max(0, milliseconds), order: this.order++, wake }));
	}

	/**
	 * Moves time forward by `milliseconds` without waking anyone, as a busy event loop delays timers: the next
	 * `advance` wakes every sleeper that is due by then at once, late.
	 */
	stall(milliseconds: number): void {
		this.current += milliseconds;
	}

	/** Moves time forward by `milliseconds`, waking each sleeper at its deadline. */
	async advance(milliseconds: number): Promise<void> {
		const target = this.current + milliseconds;
		for (;;) {
			await settle();
			const due = this.timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at || a.order - b.order)[0];
			if (!due) break;
			this.timers = this.timers.filter((timer) => timer !== due);
			this.current = Math.max(this.current, due.at);
			due.wake();
		}
		// A stall during this advance (a sleeper's code blocking the loop) may have moved time past the target.
		this.current = Math.max(this.current, target);
		await settle();
	}
}
