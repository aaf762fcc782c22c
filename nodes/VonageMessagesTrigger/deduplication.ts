import { createHash } from 'node:crypto';

import type { IDataObject } from 'n8n-workflow';

import type { VonageEvent } from './events';

/**
 * Vonage delivers callbacks at least once and retries when an answer is late, so the same event
 * can arrive several times. Seen events are remembered in the workflow's static data (it survives
 * restarts; n8n saves it after each webhook call) and, for requests that arrive at the same moment
 * in this process before the static data of the first one is saved, in a small in-process map.
 */

/** Most events remembered per trigger; the oldest are forgotten first. */
export const MAX_REMEMBERED_EVENTS = 1000;

interface RememberedEvent {
	/** Shortened SHA-256 of the event key: keeps static data small and free of message content. */
	key: string;
	/** Epoch seconds when the event was first accepted. */
	at: number;
}

const STATIC_DATA_FIELD = 'recentEvents';

/** The same inbound message, or the same status of the same message at the same time. */
export function eventKey(event: VonageEvent): string {
	const parts =
		event.eventType === 'inboundMessage'
			? ['inbound', event.messageUuid]
			: ['status', event.messageUuid, event.status ?? '', event.timestamp ?? ''];
	return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 24);
}

function readRemembered(staticData: IDataObject): RememberedEvent[] {
	const stored = staticData[STATIC_DATA_FIELD];
	if (!Array.isArray(stored)) return [];
	return stored.filter(
		(entry): entry is RememberedEvent =>
			typeof entry === 'object' && entry !== null && typeof (entry as IDataObject).key === 'string' && typeof (entry as IDataObject).at === 'number',
	);
}

const inProcess = new Map<string, Map<string, number>>();
const MAX_TRIGGERS_IN_PROCESS = 200;

function inProcessMemory(scope: string): Map<string, number> {
	let memory = inProcess.get(scope);
	if (!memory) {
		if (inProcess.size >= MAX_TRIGGERS_IN_PROCESS) {
			const oldest = inProcess.keys().next().value;
			if (oldest !== undefined) inProcess.delete(oldest);
		}
		memory = new Map();
		inProcess.set(scope, memory);
	}
	return memory;
}

/**
 * Returns true when the event was already accepted within the window; otherwise remembers it and
 * returns false. Check and remember happen without awaiting in between, so two deliveries handled
 * at the same time in this process cannot both pass.
 */
export function isDuplicate(
	staticData: IDataObject,
	scope: string,
	key: string,
	windowSeconds: number,
	nowSeconds: number,
): boolean {
	const oldestKept = nowSeconds - windowSeconds;
	const remembered = readRemembered(staticData).filter((entry) => entry.at > oldestKept);
	const memory = inProcessMemory(scope);
	for (const [seenKey, at] of memory) {
		if (at <= oldestKept) memory.delete(seenKey);
	}

	const seenAt = memory.get(key) ?? remembered.find((entry) => entry.key === key)?.at;
	// A duplicate leaves the static data untouched: n8n then has nothing to save for this request.
	if (seenAt !== undefined) return true;

	remembered.push({ key, at: nowSeconds });
	staticData[STATIC_DATA_FIELD] = remembered.slice(-MAX_REMEMBERED_EVENTS) as unknown as IDataObject[];
	memory.set(key, nowSeconds);
	while (memory.size > MAX_REMEMBERED_EVENTS) {
		const oldest = memory.keys().next().value;
		if (oldest === undefined) break;
		memory.delete(oldest);
	}
	return false;
}
