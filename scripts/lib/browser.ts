/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- developer tooling (browser e2e): installs and starts a headless Chromium; never shipped */
// A real browser for the editor e2e suite: Debian's `chromium` package (installed with apt-get when missing; CI and
// the developer machines run as root on Debian) driven by playwright-core, which downloads no browser of its own.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { type BrowserContext, chromium } from 'playwright-core';

import { log } from './log';
import { run } from './run';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Installs Debian's `chromium` when its binary is missing (needs root). */
export async function ensureChromium(): Promise<string> {
	if (!existsSync(CHROMIUM_PATH)) {
		log('Installing the Debian package chromium (apt-get)');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await run('apt-get', ['update', '-qq'], { env, heartbeat: 'apt-get update' });
		await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env, heartbeat: 'apt-get install chromium' });
	}
	if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is still missing at ${CHROMIUM_PATH} after apt-get install chromium.`);
	return CHROMIUM_PATH;
}

/**
 * Flags for a headless Chromium that runs as root (CI), talks to nothing but the pages it is sent to, and starts
 * from an empty profile: no sandbox (root), no GPU, no QUIC, no first-run screens, no background updates or sync.
 */
const CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--headless',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface LaunchedBrowser {
	context: BrowserContext;
	/** Closes the browser and removes its profile folder. */
	close(): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile folder (playwright passes it as --user-data-dir) and returns its one browser
 * context.
 */
export async function launchChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<LaunchedBrowser> {
	const userDataDir = mkdtempSync(path.join(tmpdir(), 'vonage-e2e-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport: options.viewport ?? { width: 1440, height: 900 },
	});
	return {
		context,
		async close() {
			await context.close().catch(() => undefined);
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
