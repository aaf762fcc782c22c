/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- developer tooling: prepares n8n and runs the e2e suite with jest; never shipped */
// `npm run test:e2e`: builds the package, prepares the cached n8n runtime and a migrated database template, packs the
// package as n8n's community installer would receive it, then runs the jest e2e suite against real n8n processes.
// Arguments after `--` go to jest (e.g. `npm run test:e2e -- -t trigger`); `--skip-build` reuses dist/;
// `--n8n=<version>` runs the suite on that n8n (default: the newest tested one; `--n8n=1.x` for the tested 1.x).
import { spawn } from 'node:child_process';
import path from 'node:path';

import { ensureChromium } from './lib/browser';
import { packPackage, REPO_ROOT, removePackedPackage } from './lib/communityPackage';
import { formatDuration, log } from './lib/log';
import { ensureDatabaseTemplate } from './lib/n8nInstance';
import { npmCommand, run } from './lib/run';
import { ensureRuntime, resolveN8nVersion, takeN8nOption } from './lib/runtime';
import { ensureQueueServices } from './lib/services';

async function main(): Promise<number> {
	const { requested, rest: args } = takeN8nOption(process.argv.slice(2));
	const skipBuild = args.includes('--skip-build');
	// `--queue` runs the queue-mode suite (PostgreSQL, Redis, webhook processors and workers) instead.
	const queueMode = args.includes('--queue');
	// `--browser` runs the editor suite in a headless Chromium (Debian's chromium, installed when missing) instead.
	const browserMode = args.includes('--browser');
	const jestArgs = args.filter((arg) => !['--skip-build', '--queue', '--browser', '--'].includes(arg));

	let started = Date.now();
	const runtime = await ensureRuntime(await resolveN8nVersion(requested));
	log(`n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion} ready (${formatDuration(Date.now() - started)})`);

	if (!skipBuild) {
		started = Date.now();
		log('Building the package (npm run build)');
		await run(npmCommand(), ['run', 'build'], { cwd: REPO_ROOT });
		log(`  built (${formatDuration(Date.now() - started)})`);
	}
	const pack = await packPackage();
	log(`Packed ${pack.name}@${pack.version}`);
	const template = await ensureDatabaseTemplate(runtime);
	if (queueMode) await ensureQueueServices();
	if (browserMode) await ensureChromium();
	const jestConfig = queueMode ? 'jest.e2e-queue.config.js' : browserMode ? 'jest.e2e-browser.config.js' : 'jest.e2e.config.js';

	log(`Running the ${queueMode ? 'queue-mode ' : browserMode ? 'browser ' : ''}e2e suite (jest -c ${jestConfig})`);
	const jestBin = require.resolve('jest/bin/jest');
	const code = await new Promise<number>((resolve) => {
		const child = spawn(process.execPath, [jestBin, '-c', path.join(REPO_ROOT, jestConfig), ...jestArgs], {
			cwd: REPO_ROOT,
			stdio: 'inherit',
			env: {
				...process.env,
				VONAGE_E2E_RUNTIME: JSON.stringify(runtime),
				VONAGE_E2E_PACKAGE: JSON.stringify(pack),
				VONAGE_E2E_DATABASE_TEMPLATE: template,
			},
		});
		child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
	});
	removePackedPackage(pack);
	return code;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	},
);
