/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- developer tooling (npm start, e2e): installs Node and n8n into a cache folder; never shipped */
// The n8n runtimes used by `npm start` and `npm run test:e2e`: a Node binary and n8n itself, installed once per n8n
// version into a cache folder outside the repository and reused afterwards. n8n 2.x needs Node >= 24 and n8n 1.x
// Node 22 while this package is developed on Node 20, so each Node comes from the npm registry
// (node-<platform>-<arch> packages ship the official binary and headers).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

import { formatDuration, log } from './log';
import { npmCommand, run } from './run';

/** The n8n versions the e2e suite runs on (CI runs both); the first is the default. */
export const TESTED_N8N_VERSIONS = ['2.41.1', '1.123.81'] as const;
/** 2.41.3 is newer but does not install (one of its dependencies is missing from the registry). */
export const DEFAULT_N8N_VERSION: string = TESTED_N8N_VERSIONS[0];

/**
 * The Node that runs each n8n major line. n8n 2.x requires Node >= 24. n8n 1.123.x declares `>=20.19 <= 24.x`, but
 * its default expression engine ("vm") loads isolated-vm 6, which requires Node >= 22 and ships prebuilt binaries
 * for Node 22 and 24 only: on Node 20 every n8n command exits with "Could not initialize the vm expression engine".
 */
const NODE_FOR_N8N_MAJOR: Record<string, string> = { '1': '22.23.5', '2': '24.22.3' };
/** Reads n8n's SQLite database with its built-in node:sqlite (Node 20 has none), whatever Node runs n8n. */
export const TOOLS_NODE_VERSION = '24.22.3';

export interface Runtime {
	/** Cache folder holding every runtime. */
	root: string;
	/** The Node binary that runs n8n. */
	node: string;
	nodeVersion: string;
	/** A Node 24 binary for the tools that read n8n's database (node:sqlite). */
	toolsNode: string;
	/** n8n's command-line entry point, run as `node n8nCli <command>`. */
	n8nCli: string;
	n8nVersion: string;
}

export function cacheRoot(): string {
	if (process.env.VONAGE_N8N_CACHE_DIR) return path.resolve(process.env.VONAGE_N8N_CACHE_DIR);
	const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
	return path.join(base, 'n8n-nodes-vonage-messages');
}

/**
 * Turns what a user asked for (`--n8n=1.123.81`, `--n8n=1`, `--n8n=1.x`, `--n8n=1.123.x`, `--n8n=latest`) into one
 * exact n8n version. The major lines resolve to the tested versions; anything else that is not exact is asked of
 * the registry (its newest matching version).
 */
export async function resolveN8nVersion(requested: string | undefined): Promise<string> {
	if (!requested) return DEFAULT_N8N_VERSION;
	const wanted = requested.trim().replace(/^v/, '');
	if (/^\d+\.\d+\.\d+$/.test(wanted)) return wanted;
	const tested = TESTED_N8N_VERSIONS.find((version) => [version.split('.')[0], `${version.split('.')[0]}.x`].includes(wanted));
	if (tested) return tested;
	const { stdout } = await run(npmCommand(), ['view', `n8n@${wanted}`, 'version', '--json']).catch(() => ({ stdout: '' }));
	const found = stdout.trim() ? (JSON.parse(stdout) as string | string[]) : [];
	const versions = Array.isArray(found) ? found : [found];
	const newest = versions[versions.length - 1];
	if (!newest) throw new Error(`No n8n version on the npm registry matches "${requested}"; e.g. --n8n=${DEFAULT_N8N_VERSION} or --n8n=1.x`);
	return newest;
}

/** Reads `--n8n=<version>` from a script's arguments and returns the other arguments untouched. */
export function takeN8nOption(args: string[]): { requested?: string; rest: string[] } {
	let requested: string | undefined;
	const rest = args.filter((arg) => {
		if (!arg.startsWith('--n8n=')) return true;
		requested = arg.slice('--n8n='.length);
		return false;
	});
	return { requested, rest };
}

export function nodeVersionFor(n8nVersion: string): string {
	const nodeVersion = NODE_FOR_N8N_MAJOR[n8nVersion.split('.')[0]];
	if (!nodeVersion) throw new Error(`n8n ${n8nVersion}: only n8n 1.x and 2.x are supported, e.g. --n8n=${DEFAULT_N8N_VERSION}`);
	return nodeVersion;
}

function nodePackageName(nodeVersion: string): string {
	const platforms: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'win' };
	const platform = platforms[process.platform];
	if (!platform || !['x64', 'arm64'].includes(process.arch)) {
		throw new Error(`There is no Node ${nodeVersion} package on the npm registry for ${process.platform}/${process.arch}.`);
	}
	return `node-${platform}-${process.arch}`;
}

interface NodeInstall {
	version: string;
	/** Package folder with bin/ and include/node (the headers native modules build against). */
	packageDir: string;
	binary: string;
}

/**
 * Installs one Node into `<root>/node-<version>`. Two runtimes may install the same Node at the same time (CI installs
 * n8n 1.x and 2.x side by side, and both need Node 24), so each installs into a folder of its own and renames it into
 * place when complete; whoever comes second keeps the first one's install.
 */
async function ensureNode(root: string, version: string): Promise<NodeInstall> {
	const name = nodePackageName(version);
	const prefix = path.join(root, `node-${version}`);
	const packageDir = path.join(prefix, 'node_modules', name);
	const binary = path.join(packageDir, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
	if (existsSync(path.join(prefix, '.ready'))) return { version, packageDir, binary };

	log(`Installing Node ${version} (npm package ${name}) into ${prefix}`);
	const started = Date.now();
	const partial = mkdtempSync(`${prefix}.partial-`);
	writeFileSync(path.join(partial, 'package.json'), JSON.stringify({ private: true }));
	await run(npmCommand(), ['install', `${name}@${version}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: partial,
		heartbeat: `downloading Node ${version}`,
	});
	writeFileSync(path.join(partial, '.ready'), new Date().toISOString());
	// A folder left by an interrupted install (no .ready) is replaced; a complete one installed meanwhile is kept.
	if (!existsSync(path.join(prefix, '.ready'))) rmSync(prefix, { recursive: true, force: true });
	try {
		renameSync(partial, prefix);
	} catch (error) {
		if (!existsSync(path.join(prefix, '.ready'))) {
			throw new Error(`Could not move Node ${version} into ${prefix}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	rmSync(partial, { recursive: true, force: true });
	log(`  Node ${version} ready (${formatDuration(Date.now() - started)})`);
	return { version, packageDir, binary };
}

/** Environment in which npm and node-gyp use the given Node and its headers. */
export function nodeEnvironment(node: NodeInstall): NodeJS.ProcessEnv {
	return {
		...process.env,
		PATH: `${path.dirname(node.binary)}${path.delimiter}${process.env.PATH ?? ''}`,
		// A machine's npmrc may point nodedir at another Node's headers; native modules must build for this one.
		npm_config_nodedir: node.packageDir,
		npm_config_update_notifier: 'false',
	};
}

/**
 * Dependencies of this n8n version that point outside the npm registry, replaced by the registry's release.
 * n8n 1.x's nodes depend on `xlsx` as a tarball on cdn.sheetjs.com, which an install limited to the npm registry
 * cannot reach; the registry's xlsx (0.18.5) is the same library. Found by reading the published manifests, so a
 * version without such a dependency (every n8n 2.x so far) gets no override.
 */
async function registryOverrides(n8nVersion: string): Promise<Record<string, string>> {
	const view = async (spec: string, field: string): Promise<string> => {
		const { stdout } = await run(npmCommand(), ['view', spec, field, '--json']);
		return stdout.trim() ? (JSON.parse(stdout) as string) : '';
	};
	const nodesBase = await view(`n8n@${n8nVersion}`, 'dependencies.n8n-nodes-base');
	if (!nodesBase) return {};
	const xlsx = await view(`n8n-nodes-base@${nodesBase}`, 'dependencies.xlsx');
	if (!/^(https?:|git\+|github:)/.test(xlsx)) return {};
	return { xlsx: await view('xlsx', 'version') };
}

/**
 * n8n installed with its Node and `--ignore-scripts` (the Kafka node's native package would download binaries from
 * outside the npm registry), then sqlite3 built from source against that Node. It is installed into a temporary
 * folder and renamed when complete, so an interrupted install is never mistaken for a finished one.
 */
async function ensureN8n(root: string, n8nVersion: string, node: NodeInstall): Promise<string> {
	const dir = path.join(root, `n8n-${n8nVersion}`);
	if (existsSync(path.join(dir, '.ready'))) {
		await ensureSqliteBuiltFor(dir, node);
		return dir;
	}

	const partial = `${dir}.partial`;
	log(`Installing n8n ${n8nVersion} for Node ${node.version} into ${dir}`);
	log('  First run only: this takes 3 to 6 minutes and 2 to 3 GB of disk; later runs reuse it.');
	const started = Date.now();
	rmSync(partial, { recursive: true, force: true });
	mkdirSync(partial, { recursive: true });
	const overrides = await registryOverrides(n8nVersion);
	if (Object.keys(overrides).length) log(`  From the npm registry instead of outside it: ${JSON.stringify(overrides)}`);
	writeFileSync(
		path.join(partial, 'package.json'),
		JSON.stringify({ private: true, ...(Object.keys(overrides).length ? { overrides } : {}) }, null, 2),
	);
	const env = nodeEnvironment(node);
	await run(npmCommand(), ['install', `n8n@${n8nVersion}`, '--ignore-scripts', '--no-audit', '--no-fund'], {
		cwd: partial,
		env,
		heartbeat: `installing n8n ${n8nVersion}`,
	});
	log(`  n8n packages installed (${formatDuration(Date.now() - started)}); building sqlite3 for Node ${node.version}`);
	await buildSqlite(partial, node);
	writeFileSync(path.join(partial, '.ready'), new Date().toISOString());
	rmSync(dir, { recursive: true, force: true });
	renameSync(partial, dir);
	log(`  n8n ${n8nVersion} ready (${formatDuration(Date.now() - started)})`);
	return dir;
}

/** sqlite3 built from source for the given Node, and checked to load (n8n cannot open its database without it). */
async function buildSqlite(dir: string, node: NodeInstall): Promise<void> {
	// Explicitly on: a project .npmrc with ignore-scripts=true reaches this process through npm_config_* variables
	// when it runs under `npm start`, and would turn the rebuild into a no-op.
	await run(npmCommand(), ['rebuild', 'sqlite3'], {
		cwd: dir,
		env: { ...nodeEnvironment(node), npm_config_ignore_scripts: 'false' },
		heartbeat: 'building sqlite3',
	});
	await run(node.binary, ['-e', "require('sqlite3')"], { cwd: path.join(dir, 'node_modules', 'n8n') });
	writeFileSync(path.join(dir, '.node-version'), node.version);
}

/**
 * A cached n8n whose sqlite3 was built for another Node (the Node chosen for its major line changed) gets sqlite3
 * rebuilt rather than the whole of n8n reinstalled. Folders from before this record were built for today's Node
 * when they load sqlite3 with it.
 */
async function ensureSqliteBuiltFor(dir: string, node: NodeInstall): Promise<void> {
	const marker = path.join(dir, '.node-version');
	if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === node.version) return;
	const loads = await run(node.binary, ['-e', "require('sqlite3')"], { cwd: path.join(dir, 'node_modules', 'n8n') }).then(
		() => true,
		() => false,
	);
	if (loads) {
		writeFileSync(marker, node.version);
		return;
	}
	log(`Rebuilding sqlite3 of ${dir} for Node ${node.version}`);
	await buildSqlite(dir, node);
}

/** Installs what is missing for one n8n version (default: the newest tested) and says how to run it. */
export async function ensureRuntime(n8nVersion: string = DEFAULT_N8N_VERSION): Promise<Runtime> {
	const root = cacheRoot();
	mkdirSync(root, { recursive: true });
	const node = await ensureNode(root, nodeVersionFor(n8nVersion));
	const toolsNode = node.version === TOOLS_NODE_VERSION ? node : await ensureNode(root, TOOLS_NODE_VERSION);
	const n8nDir = await ensureN8n(root, n8nVersion, node);
	const n8nPackage = path.join(n8nDir, 'node_modules', 'n8n');
	const { version } = JSON.parse(readFileSync(path.join(n8nPackage, 'package.json'), 'utf8')) as { version: string };
	return {
		root,
		node: node.binary,
		nodeVersion: node.version,
		toolsNode: toolsNode.binary,
		n8nCli: path.join(n8nPackage, 'bin', 'n8n'),
		n8nVersion: version,
	};
}
