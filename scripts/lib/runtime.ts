/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- developer tooling (npm start, e2e): installs Node 24 and n8n into a cache folder; never shipped */
// The n8n runtime used by `npm start` and `npm run test:e2e`: a Node 24 binary and n8n itself, installed once into a
// cache folder outside the repository and reused afterwards. n8n 2.x needs Node >= 24 while this package is developed
// on Node 20, so Node 24 comes from the npm registry (node-<platform>-<arch> packages ship the official binary).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import { formatDuration, log } from './log';
import { npmCommand, run } from './run';

export const NODE_VERSION = '24.22.3';
/** 2.41.3 is newer but does not install (one of its dependencies is missing from the registry). */
export const N8N_VERSION = '2.41.1';

export interface Runtime {
	/** Cache folder holding everything below. */
	root: string;
	/** The Node 24 binary that runs n8n. */
	node: string;
	/** n8n's command-line entry point, run as `node n8nCli <command>`. */
	n8nCli: string;
	n8nVersion: string;
}

export function cacheRoot(): string {
	if (process.env.VONAGE_N8N_CACHE_DIR) return path.resolve(process.env.VONAGE_N8N_CACHE_DIR);
	const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
	return path.join(base, 'n8n-nodes-vonage-messages');
}

function nodePackageName(): string {
	const platforms: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'win' };
	const platform = platforms[process.platform];
	if (!platform || !['x64', 'arm64'].includes(process.arch)) {
		throw new Error(`There is no Node ${NODE_VERSION} package on the npm registry for ${process.platform}/${process.arch}.`);
	}
	return `node-${platform}-${process.arch}`;
}

interface NodeInstall {
	/** Package folder with bin/ and include/node (the headers native modules build against). */
	packageDir: string;
	binary: string;
}

async function ensureNode(root: string): Promise<NodeInstall> {
	const name = nodePackageName();
	const prefix = path.join(root, `node-${NODE_VERSION}`);
	const packageDir = path.join(prefix, 'node_modules', name);
	const binary = path.join(packageDir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
	if (existsSync(path.join(prefix, '.ready'))) return { packageDir, binary };

	log(`Installing Node ${NODE_VERSION} (npm package ${name}) into ${prefix}`);
	const started = Date.now();
	rmSync(prefix, { recursive: true, force: true });
	mkdirSync(prefix, { recursive: true });
	writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({ private: true }));
	await run(npmCommand(), ['install', `${name}@${NODE_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: prefix,
		heartbeat: `downloading Node ${NODE_VERSION}`,
	});
	writeFileSync(path.join(prefix, '.ready'), new Date().toISOString());
	log(`  Node ${NODE_VERSION} ready (${formatDuration(Date.now() - started)})`);
	return { packageDir, binary };
}

/** Environment in which npm and node-gyp use Node 24 and its headers. */
export function node24Environment(node: NodeInstall): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${path.dirname(node.binary)}${path.delimiter}${process.env.PATH ?? ''}`,
		// A machine's npmrc may point nodedir at Node 20's headers; native modules must build for Node 24.
		npm_config_nodedir: node.packageDir,
		npm_config_update_notifier: 'false',
	};
}

/**
 * n8n installed with Node 24 and `--ignore-scripts` (the Kafka node's native package would download binaries from
 * outside the npm registry), then sqlite3 built from source against Node 24. It is installed into a temporary
 * folder and renamed when complete, so an interrupted install is never mistaken for a finished one.
 */
async function ensureN8n(root: string, node: NodeInstall): Promise<string> {
	const dir = path.join(root, `n8n-${N8N_VERSION}`);
	if (existsSync(path.join(dir, '.ready'))) return dir;

	const partial = `${dir}.partial`;
	log(`Installing n8n ${N8N_VERSION} into ${dir}`);
	log('  First run only: this takes about 6 minutes and 3 GB of disk; later runs reuse it.');
	const started = Date.now();
	rmSync(partial, { recursive: true, force: true });
	mkdirSync(partial, { recursive: true });
	writeFileSync(path.join(partial, 'package.json'), JSON.stringify({ private: true }));
	const env = node24Environment(node);
	await run(npmCommand(), ['install', `n8n@${N8N_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: partial,
		env,
		heartbeat: `installing n8n ${N8N_VERSION}`,
	});
	log(`  n8n packages installed (${formatDuration(Date.now() - started)}); building sqlite3 for Node ${NODE_VERSION}`);
	// Explicitly on: a project .npmrc with ignore-scripts=true reaches this process through npm_config_* variables
	// when it runs under `npm start`, and would turn the rebuild into a no-op.
	await run(npmCommand(), ['rebuild', 'sqlite3'], {
		cwd: partial,
		env: { ...env, npm_config_ignore_scripts: 'false' },
		heartbeat: 'building sqlite3',
	});
	// n8n cannot open its database without this native module: check it loads before calling the install done.
	await run(node.binary, ['-e', "require('sqlite3')"], { cwd: path.join(partial, 'node_modules', 'n8n') });
	writeFileSync(path.join(partial, '.ready'), new Date().toISOString());
	rmSync(dir, { recursive: true, force: true });
	renameSync(partial, dir);
	log(`  n8n ${N8N_VERSION} ready (${formatDuration(Date.now() - started)})`);
	return dir;
}

/** Installs what is missing and says how to run n8n: `node n8nCli <command>`. */
export async function ensureRuntime(): Promise<Runtime> {
	const root = cacheRoot();
	mkdirSync(root, { recursive: true });
	const node = await ensureNode(root);
	const n8nDir = await ensureN8n(root, node);
	const n8nPackage = path.join(n8nDir, 'node_modules', 'n8n');
	const { version } = JSON.parse(readFileSync(path.join(n8nPackage, 'package.json'), 'utf8')) as { version: string };
	return { root, node: node.binary, n8nCli: path.join(n8nPackage, 'bin', 'n8n'), n8nVersion: version };
}
