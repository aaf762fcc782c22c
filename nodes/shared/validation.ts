import type { IExecuteSingleFunctions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Refuses bad input before anything is sent, naming the field, the value and what to do.
 * Values are quoted shortened so that a pasted document does not flood the message.
 */
export class InputError extends NodeOperationError {}

function quote(value: unknown): string {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

export function inputError(node: INode, itemIndex: number, field: string, value: unknown, problem: string, fix: string): InputError {
	const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
	return new InputError(node, `${field} ${blank ? problem : `${quote(value)} ${problem}`} (item ${itemIndex})`, {
		itemIndex,
		description: fix,
	});
}

/** Phone numbers in E.164 digits: a leading "+" or "00" and spacing are removed, anything else is refused. */
export function normalizePhoneNumber(context: IExecuteSingleFunctions, field: string, value: unknown): string {
	const itemIndex = context.getItemIndex();
	const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!raw) {
		throw inputError(context.getNode(), itemIndex, field, raw, 'is required', `Enter a phone number in international format, e.g. 447700900000.`);
	}
	let digits = raw.replace(/[\s().-]/g, '');
	if (digits.startsWith('+')) digits = digits.slice(1);
	else if (digits.startsWith('00')) digits = digits.slice(2);
	if (!/^[1-9]\d{6,14}$/.test(digits)) {
		throw inputError(
			context.getNode(),
			itemIndex,
			field,
			raw,
			'is not a phone number in E.164 format',
			'Use the country code followed by the number, digits only, e.g. 447700900000 (a leading + or 00 is removed for you).',
		);
	}
	return digits;
}

export function requireText(context: IExecuteSingleFunctions, field: string, value: unknown, maxLength?: number): string {
	const itemIndex = context.getItemIndex();
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (!text.trim()) {
		throw inputError(context.getNode(), itemIndex, field, text, 'is required', `Enter a value for ${field}.`);
	}
	checkMaxLength(context, field, text, maxLength);
	return text;
}

export function checkMaxLength(context: IExecuteSingleFunctions, field: string, text: string, maxLength?: number): void {
	if (maxLength !== undefined && [...text].length > maxLength) {
		throw new InputError(context.getNode(), `${field} is ${[...text].length} characters long; the limit is ${maxLength} (item ${context.getItemIndex()})`, {
			itemIndex: context.getItemIndex(),
			description: `Shorten ${field} to at most ${maxLength} characters.`,
		});
	}
}

export function requireUrl(context: IExecuteSingleFunctions, field: string, value: unknown): string {
	const itemIndex = context.getItemIndex();
	const text = typeof value === 'string' ? value.trim() : '';
	if (!text) throw inputError(context.getNode(), itemIndex, field, text, 'is required', `Enter a public http(s) URL for ${field}.`);
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw inputError(context.getNode(), itemIndex, field, text, 'is not a URL', 'Enter a full URL starting with https://, e.g. https://example.com/image.jpg.');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw inputError(context.getNode(), itemIndex, field, text, 'is not an http(s) URL', 'Vonage fetches media and calls webhooks over http(s): use an https:// URL.');
	}
	return text;
}
