/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- developer tooling: `npm start` runs n8n with this package; never shipped */
// `npm start`: builds the package, prepares the cached n8n runtime (first run only), installs the package into a
// persistent n8n user folder the way n8n's community-package installer does, and runs n8n on http://localhost:5678
// with its embedded SQLite database. Ctrl-C stops everything it started.
//
//   npm start                 n8n with the package; your workflows and credentials are kept between runs
//   npm start -- --demo       also a local fake Vonage API, credentials pointed at it, the example workflows,
//                             and a signed inbound WhatsApp message sent to the example trigger
//   npm start -- --port=5679  another port
//   npm start -- --user-folder=/path   another n8n user folder (default: in the cache folder)
//   npm start -- --n8n=1.123.81   another n8n version (installed into the cache on first use; `--n8n=1.x` is the
//                                 tested 1.x); each version keeps its own default user folder, as n8n cannot open a
//                                 database that a newer n8n migrated
import { rmSync } from 'node:fs';
import path from 'node:path';

import { installPackage, packPackage, REPO_ROOT, removePackedPackage } from './lib/communityPackage';
import { formatDuration, log } from './lib/log';
import { N8nInstance } from './lib/n8nInstance';
import { freePortCheck } from './lib/ports';
import { npmCommand, run } from './lib/run';
import { cacheRoot, DEFAULT_N8N_VERSION, ensureRuntime, resolveN8nVersion } from './lib/runtime';

interface StartOptions {
	demo: boolean;
	port: number;
	userFolder?: string;
	/** As given with --n8n= (a version, a major line such as 1.x, or a range); default: the newest tested. */
	n8n?: string;
}

const USAGE = 'Usage: npm start [-- --demo] [--port=5678] [--user-folder=/path/to/folder] [--n8n=1.123.81]';

function parseArguments(args: string[]): StartOptions {
	const options: StartOptions = { demo: false, port: 5678 };
	for (const arg of args) {
		if (arg === '--demo') options.demo = true;
		else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
		else if (arg.startsWith('--user-folder=')) options.userFolder = path.resolve(arg.slice('--user-folder='.length));
		else if (arg.startsWith('--n8n=')) options.n8n = arg.slice('--n8n='.length);
		else if (arg === '--help' || arg === '-h') {
			process.stdout.write(`${USAGE}\n`);
			process.exit(0);
		} else throw new Error(`Unknown option ${arg}. ${USAGE}`);
	}
	if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
		throw new Error('--port must be a port number, e.g. --port=5679');
	}
	return options;
}

/** Everything started here, stopped in reverse order on Ctrl-C or on failure. */
const cleanups: Array<() => Promise<void> | void> = [];
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
	if (!stopping) {
		stopping = true;
		for (const cleanup of cleanups.reverse()) {
			try {
				await cleanup();
			} catch {
				// Keep stopping the rest.
			}
		}
	}
	process.exit(exitCode);
}

async function main(): Promise<void> {
	const options = parseArguments(process.argv.slice(2));
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.on(signal, () => {
			if (stopping) return;
			log('Stopping…');
			void stopAll(0);
		});
	}

	if (!(await freePortCheck(options.port))) {
		throw new Error(`Port ${options.port} is in use (another n8n?). Stop it, or choose another port: npm start -- --port=5679`);
	}

	const runtime = await ensureRuntime(await resolveN8nVersion(options.n8n));
	log(`n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion}: ${runtime.root}`);

	let started = Date.now();
	log('Building the package (npm run build)');
	await run(npmCommand(), ['run', 'build'], { cwd: REPO_ROOT });
	log(`  built (${formatDuration(Date.now() - started)})`);

	// The demo gets a user folder of its own, fresh each time, so it never touches your own workflows. A folder given
	// with --user-folder is never deleted.
	// Other n8n versions get folders of their own: a database migrated by n8n 2.x cannot be opened by n8n 1.x.
	const versionSuffix = runtime.n8nVersion === DEFAULT_N8N_VERSION ? '' : `-n8n-${runtime.n8nVersion}`;
	const userFolder = options.userFolder ?? path.join(cacheRoot(), `${options.demo ? 'demo-user-folder' : 'user-folder'}${versionSuffix}`);
	if (options.demo && !options.userFolder) rmSync(userFolder, { recursive: true, force: true });
	const pack = await packPackage();
	const installedAt = installPackage(pack, userFolder);
	removePackedPackage(pack);
	log(`Installed ${pack.name}@${pack.version} as a community package: ${installedAt}`);

	const n8n = await N8nInstance.create({ runtime, userFolder, port: options.port });
	cleanups.push(async () => await n8n.stop());

	let demo: import('./demo').Demo | undefined;
	if (options.demo) {
		const { Demo } = await import('./demo');
		demo = new Demo(n8n);
		cleanups.push(async () => await demo?.stop());
		await demo.prepare();
	}

	started = Date.now();
	log(`Starting n8n on ${n8n.baseUrl} (log: ${n8n.serverLogFile})`);
	await n8n.start();
	log(`  n8n is ready (${formatDuration(Date.now() - started)})`);
	if (demo) await demo.run();

	process.stdout.write(`\n  n8n with ${pack.name} is running: ${n8n.baseUrl}\n`);
	if (!demo) {
		process.stdout.write('  First visit: create the owner account; your data stays in ' + userFolder + '\n');
	}
	process.stdout.write('  Press Ctrl-C to stop.\n\n');

	const exitCode = await n8n.waitForExit();
	if (!stopping) {
		log(`n8n stopped unexpectedly (exit code ${exitCode}); see ${n8n.serverLogFile}`);
		await stopAll(1);
	}
}

main().catch(async (error: unknown) => {
	process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
	await stopAll(1);
});
