import type { IDataObject, IExecuteSingleFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isObject } from './objects';

/**
 * Checks of what a user typed, run before anything is sent. One function per job; every refusal
 * names the field, quotes the value, says what to do and which item it was, built in one place
 * (`inputError`). Where two inputs word the same refusal differently (and tests pin the wording),
 * the wording is a parameter of the one check rather than a second function.
 */

/** Refuses bad input before anything is sent, naming the field, the value and what to do. */
export class InputError extends NodeOperationError {}

/** Values are quoted shortened so that a pasted document does not flood the message. */
function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** `<field> "<value>" <problem> (item N)`, with `fix` as what to do; a blank value is not quoted. */
export function inputError(node: INode, itemIndex: number, field: string, value: unknown, problem: string, fix: string): InputError {
	return new InputError(node, `${field} ${isBlank(value) ? problem : `${quote(value)} ${problem}`} (item ${itemIndex})`, {
		itemIndex,
		description: fix,
	});
}

/** An input error about one field of the current item (see `inputError`). */
export function refuse(context: IExecuteSingleFunctions, field: string, value: unknown, problem: string, fix: string): InputError {
	return inputError(context.getNode(), context.getItemIndex(), field, value, problem, fix);
}

/** An input error of the current item whose message is a whole sentence, with `fix` as what to do. */
export function refuseMessage(context: IExecuteSingleFunctions, message: string, fix: string): InputError {
	const itemIndex = context.getItemIndex();
	return new InputError(context.getNode(), `${message} (item ${itemIndex})`, { itemIndex, description: fix });
}

/** Phone numbers in E.164 digits: a leading "+" or "00" and spacing are removed, anything else is refused. */
export function normalizePhoneNumber(context: IExecuteSingleFunctions, field: string, value: unknown): string {
	const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!raw) throw refuse(context, field, raw, 'is required', `Enter a phone number in international format, e.g. 447700900000.`);
	let digits = raw.replace(/[\s().-]/g, '');
	if (digits.startsWith('+')) digits = digits.slice(1);
	else if (digits.startsWith('00')) digits = digits.slice(2);
	if (!/^[1-9]\d{6,14}$/.test(digits)) {
		throw refuse(
			context,
			field,
			raw,
			'is not a phone number in E.164 format',
			'Use the country code followed by the number, digits only, e.g. 447700900000 (a leading + or 00 is removed for you).',
		);
	}
	return digits;
}

/** Senders of SMS and MMS: a long number in E.164, a short code, or (SMS only) an alphanumeric sender ID. */
export function normalizeSender(context: IExecuteSingleFunctions, value: unknown, allowAlphanumeric: boolean): string {
	const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const fix = allowAlphanumeric
		? 'Enter your Vonage number in international format (e.g. 447700900001), a short code, or a sender ID of up to 11 letters and digits where the country allows it.'
		: 'Enter your Vonage number in international format (e.g. 14155550100) or your short code.';
	if (!raw) throw refuse(context, 'From', raw, 'is required', fix);
	if (/^[+\d\s().-]+$/.test(raw)) {
		let digits = raw.replace(/[\s().-]/g, '');
		if (digits.startsWith('+')) digits = digits.slice(1);
		else if (digits.startsWith('00')) digits = digits.slice(2);
		if (/^[1-9]\d{2,14}$/.test(digits)) return digits;
		throw refuse(context, 'From', raw, 'is not a phone number or short code', fix);
	}
	if (allowAlphanumeric && /^[A-Za-z0-9 ]{1,11}$/.test(raw) && /[A-Za-z]/.test(raw)) return raw;
	throw refuse(context, 'From', raw, allowAlphanumeric ? 'is not a valid sender' : 'is not a phone number or short code', fix);
}

/** Text that must not be blank (returned as given, not trimmed) and, with `maxLength`, not longer than that. */
export function requireText(
	context: IExecuteSingleFunctions,
	field: string,
	value: unknown,
	maxLength?: number,
	fix = `Enter a value for ${field}.`,
): string {
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (!text.trim()) throw refuse(context, field, text, 'is required', fix);
	checkMaxLength(context, field, text, maxLength);
	return text;
}

/** Optional text: undefined when empty (Vonage refuses empty captions, names and IDs), else checked like `requireText`. */
export function optionalText(context: IExecuteSingleFunctions, field: string, value: unknown, maxLength?: number): string | undefined {
	if (isBlank(value)) return undefined;
	return requireText(context, field, value, maxLength);
}

/** A length limit counted in characters as people count them (an emoji is one). */
export function checkMaxLength(context: IExecuteSingleFunctions, field: string, text: string, maxLength?: number): void {
	const length = [...text].length;
	if (maxLength !== undefined && length > maxLength) {
		throw refuseMessage(context, `${field} is ${length} characters long; the limit is ${maxLength}`, `Shorten ${field} to at most ${maxLength} characters.`);
	}
}

/** A sender or recipient ID that is not a phone number (Page ID, PSID, Viber service ID, RCS agent ID). */
export function requireId(context: IExecuteSingleFunctions, field: string, value: unknown, fix: string, maxLength = 50): string {
	const id = requireText(context, field, typeof value === 'number' ? String(value) : value, maxLength).trim();
	if (/\s/.test(id)) throw refuse(context, field, id, 'contains spaces', fix);
	return id;
}

/**
 * What a URL is for, which decides the wording of its refusals: `media` (default) for what Vonage
 * fetches or calls (media, status webhooks, suggestion links), `link` for addresses stored in an
 * account (profile websites, notification webhooks), where the examples are plain sites.
 */
export type UrlUse = 'media' | 'link';

/** An absolute http(s) URL, trimmed. */
export function requireUrl(context: IExecuteSingleFunctions, field: string, value: unknown, use: UrlUse = 'media'): string {
	const text = typeof value === 'string' ? value.trim() : '';
	const notUrlFix =
		use === 'media' ? 'Enter a full URL starting with https://, e.g. https://example.com/image.jpg.' : 'Enter a full URL starting with https://, e.g. https://example.com.';
	if (!text) {
		throw refuse(context, field, text, 'is required', use === 'media' ? `Enter a public http(s) URL for ${field}.` : `Enter a URL for ${field}, e.g. https://example.com.`);
	}
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw refuse(context, field, text, 'is not a URL', notUrlFix);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		if (use === 'link') throw refuse(context, field, text, 'is not a URL', notUrlFix);
		throw refuse(context, field, text, 'is not an http(s) URL', 'Vonage fetches media and calls webhooks over http(s): use an https:// URL.');
	}
	return text;
}

/** A value that must be one of the spec's enum values (e.g. inside a JSON input or a collection). */
export function requireOneOf<T extends string>(context: IExecuteSingleFunctions, field: string, value: unknown, allowed: readonly T[]): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw refuse(context, field, value ?? '', value === undefined || value === '' ? 'is required' : 'is not allowed', `Use one of: ${allowed.join(', ')}.`);
}

/**
 * An options field that may be left out, or set by an expression to something the dropdown does not
 * offer: undefined passes, anything else must be one of `allowed`. (Its wording, "is not a valid
 * choice", is the one users see for dropdowns.)
 */
export function optionalOneOf<T extends string>(context: IExecuteSingleFunctions, field: string, value: unknown, allowed: readonly T[]): T | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw refuse(context, field, value, 'is not a valid choice', `Use one of: ${allowed.map((choice) => `"${choice}"`).join(', ')}.`);
}

/** A whole number within the spec's bounds. */
export function requireInteger(context: IExecuteSingleFunctions, field: string, value: unknown, minimum: number, maximum: number): number {
	const number = typeof value === 'string' && value.trim() ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < minimum || number > maximum) {
		throw refuse(context, field, value ?? '', value === undefined || value === '' ? 'is required' : 'is out of range', `Enter a whole number from ${minimum} to ${maximum}.`);
	}
	return number;
}

/** A list whose length the spec bounds, e.g. 2 to 10 carousel cards; `noun` is singular ("card"). */
export function checkCount(context: IExecuteSingleFunctions, field: string, count: number, noun: string, minimum: number, maximum: number, fix: string): void {
	if (count >= minimum && count <= maximum) return;
	const limits = minimum > 0 ? `${minimum} to ${maximum}` : `at most ${maximum}`;
	throw refuseMessage(context, `${field} has ${count} ${noun}${count === 1 ? '' : 's'}; ${limits} are allowed`, fix);
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

/** What a JSON input must hold, and how its refusals are worded. */
export interface JsonInput {
	shape: 'object' | 'array' | 'array of objects';
	/** A short example, shown in the fix. */
	example: string;
	/** An empty input stands for {} (optional "Other Fields (JSON)" inputs) instead of being refused. */
	emptyIsObject?: boolean;
	/**
	 * Wording that differs from input to input and that users (and tests) know: the problem named for
	 * text that does not parse (default "is not valid JSON"), the fixes (default "Enter a JSON <shape>,
	 * e.g. <example>"), and whether a wrong shape quotes the input as typed (default: as parsed).
	 */
	wording?: { unparsable?: string; fixRequired?: string; fixUnparsable?: string; fixShape?: string; quoteTyped?: boolean };
}

/**
 * Parses a JSON input: n8n hands JSON fields over as text, or as a value when an expression produced
 * one. Text is parsed; a value is taken as it is. Refusals name the field and show what to enter.
 */
export function parseJson(context: IExecuteSingleFunctions, field: string, value: unknown, input: JsonInput): IDataObject | unknown[] {
	const wording = input.wording ?? {};
	const defaultFix = `Enter a JSON ${input.shape === 'object' ? 'object' : 'array'}, e.g. ${input.example}`;
	if (input.emptyIsObject && isBlank(value)) return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		if (!value.trim()) throw refuse(context, field, value, 'is required', wording.fixRequired ?? defaultFix);
		try {
			parsed = JSON.parse(value) as unknown;
		} catch {
			throw refuse(context, field, value, wording.unparsable ?? 'is not valid JSON', wording.fixUnparsable ?? defaultFix);
		}
	}
	const fits =
		input.shape === 'object' ? isObject(parsed) : Array.isArray(parsed) && (input.shape === 'array' || parsed.every(isObject));
	if (!fits) throw refuse(context, field, wording.quoteTyped ? value : parsed, `is not a JSON ${input.shape}`, wording.fixShape ?? defaultFix);
	return parsed as IDataObject | unknown[];
}
