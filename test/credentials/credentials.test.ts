import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto';

import type { INodeType, IHttpRequestOptions } from 'n8n-workflow';

import { VonageMessagesBasicApi } from '../../credentials/VonageMessagesBasicApi.credentials';
import { VonageMessagesJwtApi } from '../../credentials/VonageMessagesJwtApi.credentials';
import { getApplicationJwt, normalizePrivateKey, signApplicationJwt, JWT_LIFETIME_SECONDS } from '../../nodes/shared/auth';
import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { basicCredentials, jwtCredentials, TEST_API_KEY, TEST_API_SECRET, TEST_APPLICATION_ID, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY } from '../helpers/credentials';
import { FakeVonage } from '../helpers/fakeVonage';
import { runNode } from '../helpers/runNode';

function decodeJwt(token: string) {
	const [header, claims, signature] = token.split('.');
	return {
		header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>,
		claims: JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as Record<string, unknown>,
		signingInput: `${header}.${claims}`,
		signature: Buffer.from(signature, 'base64url'),
	};
}

function verifiesWith(token: string, publicKeyPem: string): boolean {
	const { signingInput, signature } = decodeJwt(token);
	return verify('RSA-SHA256', Buffer.from(signingInput), createPublicKey(publicKeyPem), signature);
}

describe('application JWT', () => {
	it('is RS256, verifies with the public key of the pair, and carries the Vonage claims', () => {
		const now = 1_800_000_000;
		const token = signApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, now);
		const { header, claims } = decodeJwt(token);
		expect(header).toEqual({ alg: 'RS256', typ: 'JWT' });
		expect(claims).toEqual({ application_id: TEST_APPLICATION_ID, iat: now, jti: expect.stringMatching(/^[0-9a-f-]{36}$/), exp: now + 900 });
		expect(verifiesWith(token, TEST_PUBLIC_KEY)).toBe(true);
	});

	it('does not verify with another key pair', () => {
		const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
		expect(verifiesWith(signApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, 1_800_000_000), other)).toBe(false);
	});

	it('gives every token its own jti', () => {
		const first = decodeJwt(signApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, 1_800_000_000)).claims.jti;
		const second = decodeJwt(signApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, 1_800_000_000)).claims.jti;
		expect(first).not.toEqual(second);
	});

	it('is reused until shortly before it expires, then signed anew', () => {
		const start = 1_900_000_000;
		const first = getApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, start);
		expect(getApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, start + 600)).toBe(first);
		const renewed = getApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, start + JWT_LIFETIME_SECONDS - 30);
		expect(renewed).not.toBe(first);
		expect(decodeJwt(renewed).claims.iat).toBe(start + JWT_LIFETIME_SECONDS - 30);
	});

	it('keeps tokens of different applications apart', () => {
		const now = 1_950_000_000;
		const one = getApplicationJwt(TEST_APPLICATION_ID, TEST_PRIVATE_KEY, now);
		const other = getApplicationJwt('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', TEST_PRIVATE_KEY, now);
		expect(decodeJwt(other).claims.application_id).toBe('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
		expect(other).not.toBe(one);
	});

	describe('accepts keys as users paste them', () => {
		const body = TEST_PRIVATE_KEY.trim();
		const variants: Record<string, string> = {
			'with literal \\n': body.replace(/\n/g, '\\n'),
			'with line breaks lost (spaces)': body.replace(/\n/g, ' '),
			'with line breaks lost (nothing)': body.replace(/\n/g, ''),
			'with Windows line endings': body.replace(/\n/g, '\r\n'),
			'with surrounding whitespace': `\n  ${body}  \n`,
		};
		it.each(Object.entries(variants))('%s', (_label, pasted) => {
			expect(normalizePrivateKey(pasted)).toBe(normalizePrivateKey(TEST_PRIVATE_KEY));
			expect(verifiesWith(signApplicationJwt(TEST_APPLICATION_ID, pasted, 1_800_000_000), TEST_PUBLIC_KEY)).toBe(true);
		});
	});

	describe('bad keys give a clear error that never echoes the key', () => {
		const damaged = TEST_PRIVATE_KEY.replace(/\n[A-Za-z0-9+/]{20}/, '\nAAAAAAAAAAAAAAAAAAAA').slice(0, 600) + '\n-----END PRIVATE KEY-----';
		const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		const cases: Array<[string, string, RegExp]> = [
			['not a PEM at all', 'my-secret-private-key-text', /is not a PEM private key/],
			['a public key', TEST_PUBLIC_KEY, /is not a PEM private key/],
			['a damaged PEM', damaged, /damaged or incomplete/],
			['an EC key', ecKey, /not an RSA key/],
		];
		it.each(cases)('%s', (_label, key, message) => {
			let thrown: unknown;
			try {
				signApplicationJwt(TEST_APPLICATION_ID, key, 1_800_000_000);
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toBeInstanceOf(Error);
			const text = (thrown as Error).message;
			expect(text).toMatch(message);
			expect(text).toMatch(/Vonage Messages JWT API credential/);
			for (const line of key.split('\n').filter((keyLine) => keyLine.length > 16 && !keyLine.startsWith('-----'))) {
				expect(text).not.toContain(line.slice(0, 16));
			}
			expect(text).not.toContain('my-secret-private-key-text');
		});

		it('a missing application ID', () => {
			expect(() => signApplicationJwt('  ', TEST_PRIVATE_KEY, 1)).toThrow(/has no application ID/);
		});
	});
});

describe('credential authenticate functions', () => {
	const request: IHttpRequestOptions = { url: '/v1/messages', headers: { Accept: 'application/json' } };

	it('Basic sends base64(key:secret)', async () => {
		const result = await new VonageMessagesBasicApi().authenticate(basicCredentials('http://127.0.0.1'), request);
		expect(result.headers).toEqual({
			Accept: 'application/json',
			Authorization: `Basic ${Buffer.from(`${TEST_API_KEY}:${TEST_API_SECRET}`).toString('base64')}`,
		});
	});

	it('JWT sends a Bearer token that verifies', async () => {
		const result = await new VonageMessagesJwtApi().authenticate(jwtCredentials('http://127.0.0.1'), request);
		const authorization = String(result.headers?.Authorization);
		expect(authorization).toMatch(/^Bearer /);
		expect(verifiesWith(authorization.slice('Bearer '.length), TEST_PUBLIC_KEY)).toBe(true);
	});
});

describe('every request goes to the host the credential chooses', () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.reset());

	const smsParameters = { resource: 'message', operation: 'send', channel: 'sms', messageType: 'text', from: '447700900001', to: '447700900000', text: 'Hello' };

	it.each([
		['jwt', 'bearer'],
		['basic', 'basic'],
	])('authentication %s sends %s auth', async (authentication, scheme) => {
		await runNode({
			nodeType: new VonageMessages(),
			parameters: { authentication, ...smsParameters },
			credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl), vonageMessagesBasicApi: basicCredentials(fake.baseUrl) },
		});
		expect(fake.requests.map((request) => [request.path, request.authScheme])).toEqual([['/v1/messages', scheme]]);
		expect(fake.violations).toEqual([]);
	});

	it('a trailing slash on the custom base URL does not double the slash', async () => {
		await runNode({
			nodeType: new VonageMessages(),
			parameters: { authentication: 'basic', ...smsParameters },
			credentials: { vonageMessagesBasicApi: basicCredentials(`${fake.baseUrl}/`) },
		});
		expect(fake.requests.map((request) => request.path)).toEqual(['/v1/messages']);
	});
});

/**
 * n8n's credential tester runs a credential's `test.request` as a declarative request of a node
 * that has nothing but that request; this does the same through RoutingNode.
 */
describe('credential tests', () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.reset());

	function testerNode(credentialName: string, testRequest: IHttpRequestOptions): INodeType {
		return {
			description: {
				displayName: 'Credential test',
				name: 'credentialTest',
				group: ['input'],
				version: 1,
				description: '',
				defaults: { name: 'Credential test' },
				inputs: [],
				outputs: [],
				credentials: [{ name: credentialName, required: true }],
				requestDefaults: testRequest,
				properties: [],
			},
		} as unknown as INodeType;
	}

	it.each([
		['vonageMessagesBasicApi', new VonageMessagesBasicApi(), 'basic', 'listApplication'],
		['vonageMessagesJwtApi', new VonageMessagesJwtApi(), 'bearer', 'GetAllAccounts'],
	])('%s proves the secret with one cheap, spec-valid request', async (name, credential, scheme, operationId) => {
		const testRequest = credential.test?.request as IHttpRequestOptions;
		await runNode({
			nodeType: testerNode(name, testRequest),
			parameters: {},
			credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl), vonageMessagesBasicApi: basicCredentials(fake.baseUrl) },
		});
		expect(fake.requests).toHaveLength(1);
		expect(fake.requests[0]).toMatchObject({ method: 'GET', authScheme: scheme, operationId });
		expect(fake.violations).toEqual([]);
	});
});
