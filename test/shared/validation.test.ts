/**
 * The pure input checks of nodes/shared/validation.ts, without a node around them. The node-level
 * tests (test/nodes/**) show the same refusals as users meet them; these pin the edge cases.
 */
import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';

import {
	InputError,
	normalizePhoneNumber,
	optionalOneOf,
	optionalText,
	parseJson,
	requireDateTime,
	requireOneOf,
	requireText,
	requireUrl,
} from '../../nodes/shared/validation';

const node: INode = { id: '1', name: 'Vonage', type: 'n8n-nodes-vonage-messages.vonageMessages', typeVersion: 1, position: [0, 0], parameters: {} };

/** Just what the checks read from n8n: the node, the item and the workflow's time zone. */
function itemContext(timeZone = 'UTC', itemIndex = 3): IExecuteSingleFunctions {
	return { getNode: () => node, getItemIndex: () => itemIndex, getTimezone: () => timeZone } as unknown as IExecuteSingleFunctions;
}

function refusal(check: () => unknown): InputError {
	try {
		check();
	} catch (error) {
		expect(error).toBeInstanceOf(InputError);
		return error as InputError;
	}
	throw new Error('expected the input to be refused');
}

describe('requireDateTime', () => {
	it('keeps a date-time that has a zone, in UTC', () => {
		expect(requireDateTime(itemContext(), 'Start', '2026-07-01T12:00:00+02:00')).toBe('2026-07-01T10:00:00Z');
	});

	it('reads a wall-clock time in the workflow time zone, summer and winter', () => {
		expect(requireDateTime(itemContext('Europe/London'), 'Start', '2026-07-01T12:00:00')).toBe('2026-07-01T11:00:00Z');
		expect(requireDateTime(itemContext('Europe/London'), 'Start', '2026-01-15 12:00')).toBe('2026-01-15T12:00:00Z');
	});

	it('settles the offset next to the daylight-saving changes', () => {
		// London moves to summer time at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
		expect(requireDateTime(itemContext('Europe/London'), 'Start', '2026-03-29T00:30:00')).toBe('2026-03-29T00:30:00Z');
		expect(requireDateTime(itemContext('Europe/London'), 'Start', '2026-03-29T02:30:00')).toBe('2026-03-29T01:30:00Z');
		expect(requireDateTime(itemContext('America/New_York'), 'Start', '2026-11-01T03:00:00')).toBe('2026-11-01T08:00:00Z');
	});

	it('falls back to UTC when the workflow time zone is unknown', () => {
		expect(requireDateTime(itemContext('Not/AZone'), 'Start', '2026-07-01T12:00')).toBe('2026-07-01T12:00:00Z');
	});

	it('refuses what is not a date and time, naming field, value and item', () => {
		const error = refusal(() => requireDateTime(itemContext(), 'Start', 'tomorrow'));
		expect(error.message).toBe('Start "tomorrow" is not a date and time (item 3)');
		expect(error.description).toMatch(/2026-12-01T10:00:00Z/);
	});
});

describe('requireUrl', () => {
	it('accepts http and https URLs, trimmed', () => {
		expect(requireUrl(itemContext(), 'Image URL', ' https://example.com/a.jpg ')).toBe('https://example.com/a.jpg');
		expect(requireUrl(itemContext(), 'Image URL', 'http://example.com')).toBe('http://example.com');
	});

	it('words refusals for what Vonage fetches (media) and for stored links', () => {
		expect(refusal(() => requireUrl(itemContext(), 'Image URL', 'ftp://example.com/a.jpg')).message).toBe('Image URL "ftp://example.com/a.jpg" is not an http(s) URL (item 3)');
		expect(refusal(() => requireUrl(itemContext(), 'Website', 'ftp://example.com', 'link')).message).toBe('Website "ftp://example.com" is not a URL (item 3)');
		expect(refusal(() => requireUrl(itemContext(), 'Image URL', 'example.com/a.jpg')).message).toBe('Image URL "example.com/a.jpg" is not a URL (item 3)');
		expect(refusal(() => requireUrl(itemContext(), 'Image URL', '  ')).message).toBe('Image URL is required (item 3)');
		expect(refusal(() => requireUrl(itemContext(), 'Website', '', 'link')).description).toBe('Enter a URL for Website, e.g. https://example.com.');
	});
});

describe('normalizePhoneNumber', () => {
	it.each([
		['+44 7700 900000', '447700900000'],
		['0044 (7700) 900-000', '447700900000'],
		[447700900000, '447700900000'],
		['1234567', '1234567'],
	])('%s becomes %s', (input, digits) => {
		expect(normalizePhoneNumber(itemContext(), 'To', input)).toBe(digits);
	});

	it.each(['07700 900000', '+123456', '1234567890123456', '44 7700 9000OO'])('refuses %s', (input) => {
		expect(refusal(() => normalizePhoneNumber(itemContext(), 'To', input)).message).toMatch(/^To ".*" is not a phone number in E\.164 format \(item 3\)$/);
	});
});

describe('text and choices', () => {
	it('requireText keeps the text as given and counts characters as people do', () => {
		expect(requireText(itemContext(), 'Text', ' Hi ')).toBe(' Hi ');
		expect(requireText(itemContext(), 'Text', '👍👍', 2)).toBe('👍👍');
		expect(refusal(() => requireText(itemContext(), 'Text', 'abc', 2)).message).toBe('Text is 3 characters long; the limit is 2 (item 3)');
	});

	it('optionalText gives undefined for empty input', () => {
		expect(optionalText(itemContext(), 'Caption', '  ')).toBeUndefined();
		expect(optionalText(itemContext(), 'Caption', null)).toBeUndefined();
		expect(optionalText(itemContext(), 'Caption', 5)).toBe('5');
	});

	it('requireOneOf and optionalOneOf keep the wording users know', () => {
		expect(refusal(() => requireOneOf(itemContext(), 'Category', 'x', ['a', 'b'])).message).toBe('Category "x" is not allowed (item 3)');
		expect(refusal(() => requireOneOf(itemContext(), 'Category', undefined, ['a'])).message).toBe('Category is required (item 3)');
		expect(optionalOneOf(itemContext(), 'Encoding', undefined, ['a'])).toBeUndefined();
		const error = refusal(() => optionalOneOf(itemContext(), 'Encoding', 'x', ['a', 'b']));
		expect(error.message).toBe('Encoding "x" is not a valid choice (item 3)');
		expect(error.description).toBe('Use one of: "a", "b".');
	});
});

describe('parseJson', () => {
	it('takes values from expressions as they are and parses text', () => {
		expect(parseJson(itemContext(), 'Payload', { a: 1 }, { shape: 'object', example: '{}' })).toEqual({ a: 1 });
		expect(parseJson(itemContext(), 'Payload', '[1, 2]', { shape: 'array', example: '[]' })).toEqual([1, 2]);
	});

	it('an optional object input gives {} when empty', () => {
		expect(parseJson(itemContext(), 'Other Fields (JSON)', '', { shape: 'object', example: '{}', emptyIsObject: true })).toEqual({});
	});

	it('names the problem, quoting the parsed value unless told to quote the typed text', () => {
		expect(refusal(() => parseJson(itemContext(), 'List', '{"a": 1}', { shape: 'array', example: '[]' })).message).toBe('List "{"a":1}" is not a JSON array (item 3)');
		expect(refusal(() => parseJson(itemContext(), 'List', '[1]', { shape: 'array of objects', example: '[]', wording: { quoteTyped: true } })).message).toBe(
			'List "[1]" is not a JSON array of objects (item 3)',
		);
		expect(refusal(() => parseJson(itemContext(), 'List', '[1,', { shape: 'array', example: '[]' })).message).toBe('List "[1," is not valid JSON (item 3)');
		expect(refusal(() => parseJson(itemContext(), 'List', ' ', { shape: 'array', example: '[]' })).message).toBe('List is required (item 3)');
	});
});
