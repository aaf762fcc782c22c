import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { requireText } from '../../../shared/validation';
import { isJsonObject, readJsonParameter, refuse, refuseMessage } from './common';

/**
 * Checks shared by the RCS, Messenger and Viber parts of Send. Each takes the label the user sees
 * (e.g. "Card 2, Suggestion 1 (Dial): Phone Number") so that an error names the exact input.
 */

/** A list whose length the spec bounds, e.g. 2 to 10 carousel cards; `noun` is singular ("card"). */
export function checkCount(context: IExecuteSingleFunctions, field: string, count: number, noun: string, minimum: number, maximum: number, fix: string): void {
	if (count >= minimum && count <= maximum) return;
	const limits = minimum > 0 ? `${minimum} to ${maximum}` : `at most ${maximum}`;
	throw refuseMessage(context, `${field} has ${count} ${noun}${count === 1 ? '' : 's'}; ${limits} are allowed`, fix);
}

/** A sender or recipient ID that is not a phone number (Page ID, PSID, Viber service ID, RCS agent ID). */
export function requireId(context: IExecuteSingleFunctions, field: string, value: unknown, fix: string, maxLength = 50): string {
	const id = requireText(context, field, typeof value === 'number' ? String(value) : value, maxLength).trim();
	if (/\s/.test(id)) throw refuse(context, field, id, 'contains spaces', fix);
	return id;
}

/** Optional text: undefined when empty, else checked against the limit. */
export function optionalText(context: IExecuteSingleFunctions, field: string, value: unknown, maxLength?: number): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) return undefined;
	return requireText(context, field, value, maxLength);
}

/** A value that must be one of the spec's enum values. */
export function requireOneOf(context: IExecuteSingleFunctions, field: string, value: unknown, allowed: readonly string[]): string {
	if (typeof value === 'string' && allowed.includes(value)) return value;
	throw refuse(context, field, value ?? '', value === undefined || value === '' ? 'is required' : 'is not allowed', `Use one of: ${allowed.join(', ')}.`);
}

/** A whole number within the spec's bounds. */
export function requireInteger(context: IExecuteSingleFunctions, field: string, value: unknown, minimum: number, maximum: number): number {
	const number = typeof value === 'string' && value.trim() ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < minimum || number > maximum) {
		throw refuse(context, field, value ?? '', value === undefined || value === '' ? 'is required' : 'is out of range', `Enter a whole number from ${minimum} to ${maximum}.`);
	}
	return number;
}

/**
 * A JSON parameter that must be an object, or an array of objects (suggestions, cards). Its errors
 * quote the input as typed.
 */
export function parseJson(context: IExecuteSingleFunctions, field: string, value: unknown, shape: 'object' | 'array', example: string): IDataObject | IDataObject[] {
	const reading = readJsonParameter(value);
	if ('problem' in reading) {
		throw refuse(context, field, value, reading.problem, reading.problem === 'is required' ? `Enter JSON, e.g. ${example}` : `Check quotes, commas and brackets, e.g. ${example}`);
	}
	const parsed = reading.json;
	if (shape === 'array' ? !Array.isArray(parsed) || !parsed.every(isJsonObject) : !isJsonObject(parsed)) {
		throw refuse(context, field, value, shape === 'array' ? 'is not a JSON array of objects' : 'is not a JSON object', `Enter JSON like ${example}`);
	}
	return parsed as IDataObject | IDataObject[];
}

/** The offset of a time zone from UTC, in minutes, at a given instant. */
function zoneOffsetMinutes(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
	const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
	return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const WALL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/**
 * Vonage wants ISO 8601 date-times with a zone. n8n's date picker gives wall-clock times without
 * one: those are read in the workflow's time zone, as everywhere else in n8n.
 */
export function requireDateTime(context: IExecuteSingleFunctions, field: string, value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	const fix = 'Enter a date and time, e.g. 2026-12-01T10:00:00Z (without a zone, the workflow time zone is used).';
	if (!text) throw refuse(context, field, text, 'is required', fix);
	if (ZONED_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text).toISOString().replace('.000Z', 'Z');
	const wall = WALL_DATE_TIME.exec(text);
	if (!wall) throw refuse(context, field, text, 'is not a date and time', fix);
	const [, year, month, day, hour, minute, second] = wall;
	const wallAsUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
	let timeZone: string;
	try {
		timeZone = new Intl.DateTimeFormat('en-US', { timeZone: context.getTimezone() }).resolvedOptions().timeZone;
	} catch {
		timeZone = 'UTC';
	}
	// Two passes settle the offset also next to a daylight-saving change.
	let instant = wallAsUtc - zoneOffsetMinutes(wallAsUtc, timeZone) * 60_000;
	instant = wallAsUtc - zoneOffsetMinutes(instant, timeZone) * 60_000;
	if (Number.isNaN(instant)) throw refuse(context, field, text, 'is not a date and time', fix);
	return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** Drops keys whose value is undefined, so optional inputs left empty never reach the body. */
export function compact<T extends IDataObject>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}
