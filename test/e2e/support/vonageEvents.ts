import { createHash, createHmac, randomUUID } from 'node:crypto';

import { TEST_API_KEY, TEST_APPLICATION_ID, TEST_SIGNATURE_SECRET } from '../../helpers/credentials';

function base64Url(input: string | Buffer): string {
	return Buffer.from(input).toString('base64url');
}

export interface SignOptions {
	secret?: string;
	/** Seconds between now and the token's `iat` (negative: in the past). */
	issuedAtOffsetSeconds?: number;
	/** Hash claimed for the body; the real SHA-256 of the body when omitted. */
	payloadHash?: string;
}

/** An `Authorization` header as Vonage signs webhooks: HS256 JWT over the signature secret with the body's hash. */
export function signedAuthorization(rawBody: string, options: SignOptions = {}): string {
	const header = { alg: 'HS256', typ: 'JWT' };
	const claims = {
		iat: Math.floor(Date.now() / 1000) + (options.issuedAtOffsetSeconds ?? 0),
		jti: randomUUID(),
		iss: 'Vonage',
		payload_hash: options.payloadHash ?? createHash('sha256').update(rawBody).digest('hex'),
		api_key: TEST_API_KEY,
		application_id: TEST_APPLICATION_ID,
	};
	const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
	const signature = createHmac('sha256', options.secret ?? TEST_SIGNATURE_SECRET).update(signingInput).digest();
	return `Bearer ${signingInput}.${base64Url(signature)}`;
}

export interface PostResult {
	status: number;
	body: string;
}

/** Posts an event to a webhook URL as Vonage does; `authorization: null` sends it unsigned. */
export async function postEvent(url: string, event: object, authorization?: string | null, rawBody = JSON.stringify(event)): Promise<PostResult> {
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	const value = authorization === undefined ? signedAuthorization(rawBody) : authorization;
	if (value !== null) headers.Authorization = value;
	const response = await fetch(url, { method: 'POST', headers, body: rawBody });
	return { status: response.status, body: await response.text() };
}

/** A WhatsApp text a customer sent (Messages API v1 inbound webhook). */
export function inboundWhatsAppText(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		channel: 'whatsapp',
		message_uuid: randomUUID(),
		to: '447700900001',
		from: '447700900000',
		timestamp: new Date().toISOString(),
		profile: { name: 'Ada Lovelace' },
		context_status: 'none',
		message_type: 'text',
		text: 'Hi, where is my order?',
		...overrides,
	};
}

/** A status update of a message sent earlier (Messages API v1 status webhook). */
export function messageStatus(messageUuid: string, status: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		message_uuid: messageUuid,
		to: '447700900000',
		from: '447700900001',
		timestamp: new Date().toISOString(),
		status,
		channel: 'sms',
		...overrides,
	};
}
