/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-hardcoded-secrets -- e2e test infrastructure: creates n8n user folders on disk and reads the environment set by scripts/e2e.ts; never shipped */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { installPackage, type PackedPackage } from '../../../scripts/lib/communityPackage';
import { type CredentialToImport, N8nInstance } from '../../../scripts/lib/n8nInstance';
import type { Runtime } from '../../../scripts/lib/runtime';
import { basicCredentials, jwtCredentials } from '../../helpers/credentials';

export const PACKAGE_NAME = 'n8n-nodes-vonage-messages';

/** Node types as n8n names them once the package is installed from the community-package folder. */
export const NODE_TYPES = {
	messages: `${PACKAGE_NAME}.vonageMessages`,
	externalAccounts: `${PACKAGE_NAME}.vonageExternalAccounts`,
	channelManager: `${PACKAGE_NAME}.vonageChannelManager`,
	trigger: `${PACKAGE_NAME}.vonageMessagesTrigger`,
} as const;

export const CREDENTIALS = {
	jwt: { id: 'e2eVonageJwtCred', name: 'Vonage JWT (fake Vonage)', type: 'vonageMessagesJwtApi' },
	basic: { id: 'e2eVonageBasicCr', name: 'Vonage Basic (fake Vonage)', type: 'vonageMessagesBasicApi' },
} as const;

export type CredentialKind = keyof typeof CREDENTIALS;

/** Both credentials, pointed at the fake Vonage server through the "Custom Base URL" host. */
export function vonageCredentials(fakeBaseUrl: string): CredentialToImport[] {
	return [
		{ ...CREDENTIALS.jwt, data: { ...jwtCredentials(fakeBaseUrl) } },
		{ ...CREDENTIALS.basic, data: { ...basicCredentials(fakeBaseUrl) } },
	];
}

interface SuiteEnvironment {
	runtime: Runtime;
	pack: PackedPackage;
	databaseTemplate: string;
}

export function suiteEnvironment(): SuiteEnvironment {
	const runtime = process.env.VONAGE_E2E_RUNTIME;
	const pack = process.env.VONAGE_E2E_PACKAGE;
	const databaseTemplate = process.env.VONAGE_E2E_DATABASE_TEMPLATE;
	if (!runtime || !pack || !databaseTemplate) {
		throw new Error('The e2e suite needs the n8n runtime and the packed package: run it with `npm run test:e2e`.');
	}
	return { runtime: JSON.parse(runtime) as Runtime, pack: JSON.parse(pack) as PackedPackage, databaseTemplate };
}

/** The same key for every e2e user folder: credentials are imported encrypted with it. */
export const ENCRYPTION_KEY = 'e2e-only-encryption-key-not-a-secret';

/**
 * A fresh n8n user folder with the packed package installed as a community package and a migrated database.
 * `env` adds n8n settings for this instance.
 */
export async function createN8n(label: string, env: Record<string, string> = {}): Promise<N8nInstance> {
	const { runtime, pack, databaseTemplate } = suiteEnvironment();
	const userFolder = mkdtempSync(path.join(tmpdir(), `vonage-e2e-${label}-`));
	installPackage(pack, userFolder);
	const instance = await N8nInstance.create({ runtime, userFolder, encryptionKey: ENCRYPTION_KEY, env });
	instance.useDatabaseTemplate(databaseTemplate);
	return instance;
}

/** Stops the instance and removes its user folder (kept when VONAGE_E2E_KEEP is set, for debugging). */
export async function disposeN8n(instance: N8nInstance | undefined): Promise<void> {
	if (!instance) return;
	await instance.stop();
	if (!process.env.VONAGE_E2E_KEEP) rmSync(instance.userFolder, { recursive: true, force: true });
}
