import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Verifies a signed Vonage webhook: `Authorization: Bearer <JWT>`, HS256 over the account's
 * signature secret. The HMAC alone only proves that Vonage signed *some* request, so the token
 * must also carry the SHA-256 of this very body (`payload_hash`) and be recent (`iat`), or a
 * captured token could be replayed with another body or much later.
 */

export type SignatureCheck = { valid: true; claims: Record<string, unknown> } | { valid: false; reason: string };

function decodeJson(segment: string): Record<string, unknown> | undefined {
	try {
		const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
	} catch {
		return undefined;
	}
}

function sameBytes(a: Buffer, b: Buffer): boolean {
	return a.length === b.length && timingSafeEqual(a, b);
}

export function sha256Hex(body: Buffer): string {
	return createHash('sha256').update(body).digest('hex');
}

export interface SignatureInput {
	authorization: string | string[] | undefined;
	rawBody: Buffer;
	secret: string;
	toleranceSeconds: number;
	nowSeconds: number;
}

export function verifySignedWebhook({ authorization, rawBody, secret, toleranceSeconds, nowSeconds }: SignatureInput): SignatureCheck {
	const header = Array.isArray(authorization) ? authorization[0] : authorization;
	if (!header?.trim()) {
		return { valid: false, reason: 'the request has no Authorization header, so it is not signed' };
	}
	const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
	if (!match) return { valid: false, reason: 'the Authorization header is not a Bearer token' };

	const segments = match[1].split('.');
	if (segments.length !== 3) return { valid: false, reason: 'the Bearer token is not a JWT' };
	const [encodedHeader, encodedClaims, encodedSignature] = segments;

	const jwtHeader = decodeJson(encodedHeader);
	if (!jwtHeader) return { valid: false, reason: 'the JWT header is not valid JSON' };
	// Only HS256: accepting the algorithm the token names would let "none" or another algorithm through.
	if (jwtHeader.alg !== 'HS256') {
		return { valid: false, reason: `the JWT is signed with "${String(jwtHeader.alg)}"; Vonage signs webhooks with HS256` };
	}

	const expected = createHmac('sha256', secret).update(`${encodedHeader}.${encodedClaims}`).digest();
	if (!sameBytes(Buffer.from(encodedSignature, 'base64url'), expected)) {
		return {
			valid: false,
			reason: "the JWT signature does not match the credential's signature secret (forged, or the secret in the credential is not the account's current one)",
		};
	}

	const claims = decodeJson(encodedClaims);
	if (!claims) return { valid: false, reason: 'the JWT claims are not valid JSON' };

	if (typeof claims.payload_hash !== 'string' || !claims.payload_hash) {
		return { valid: false, reason: 'the JWT has no payload_hash claim, so the body cannot be checked' };
	}
	const bodyHash = Buffer.from(sha256Hex(rawBody), 'utf8');
	if (!sameBytes(Buffer.from(claims.payload_hash.toLowerCase(), 'utf8'), bodyHash)) {
		return { valid: false, reason: 'the payload_hash in the JWT does not match the SHA-256 of the request body (the body was changed after signing)' };
	}

	if (typeof claims.iat !== 'number' || !Number.isFinite(claims.iat)) {
		return { valid: false, reason: 'the JWT has no numeric iat (issued at) claim' };
	}
	const ageSeconds = Math.round(nowSeconds - claims.iat);
	if (ageSeconds > toleranceSeconds) {
		return {
			valid: false,
			reason: `the JWT was issued ${ageSeconds} seconds ago, more than the allowed ${toleranceSeconds} seconds (a replayed request, or this server's clock is wrong)`,
		};
	}
	if (-ageSeconds > toleranceSeconds) {
		return {
			valid: false,
			reason: `the JWT was issued ${-ageSeconds} seconds in the future, more than the allowed ${toleranceSeconds} seconds (this server's clock is wrong)`,
		};
	}
	return { valid: true, claims };
}
