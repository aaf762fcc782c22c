import { createHash, createPrivateKey, randomUUID, sign, type KeyObject } from 'node:crypto';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const BASIC_CREDENTIAL = 'vonageMessagesBasicApi';
export const JWT_CREDENTIAL = 'vonageMessagesJwtApi';

export type AuthKind = 'basic' | 'jwt';

export const CREDENTIAL_LABEL: Record<AuthKind, string> = {
	basic: 'Vonage Messages Basic Auth API (API key and secret)',
	jwt: 'Vonage Messages JWT API (application ID and private key)',
};

/** Lifetime of an application JWT, as in Vonage's SDKs. */
export const JWT_LIFETIME_SECONDS = 15 * 60;
/** A cached token is replaced this long before it expires, so no request carries an almost-expired token. */
const JWT_RENEW_MARGIN_SECONDS = 60;
const MAX_CACHED_TOKENS = 32;

/** Thrown for a credential that cannot be used; its message never contains the secret. */
export class VonageCredentialError extends Error {}

const PEM_BLOCK = /-----BEGIN ([A-Z ]*PRIVATE KEY)-----([\s\S]*?)-----END \1-----/;

/**
 * Rebuilds a PEM private key from what users paste: keys with literal "\n", keys whose line
 * breaks were turned into spaces, or keys with Windows line endings all come out as a valid PEM.
 */
export function normalizePrivateKey(pasted: string): string {
	const text = pasted.replace(/\\r/g, '').replace(/\\n/g, '\n').replace(/\r/g, '').trim();
	const match = PEM_BLOCK.exec(text);
	if (!match) {
		throw new VonageCredentialError(
			'The private key in the Vonage Messages JWT API credential is not a PEM private key. Paste the whole content of the private.key file that Vonage downloaded when you generated the key for your application, including the "-----BEGIN PRIVATE KEY-----" and "-----END PRIVATE KEY-----" lines.',
		);
	}
	const [, label, body] = match;
	const base64 = body.replace(/[^A-Za-z0-9+/=]/g, '');
	const lines = base64.match(/.{1,64}/g) ?? [];
	return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function loadPrivateKey(pasted: string): KeyObject {
	const pem = normalizePrivateKey(pasted);
	let key: KeyObject | undefined;
	try {
		key = createPrivateKey(pem);
	} catch {
		// crypto's own message may quote parts of the key: it is replaced, not passed on.
		key = undefined;
	}
	if (!key) {
		throw new VonageCredentialError(
			'The private key in the Vonage Messages JWT API credential could not be read: it looks like a PEM key but its content is damaged or incomplete. Paste the private.key file of your Vonage application again, unchanged.',
		);
	}
	if (key.asymmetricKeyType !== 'rsa') {
		throw new VonageCredentialError(
			'The private key in the Vonage Messages JWT API credential is not an RSA key. Vonage application keys are RSA: generate a new key pair for the application in the Vonage Dashboard and paste its private key.',
		);
	}
	return key;
}

function base64Url(input: Buffer | string): string {
	return Buffer.from(input).toString('base64url');
}

export interface ApplicationJwtClaims extends IDataObject {
	application_id: string;
	iat: number;
	jti: string;
	exp: number;
}

/** Signs a Vonage application JWT (RS256) with node:crypto. */
export function signApplicationJwt(applicationId: string, privateKey: string, nowSeconds: number): string {
	if (!applicationId.trim()) {
		throw new VonageCredentialError(
			'The Vonage Messages JWT API credential has no application ID. Copy it from the Vonage Dashboard > Applications.',
		);
	}
	const key = loadPrivateKey(privateKey);
	const header = { alg: 'RS256', typ: 'JWT' };
	const claims: ApplicationJwtClaims = {
		application_id: applicationId.trim(),
		iat: nowSeconds,
		jti: randomUUID(),
		exp: nowSeconds + JWT_LIFETIME_SECONDS,
	};
	const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
	const signature = sign('RSA-SHA256', Buffer.from(signingInput), key);
	return `${signingInput}.${base64Url(signature)}`;
}

interface CachedToken {
	token: string;
	expiresAt: number;
}

// Keyed by a hash of the application id and key, so the cache holds no key material.
const tokenCache = new Map<string, CachedToken>();

/** Returns a valid application JWT, reusing the previous one until shortly before it expires. */
export function getApplicationJwt(applicationId: string, privateKey: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
	const cacheKey = createHash('sha256').update(applicationId).update('\0').update(privateKey).digest('hex');
	const cached = tokenCache.get(cacheKey);
	if (cached && cached.expiresAt - JWT_RENEW_MARGIN_SECONDS > nowSeconds) return cached.token;
	const token = signApplicationJwt(applicationId, privateKey, nowSeconds);
	if (tokenCache.size >= MAX_CACHED_TOKENS) {
		const oldest = tokenCache.keys().next().value;
		if (oldest !== undefined) tokenCache.delete(oldest);
	}
	tokenCache.set(cacheKey, { token, expiresAt: nowSeconds + JWT_LIFETIME_SECONDS });
	return token;
}

export function basicAuthorization(apiKey: string, apiSecret: string): string {
	return `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
}

function withHeader(requestOptions: IHttpRequestOptions, value: string): IHttpRequestOptions {
	const headers: IDataObject = { ...(requestOptions.headers ?? {}) };
	delete headers[BASIC_SCHEME_MARKER];
	return { ...requestOptions, headers: { ...headers, Authorization: value } };
}

/**
 * Marker that a request must use Basic auth even though the node runs with the JWT credential
 * (the credential then needs its optional API key and secret). It is removed before sending.
 */
export const BASIC_SCHEME_MARKER = 'x-n8n-vonage-auth-scheme';

export async function authenticateBasic(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return withHeader(requestOptions, basicAuthorization(String(credentials.apiKey ?? ''), String(credentials.apiSecret ?? '')));
}

export async function authenticateJwt(
	credentials: ICredentialDataDecryptedObject,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (requestOptions.headers?.[BASIC_SCHEME_MARKER] === 'basic') {
		return withHeader(requestOptions, basicAuthorization(String(credentials.apiKey ?? ''), String(credentials.apiSecret ?? '')));
	}
	const token = getApplicationJwt(String(credentials.applicationId ?? ''), String(credentials.privateKey ?? ''));
	return withHeader(requestOptions, `Bearer ${token}`);
}

/**
 * preSend hook for operations Vonage accepts with one kind of auth only. It refuses the request
 * before it is sent and names the credential the operation needs. A JWT credential that also holds
 * the API key and secret can serve Basic-only operations.
 */
export function requireAuth(kind: AuthKind, operationLabel: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const chosen = this.getNodeParameter('authentication', 'jwt') as AuthKind;
		if (chosen === kind) return requestOptions;
		if (kind === 'basic') {
			const credentials = await this.getCredentials(JWT_CREDENTIAL);
			if (credentials.apiKey && credentials.apiSecret) {
				return { ...requestOptions, headers: { ...(requestOptions.headers ?? {}), [BASIC_SCHEME_MARKER]: 'basic' } };
			}
			throw new NodeOperationError(this.getNode(), `${operationLabel} needs your API key and secret`, {
				itemIndex: this.getItemIndex(),
				description: `Vonage accepts this operation only with Basic auth. Either set Authentication to "Basic Auth" and choose a ${CREDENTIAL_LABEL.basic} credential, or add the optional API key and secret to your JWT credential.`,
			});
		}
		throw new NodeOperationError(this.getNode(), `${operationLabel} needs the JWT credential`, {
			itemIndex: this.getItemIndex(),
			description: `Vonage accepts this operation only with an application JWT. Set Authentication to "JWT" and choose a ${CREDENTIAL_LABEL.jwt} credential.`,
		});
	};
}
