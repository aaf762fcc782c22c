import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { VonageApiError } from './errors';
import { MAX_RETRY_AFTER_SECONDS, PACING_DEFAULTS, type PacingOptions, withPacer } from './pacing';

/** How long an item refused without Retry-After waits before it is sent again: 0.25-0.5 s, then doubling. */
function backoffMilliseconds(attempt: number): number {
	const base = Math.min(30_000, 500 * 2 ** attempt);
	return base / 2 + Math.random() * (base / 2);
}

function readPacingOptions(context: IExecutePaginationFunctions): Required<PacingOptions> {
	const options = context.getNodeParameter('options', {}) as PacingOptions;
	const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
	return {
		maxInFlight: Math.max(1, number(options.maxInFlight, PACING_DEFAULTS.maxInFlight)),
		maxPerSecond: number(options.maxPerSecond, PACING_DEFAULTS.maxPerSecond),
		maxRateLimitRetries: number(options.maxRateLimitRetries, PACING_DEFAULTS.maxRateLimitRetries),
	};
}

/**
 * Builds the function that sends one item's request for operations that send messages.
 *
 * The declarative engine would send every item at once and never retry a 429; its pagination hook
 * is the one place where a declarative operation owns its HTTP call, so sending operations route
 * through it: the request waits for a pacer slot, and a 429 (which Vonage answers before accepting
 * anything, so a retry never sends a message twice) waits for Retry-After (or, without one, a growing
 * back-off of its own) and is sent again.
 */
export function pacedRequest(
	shapeOutput?: (this: IExecutePaginationFunctions, items: INodeExecutionData[], requestBody: IDataObject) => INodeExecutionData[],
) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const limits = readPacingOptions(this);
		const items = await withPacer(this, limits, async (pacer) => {
			for (let attempt = 0; ; attempt++) {
				const startedAt = await pacer.acquire();
				let outcome: { items: INodeExecutionData[] } | { failure: unknown };
				try {
					outcome = { items: await this.makeRoutingRequest(requestData) };
				} catch (error) {
					outcome = { failure: error };
				} finally {
					pacer.release();
				}
				if ('items' in outcome) {
					pacer.accepted();
					return outcome.items;
				}
				const refusal = outcome.failure;
				const retryAfter = refusal instanceof VonageApiError ? refusal.retryAfterSeconds : undefined;
				const retryable =
					refusal instanceof VonageApiError &&
					refusal.httpCode === '429' &&
					attempt < limits.maxRateLimitRetries &&
					(retryAfter === undefined || retryAfter <= MAX_RETRY_AFTER_SECONDS);
				if (!retryable) throw refusal;
				pacer.refused(startedAt, retryAfter !== undefined ? retryAfter * 1000 : undefined);
				// Without Retry-After Vonage asked nobody in particular to wait: the lower rate slows
				// everyone, and only this item backs off (pausing everyone on each such 429 let a few
				// stray 429s stall the whole run).
				if (retryAfter === undefined) await sleep(backoffMilliseconds(attempt));
			}
		});
		const body = (requestData.options.body ?? {}) as IDataObject;
		return shapeOutput ? shapeOutput.call(this, items, body) : items;
	};
}

/** Node options that tune pacing; they go into the node's "Options" collection. */
export const pacingOptionProperties: INodeProperties[] = [
	{
		displayName: 'Max Requests in Flight',
		name: 'maxInFlight',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 10,
		description: 'How many items may wait for Vonage at the same time. n8n would otherwise send every item at once.',
	},
	{
		displayName: 'Max Messages per Second',
		name: 'maxPerSecond',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 30,
		description:
			'Upper limit on requests started per second across all items; 0 for no limit. Vonage documents 30 per second for SMS and 1 per second for the sandbox; WhatsApp numbers have their own tiers.',
	},
	{
		displayName: 'Max Retries on Rate Limit',
		name: 'maxRateLimitRetries',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 20 },
		default: 5,
		description:
			'When Vonage answers 429 (too many requests), how many times an item waits (for Retry-After, or a growing back-off) and is sent again before it fails. A 429 means the message was not accepted, so a retry never sends it twice.',
	},
];
