/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/require-node-api-error -- developer tooling (queue-mode e2e): installs and runs PostgreSQL and Redis on 127.0.0.1; never shipped */
// PostgreSQL and Redis for n8n's queue mode, from Debian's packages, each in a throw-away folder on a free port of
// 127.0.0.1. They are installed with apt-get when missing (CI and the developer machines run as root on Debian).
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, chownSync, createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { log } from './log';
import { freePort } from './ports';
import { run } from './run';

const POSTGRES_LIB = '/usr/lib/postgresql';

function postgresBinDir(): string | undefined {
	if (!existsSync(POSTGRES_LIB)) return undefined;
	const versions = readdirSync(POSTGRES_LIB)
		.filter((name) => existsSync(path.join(POSTGRES_LIB, name, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(POSTGRES_LIB, versions[0], 'bin') : undefined;
}

function redisBinary(): string | undefined {
	return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((candidate) => existsSync(candidate));
}

/** Installs Debian's `postgresql` and `redis-server` when their binaries are missing (needs root). */
export async function ensureQueueServices(): Promise<{ postgresBin: string; redisServer: string }> {
	const missing = [!postgresBinDir() && 'postgresql', !redisBinary() && 'redis-server'].filter((name): name is string => Boolean(name));
	if (missing.length) {
		log(`Installing Debian packages ${missing.join(', ')} (apt-get)`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await run('apt-get', ['update', '-qq'], { env, heartbeat: 'apt-get update' });
		await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, heartbeat: `apt-get install ${missing.join(' ')}` });
	}
	const postgresBin = postgresBinDir();
	const redisServer = redisBinary();
	if (!postgresBin || !redisServer) throw new Error('PostgreSQL or Redis is still missing after apt-get install.');
	return { postgresBin, redisServer };
}

/** A server process started by these tools; `stop` ends it and waits for it. */
export interface LocalService {
	readonly name: string;
	readonly port: number;
	readonly logFile: string;
	stop(): Promise<void>;
}

function spawnLogged(name: string, command: string, args: string[], logFile: string): { child: ChildProcess; exited: Promise<number | null> } {
	const logStream = createWriteStream(logFile, { flags: 'a' });
	const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout?.pipe(logStream);
	child.stderr?.pipe(logStream);
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	child.on('error', (error) => log(`${name} could not start: ${error.message}`));
	return { child, exited };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	child.kill(signal);
	const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
	await exited;
	clearTimeout(killer);
}

async function waitUntil(what: string, probe: () => Promise<boolean>, exited: Promise<number | null>, logFile: string): Promise<void> {
	let ended = false;
	void exited.then(() => (ended = true));
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (ended) throw new Error(`${what} stopped while starting; see ${logFile}`);
		if (await probe().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`${what} did not start within 60 s; see ${logFile}`);
}

export interface PostgresService extends LocalService {
	readonly user: string;
	readonly password: string;
	readonly database: string;
	readonly url: string;
}

/**
 * A new PostgreSQL cluster in `folder/postgres`, owned by the `postgres` system user (the server refuses to run as
 * root), listening on 127.0.0.1 only, with one database for n8n.
 */
export async function startPostgres(folder: string, postgresBin: string): Promise<PostgresService> {
	const dataDir = path.join(folder, 'postgres');
	const socketDir = path.join(folder, 'postgres-socket');
	const logFile = path.join(folder, 'postgres.log');
	for (const dir of [dataDir, socketDir]) mkdirSync(dir, { recursive: true });
	// The postgres user must be able to reach its folders below the (root-owned) test folder.
	chmodSync(folder, 0o755);
	const asPostgres = (command: string, args: string[]) => ['-u', 'postgres', '--', path.join(postgresBin, command), ...args];
	const { uid, gid } = await postgresIds();
	for (const dir of [dataDir, socketDir]) chownSync(dir, uid, gid);

	const user = 'n8n';
	const password = 'n8n-e2e-password';
	const database = 'n8n';
	await run('runuser', asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']));
	const port = await freePort();
	const server = spawnLogged(
		'PostgreSQL',
		'runuser',
		asPostgres('postgres', ['-D', dataDir, '-h', '127.0.0.1', '-p', String(port), '-k', socketDir, '-c', 'fsync=off', '-c', 'max_connections=200']),
		logFile,
	);
	const psql = async (sql: string) =>
		await run('runuser', asPostgres('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-c', sql]));
	try {
		await waitUntil('PostgreSQL', async () => (await psql('SELECT 1'), true), server.exited, logFile);
		await psql(`CREATE ROLE ${user} LOGIN PASSWORD '${password}'`);
		await psql(`CREATE DATABASE ${database} OWNER ${user}`);
	} catch (error) {
		await run('runuser', asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop'])).catch(() => undefined);
		await stopChild(server.child, server.exited, 'SIGKILL');
		throw error;
	}
	return {
		name: 'PostgreSQL',
		port,
		logFile,
		user,
		password,
		database,
		url: `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`,
		// runuser does not pass signals on to the server: pg_ctl's "fast" shutdown ends sessions and stops it at once.
		stop: async () => {
			if (server.child.exitCode !== null) return;
			await run('runuser', asPostgres('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])).catch((error: Error) => log(`pg_ctl stop: ${error.message}`));
			await stopChild(server.child, server.exited, 'SIGKILL');
		},
	};
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
	const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
	return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** A Redis server on 127.0.0.1 without persistence: n8n's queue needs nothing to survive the test run. */
export async function startRedis(folder: string, redisServer: string): Promise<LocalService> {
	const logFile = path.join(folder, 'redis.log');
	const port = await freePort();
	const server = spawnLogged(
		'Redis',
		redisServer,
		['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', folder, '--protected-mode', 'yes'],
		logFile,
	);
	const ping = async () => {
		const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), 'PING']);
		return stdout.trim() === 'PONG';
	};
	try {
		await waitUntil('Redis', ping, server.exited, logFile);
	} catch (error) {
		await stopChild(server.child, server.exited, 'SIGTERM');
		throw error;
	}
	return { name: 'Redis', port, logFile, stop: async () => await stopChild(server.child, server.exited, 'SIGTERM') };
}
