import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { assignOrDelete, isObject } from '../../../../../shared/objects';
import { optionalOneOf, optionalText, refuse, requireOneOf, requireText } from '../../../../../shared/validation';
import { EMAIL_DISPLAY_NAME_MAX_LENGTH, EMAIL_IMPORTANCES, EMAIL_PRIORITIES, EMAIL_SENSITIVITIES, EMAIL_TYPES } from '../channelRules';
import { cleanOptionalSettings } from './common';

/** Email on Messages API v1, beta at Vonage (spec 1.20.0: OutboundEmail*, channelOptionsEmail). */

/**
 * The address pattern the spec gives CC and BCC addresses. The spec sets none for To and From, so those
 * only have to look like one address (no display name, no spaces): Vonage decides what it delivers to.
 */
const SPEC_COPY_ADDRESS = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;
const ONE_ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/;

const SUBJECT_FIX = 'Enter the subject line of the email. In Failover Messages (JSON), give it as "email": {"subject": "..."}.';

/** One email address, trimmed. "Jane <jane@example.com>" is refused with where the name goes instead. */
function requireAddress(context: IExecuteSingleFunctions, field: string, value: unknown, nameField: string, pattern = ONE_ADDRESS): string {
	const fix = `Enter one email address, e.g. jane@example.com. Put a display name into ${nameField}.`;
	const address = requireText(context, field, value, undefined, fix).trim();
	if (/[<>]/.test(address)) throw refuse(context, field, address, 'has a display name in it', fix);
	if (/[\s,;]/.test(address) && address.includes('@')) throw refuse(context, field, address, 'is more than one address', `${fix} For more recipients, use Email Options > CC or BCC.`);
	if (!pattern.test(address)) throw refuse(context, field, address, 'is not an email address', fix);
	return address;
}

/** CC or BCC, from the form ({ recipient: [{ address, name }] }) or from JSON ([{ address, name }]); undefined when empty. */
function copyRecipients(context: IExecuteSingleFunctions, label: 'CC' | 'BCC', value: unknown): IDataObject[] | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const rows = isObject(value) && !Array.isArray(value) ? (value.recipient ?? []) : value;
	if (!Array.isArray(rows)) {
		throw refuse(context, label, value, 'is not a list of recipients', `Give ${label} as [{"address": "team@example.com", "name": "Support Team"}].`);
	}
	const recipients = rows.map((row: unknown, index) => {
		const field = `${label} recipient ${index + 1}`;
		if (!isObject(row)) throw refuse(context, field, row, 'is not an object', `Give each recipient as {"address": "team@example.com", "name": "Support Team"}.`);
		const recipient: IDataObject = { address: requireAddress(context, `${field}: Address`, row.address, `${field}: Name`, SPEC_COPY_ADDRESS) };
		assignOrDelete(recipient, 'name', optionalText(context, `${field}: Name`, row.name, EMAIL_DISPLAY_NAME_MAX_LENGTH)?.trim());
		return recipient;
	});
	return recipients.length ? recipients : undefined;
}

/**
 * The parts of a "content" email. The form sends [{ text }, { body }] (either may be empty or missing);
 * JSON gives typed parts ({ type: "text", text } / { type: "html", body }). At least one part must be filled.
 */
function contentParts(context: IExecuteSingleFunctions, value: unknown): IDataObject[] {
	const fix = 'Fill in the plain-text part, the HTML part, or both.';
	if (value !== undefined && !Array.isArray(value)) {
		throw refuse(context, 'Content', value, 'is not a list of parts', 'Give the content as [{"type": "text", "text": "..."}, {"type": "html", "body": "<p>...</p>"}].');
	}
	const parts: IDataObject[] = [];
	for (const [index, entry] of (value ?? []).entries()) {
		if (entry === undefined || entry === null) continue;
		if (!isObject(entry)) throw refuse(context, `Content part ${index + 1}`, entry, 'is not an object', 'Give each part as {"type": "text", "text": "..."} or {"type": "html", "body": "<p>...</p>"}.');
		const type = entry.type ?? ('body' in entry ? 'html' : 'text');
		if (entry.type === undefined && [entry.text, entry.body].every((part) => typeof part !== 'string' || !part.trim())) continue;
		if (type === 'text') parts.push({ type, text: requireText(context, 'Plain-Text Part', entry.text, undefined, fix) });
		else if (type === 'html') parts.push({ type, body: requireText(context, 'HTML Part', entry.body, undefined, fix) });
		else throw refuse(context, `Content part ${index + 1} type`, type, 'is not allowed', 'Use "text" (with "text") or "html" (with "body").');
	}
	if (!parts.length) throw refuse(context, 'Content', '', 'is required', fix);
	return parts;
}

/** Checks and normalizes an Email v1 body before it is sent; refusals name the field. */
export function checkEmailBody(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const type = requireOneOf(context, 'Message Type', body.message_type, EMAIL_TYPES);
	const checked: IDataObject = {
		...body,
		to: requireAddress(context, 'To', body.to, 'Email Options > To Name'),
		from: requireAddress(context, 'From', body.from, 'Email Options > From Name'),
	};
	const email: IDataObject = isObject(body.email) ? { ...body.email } : {};
	email.subject = requireText(context, 'Subject', email.subject, undefined, SUBJECT_FIX);
	checked.email = email;
	cleanOptionalSettings(checked, 'email', (settings) => {
		assignOrDelete(settings, 'to_name', optionalText(context, 'To Name', settings.to_name, EMAIL_DISPLAY_NAME_MAX_LENGTH)?.trim());
		assignOrDelete(settings, 'from_name', optionalText(context, 'From Name', settings.from_name, EMAIL_DISPLAY_NAME_MAX_LENGTH)?.trim());
		optionalOneOf(context, 'Importance', settings.importance, EMAIL_IMPORTANCES);
		optionalOneOf(context, 'Priority', settings.priority, EMAIL_PRIORITIES);
		optionalOneOf(context, 'Sensitivity', settings.sensitivity, EMAIL_SENSITIVITIES);
		assignOrDelete(settings, 'cc', copyRecipients(context, 'CC', settings.cc));
		assignOrDelete(settings, 'bcc', copyRecipients(context, 'BCC', settings.bcc));
	});
	switch (type) {
		case 'text':
			checked.text = requireText(context, 'Text', body.text);
			break;
		case 'html': {
			const html = isObject(body.html) ? body.html : {};
			checked.html = { body: requireText(context, 'HTML', html.body, undefined, 'Enter the HTML body of the email, e.g. <p>Your order has shipped.</p>.') };
			break;
		}
		case 'content':
			checked.content = contentParts(context, body.content);
			break;
	}
	return checked;
}
