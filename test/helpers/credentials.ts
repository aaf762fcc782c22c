/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-hardcoded-secrets -- test infrastructure: reads fixtures, runs a local HTTP server and holds fake test secrets; never shipped (package.json "files" is dist only) */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

const KEY_DIR = join(__dirname, '..', 'fixtures', 'keys');

/** A throwaway RSA key pair made for these tests; it belongs to no Vonage application. */
export const TEST_PRIVATE_KEY = readFileSync(join(KEY_DIR, 'test-application.key'), 'utf8');
export const TEST_PUBLIC_KEY = readFileSync(join(KEY_DIR, 'test-application.pub'), 'utf8');

export const TEST_APPLICATION_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';
export const TEST_API_KEY = 'abcd1234';
export const TEST_API_SECRET = 'Sup3rS3cretValue';
export const TEST_SIGNATURE_SECRET = 'signature-secret-for-tests-0123456789';

export function jwtCredentials(baseUrl: string, extra: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		applicationId: TEST_APPLICATION_ID,
		privateKey: TEST_PRIVATE_KEY,
		apiKey: '',
		apiSecret: '',
		signatureSecret: TEST_SIGNATURE_SECRET,
		host: 'custom',
		customBaseUrl: baseUrl,
		...extra,
	};
}

export function basicCredentials(baseUrl: string, extra: ICredentialDataDecryptedObject = {}): ICredentialDataDecryptedObject {
	return {
		apiKey: TEST_API_KEY,
		apiSecret: TEST_API_SECRET,
		signatureSecret: TEST_SIGNATURE_SECRET,
		host: 'custom',
		customBaseUrl: baseUrl,
		...extra,
	};
}

/** Both credentials, keyed by type, as runNode expects. */
export function allCredentials(baseUrl: string) {
	return { vonageMessagesJwtApi: jwtCredentials(baseUrl), vonageMessagesBasicApi: basicCredentials(baseUrl) };
}
