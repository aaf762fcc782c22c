/**
 * Realistic webhook bodies beyond the spec examples (as Vonage sends them for WhatsApp buttons and
 * lists, RCS suggestions, captions, errors), and a signer that makes the `Authorization` header
 * Vonage puts on signed webhooks.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';

type Json = Record<string, unknown>;

export const BUSINESS_NUMBER = '447700900000';
export const CUSTOMER_NUMBER = '447700900001';

export function uuid(): string {
	return randomUUID();
}

export function whatsappText(overrides: Json = {}): Json {
	return {
		channel: 'whatsapp',
		message_uuid: uuid(),
		to: BUSINESS_NUMBER,
		from: CUSTOMER_NUMBER,
		timestamp: '2025-02-03T12:14:25Z',
		profile: { name: 'Jane Smith' },
		context_status: 'available',
		context: { message_uuid: 'bbbbbbbb-1111-4ccc-8ddd-0123456789ab', message_from: BUSINESS_NUMBER },
		message_type: 'text',
		text: 'Where is my order?',
		whatsapp: { sender: { wa_id: CUSTOMER_NUMBER } },
		_self: { href: 'https://api-eu.nexmo.com/v1/messages/aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' },
		...overrides,
	};
}

/** A tap on an interactive reply button (or a list row, which adds a description). */
export function whatsappInteractiveReply(): Json {
	return whatsappText({
		text: undefined,
		message_type: 'reply',
		reply: { id: 'slot-9am', title: '9am', description: 'Select 9am appointment time' },
	});
}

/** A tap on a quick-reply button of a template message. */
export function whatsappTemplateButton(): Json {
	return whatsappText({ text: undefined, message_type: 'button', button: { payload: 'STOP_PROMOTIONS', text: 'Stop promotions' } });
}

export function whatsappImageWithCaption(url = 'https://api-eu.nexmo.com/v3/media/6882bbe2-fe14-4e2f-910f-652beee058d4'): Json {
	return whatsappText({ text: undefined, message_type: 'image', image: { url, caption: 'My broken parcel', name: 'parcel.jpg' } });
}

export function rcsSuggestionReply(): Json {
	return {
		channel: 'rcs',
		message_uuid: uuid(),
		to: 'MyBrandAgent',
		from: CUSTOMER_NUMBER,
		timestamp: '2025-02-03T12:14:25Z',
		context_status: 'none',
		message_type: 'reply',
		reply: { id: 'confirm-booking', title: 'Confirm' },
	};
}

export function rcsLocation(): Json {
	return {
		channel: 'rcs',
		message_uuid: uuid(),
		to: 'MyBrandAgent',
		from: CUSTOMER_NUMBER,
		timestamp: '2025-02-03T12:14:25Z',
		message_type: 'location',
		location: { lat: 51.5072, long: -0.1276 },
	};
}

export function smsText(overrides: Json = {}): Json {
	return {
		channel: 'sms',
		message_uuid: uuid(),
		to: BUSINESS_NUMBER,
		from: CUSTOMER_NUMBER,
		timestamp: '2025-02-03T12:14:25Z',
		text: 'STOP',
		message_type: 'text',
		sms: { num_messages: '1', keyword: 'STOP' },
		usage: { currency: 'EUR', price: '0.0057' },
		...overrides,
	};
}

export function whatsappRejected(): Json {
	return {
		channel: 'whatsapp',
		message_uuid: uuid(),
		to: CUSTOMER_NUMBER,
		from: BUSINESS_NUMBER,
		timestamp: '2025-02-03T12:15:00Z',
		status: 'rejected',
		error: {
			type: 'https://developer.vonage.com/api-errors/messages#1340',
			title: 'Outside Allowed Window',
			detail: 'The user has not responded in the last 24 hours; only template messages can be sent.',
			instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
		},
		client_ref: 'order-4711',
	};
}

export function smsDelivered(messageUuid = uuid(), overrides: Json = {}): Json {
	return {
		channel: 'sms',
		message_uuid: messageUuid,
		to: CUSTOMER_NUMBER,
		from: BUSINESS_NUMBER,
		timestamp: '2025-02-03T12:16:00Z',
		status: 'delivered',
		usage: { currency: 'EUR', price: '0.0333' },
		client_ref: 'order-4711',
		...overrides,
	};
}

export const BUSINESS_EMAIL = 'orders@shop.example.com';
export const CUSTOMER_EMAIL = 'jane.doe+orders@example.com';

/**
 * A status of an email you sent (v1 spec 1.20.0: messageStatusEmail, beta). The spec defines no inbound
 * email, so there is no inbound counterpart. `status` is one of the spec's: submitted, delivered, rejected,
 * undeliverable, read.
 */
export function emailStatus(status: string, overrides: Json = {}): Json {
	return {
		channel: 'email',
		message_uuid: uuid(),
		to: CUSTOMER_EMAIL,
		from: BUSINESS_EMAIL,
		timestamp: '2025-02-03T12:17:00Z',
		status,
		client_ref: 'order-4711',
		...overrides,
	};
}

/** An email refused because the recipient is on Vonage's suppression list (error 2003 of the v1 spec). */
export function emailUndeliverable(): Json {
	return emailStatus('undeliverable', {
		error: {
			type: 'https://developer.vonage.com/api-errors/messages#2003',
			title: '2003',
			detail: 'Destination unavailable - Recipient email address is in the suppression list.',
			instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
		},
	});
}

export function v01StatusRejected(): Json {
	return {
		message_uuid: uuid(),
		to: { type: 'viber_service_msg', number: CUSTOMER_NUMBER },
		from: { type: 'viber_service_msg', id: '654321' },
		timestamp: '2020-01-01T14:00:00.000Z',
		status: 'rejected',
		error: { code: 1300, reason: 'Not part of the provider network' },
		client_ref: 'legacy-ref',
	};
}

export interface SignOptions {
	secret: string;
	iat?: number;
	/** Hash of another body, to forge a token that does not belong to this body. */
	payloadHashOf?: string;
	alg?: string;
	omitPayloadHash?: boolean;
}

function base64Url(value: string | Buffer): string {
	return Buffer.from(value).toString('base64url');
}

/** The token Vonage puts into `Authorization: Bearer …` on a signed webhook. */
export function signVonageWebhook(rawBody: string, options: SignOptions): string {
	const header = { alg: options.alg ?? 'HS256', typ: 'JWT' };
	const claims: Json = {
		iat: options.iat ?? Math.floor(Date.now() / 1000),
		jti: uuid(),
		iss: 'Vonage',
		api_key: 'abcd1234',
		application_id: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
	};
	if (!options.omitPayloadHash) {
		claims.payload_hash = createHash('sha256').update(options.payloadHashOf ?? rawBody).digest('hex');
	}
	const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
	const signature = createHmac('sha256', options.secret).update(signingInput).digest();
	return `${signingInput}.${base64Url(signature)}`;
}
