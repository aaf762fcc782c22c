/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- e2e test infrastructure: drives n8n's editor in Chromium and writes screenshots to disk; never shipped */
// How the suite drives n8n 2.41's editor. Selectors are n8n's own `data-test-id` attributes, found by looking at the
// rendered pages; where n8n has none (dropdown panels, toasts) the element-plus classes n8n renders are used.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { type ConsoleMessage, type Locator, type Page, selectors } from 'playwright-core';

import { REPO_ROOT } from '../../../scripts/lib/communityPackage';

selectors.setTestIdAttribute('data-test-id');

/** Where every screenshot goes; CI keeps this folder as an artifact. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'browser');

/**
 * With VONAGE_E2E_SCREENSHOTS=<folder> (e.g. docs/images), the screenshots the README shows are also copied there
 * under fixed names.
 */
const README_SCREENSHOT_DIR = process.env.VONAGE_E2E_SCREENSHOTS ? path.resolve(REPO_ROOT, process.env.VONAGE_E2E_SCREENSHOTS) : undefined;

export async function screenshot(page: Page, name: string, readmeName?: string): Promise<string> {
	mkdirSync(SCREENSHOT_DIR, { recursive: true });
	// JPEG is several times faster to encode than PNG; the README's pictures stay PNG.
	const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-zA-Z0-9_-]+/g, '_')}.${readmeName ? 'png' : 'jpeg'}`);
	await page.screenshot(readmeName ? { path: file } : { path: file, type: 'jpeg', quality: 70 });
	if (README_SCREENSHOT_DIR && readmeName) {
		mkdirSync(README_SCREENSHOT_DIR, { recursive: true });
		copyFileSync(file, path.join(README_SCREENSHOT_DIR, readmeName));
	}
	return file;
}

/**
 * Console errors that are not the editor failing, ignored on purpose:
 * - requests to hosts other than the n8n under test: the editor asks registry.npmjs.org about installed community
 *   packages (and n8n's telemetry and update hosts); the suite runs offline, so they fail;
 * - the 401 of /rest/login while signed out: the editor probes its session before showing the sign-in page.
 */
function isKnownNoise(message: ConsoleMessage, origin: string): boolean {
	const url = message.location().url ?? '';
	if (url && !url.startsWith(origin)) return true;
	return url.startsWith(`${origin}/rest/login`) && message.text().includes('401');
}

/** Collects the page's console errors (and uncaught exceptions) apart from the known noise above. */
export function collectConsoleErrors(page: Page, origin: string): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && !isKnownNoise(message, origin)) errors.push(`${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
	return errors;
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	await page.locator('input[name="emailOrLdapLoginId"]').fill(email);
	await page.locator('input[name="password"]').fill(password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.includes('signin'));
}

/** Error toasts the editor shows (element-plus notifications with the error icon). */
export function errorToasts(page: Page): Locator {
	return page.locator('.el-notification:has(.el-notification--error)');
}

/** Fields n8n marks as invalid: the "has-issues" input class and the issues icon beside a parameter. */
export function issueMarkers(scope: Locator): Locator {
	return scope.locator('.has-issues, [data-test-id="parameter-issues"]');
}

/** Opens a new workflow with a Manual Trigger, so the nodes panel offers actions (an empty canvas offers triggers only). */
export async function newWorkflowWithManualTrigger(page: Page, baseUrl: string): Promise<void> {
	await page.goto(`${baseUrl}/workflow/new`);
	await page.getByTestId('canvas-plus-button').click();
	await page.getByTestId('node-creator-search-bar').pressSequentially('Manual Trigger');
	await page.getByTestId('node-creator-item-name').getByText('Manual Trigger', { exact: true }).click();
	await page.getByTestId('canvas-handle-plus').click();
}

/** Types into the nodes panel's search and returns the names it lists. */
export async function searchNodesPanel(page: Page, text: string): Promise<string[]> {
	const search = page.getByTestId('node-creator-search-bar');
	await search.fill('');
	await search.pressSequentially(text);
	// The panel lists categories until the search has filtered: wait for a match.
	await page.getByTestId('node-creator-item-name').filter({ hasText: text }).first().waitFor();
	return await page.getByTestId('node-creator-item-name').allInnerTexts();
}

/** In the open nodes panel: searches "Vonage", opens one of our entries and clicks one of its actions or triggers. */
export async function addNodeFromPanel(page: Page, entry: string, action: string): Promise<void> {
	await searchNodesPanel(page, 'Vonage');
	await page.getByTestId('node-creator-item-name').getByText(entry, { exact: true }).click();
	await page.getByTestId('item-iterator-item').getByText(action, { exact: true }).click();
	await page.getByTestId('ndv').waitFor();
}

/** Picks an option of a dropdown field of the open form, by the option's label. */
export async function pickOption(scope: Locator, page: Page, parameter: string, option: string): Promise<void> {
	await scope.getByTestId(`parameter-input-${parameter}`).click();
	const item = page
		.locator('.el-select-dropdown:visible [data-test-id="parameter-input-item"]')
		.filter({ has: page.locator('.option-headline').getByText(option, { exact: true }) });
	await item.click();
	await page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Names of the top-level inputs the node form shows (`data-parameter-path="parameters.<name>"`), sorted. */
export async function shownInputs(form: Locator): Promise<string[]> {
	const paths = await form
		.locator('[data-parameter-path^="parameters."]')
		.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-parameter-path') ?? ''));
	return [...new Set(paths.map((value) => value.slice('parameters.'.length)).filter((name) => !name.includes('.')))].sort();
}

/** The loaded node icons in a part of the page: their address and whether the image decoded (naturalWidth > 0). */
export async function iconImages(scope: Locator): Promise<Array<{ src: string; loaded: boolean }>> {
	return await scope.locator('img').evaluateAll((images) =>
		images.map((image) => {
			const img = image as unknown as { complete: boolean; naturalWidth: number; getAttribute(name: string): string | null };
			return { src: img.getAttribute('src') ?? '', loaded: img.complete && img.naturalWidth > 0 };
		}),
	);
}

/** Waits until `probe` returns true (polling), or fails with `what` after `timeoutMs`. */
export async function waitUntil(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await probe())) {
		if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** The credential the node form has selected, by its name as the dropdown shows it. */
export async function selectedCredential(ndv: Locator): Promise<string> {
	return await ndv.getByTestId('node-credentials-select').locator('input').first().inputValue();
}
