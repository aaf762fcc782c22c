/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/require-node-api-error, @n8n/community-nodes/no-hardcoded-secrets -- developer tooling (npm start, e2e): drives a real n8n through its CLI and HTTP server; never shipped */
// One n8n user folder and the ways to drive it: n8n's own CLI (import, publish, execute) and its server (`n8n start`).
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { parseFlatted } from './flatted';
import { log } from './log';
import { freePort } from './ports';
import { type RunResult, run } from './run';
import type { Runtime } from './runtime';
import { type N8nDatabase, type Row, SqliteDatabase, n8nTables } from './n8nDatabase';
import { checkpointSqlite } from './sqlite';

export interface N8nInstanceOptions {
	runtime: Runtime;
	/** Folder n8n uses as home: it keeps `.n8n/` (database, settings, community nodes) there. */
	userFolder: string;
	/** Port of the editor and webhooks; a free one when omitted. */
	port?: number;
	/** Encryption key of stored credentials; when omitted n8n generates one and keeps it in the user folder. */
	encryptionKey?: string;
	/** Further environment variables (they win over the defaults). */
	env?: Record<string, string>;
	/** Where this instance's data lives when it is not the user folder's SQLite file (queue mode: PostgreSQL). */
	database?: N8nDatabase;
}

/** What an n8n process is: the main process (editor, activation), a webhook processor, or a queue worker. */
export type N8nProcessKind = 'start' | 'webhook' | 'worker';

export interface CredentialToImport {
	id: string;
	name: string;
	type: string;
	data: Record<string, unknown>;
}

/** A workflow as n8n exports and imports it (only what these tools need is typed). */
export interface WorkflowJson {
	id: string;
	name: string;
	nodes: Array<Record<string, unknown> & { name: string; type: string; parameters: Record<string, unknown> }>;
	connections: Record<string, unknown>;
	settings?: Record<string, unknown>;
	active?: boolean;
	[key: string]: unknown;
}

export interface NodeRun {
	/** The node's output items, per output. */
	output: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, unknown> }>>;
	error?: { message?: string; description?: string; [key: string]: unknown };
}

/** What one execution did, node by node (each node's last run). */
export interface ExecutionResult {
	id?: string;
	status?: string;
	finished?: boolean;
	error?: { message?: string; description?: string; node?: { name?: string } };
	nodes: Record<string, NodeRun>;
	/** Output items of a node's first output, as plain JSON. */
	json(nodeName: string): Array<Record<string, unknown>>;
}

interface RawTaskData {
	data?: { main?: Array<Array<{ json: Record<string, unknown>; binary?: Record<string, unknown> }> | null> };
	error?: NodeRun['error'];
}

interface RawRunData {
	status?: string;
	finished?: boolean;
	data?: { resultData?: { runData?: Record<string, RawTaskData[]>; error?: ExecutionResult['error'] } };
}

/**
 * Whether an execution's final run data is stored. n8n 1.x on SQLite (its default pool of 0) writes an ending
 * execution in two statements, the status first and the run data after it, so for a moment an execution reads as
 * finished with the run data it was created with: no node has run and there is no error. A clean CI run met that
 * moment (a trigger test read "did not run"); such an execution is not listed until its data is there.
 */
function runDataWritten(raw: RawRunData): boolean {
	const result = raw.data?.resultData;
	return Object.keys(result?.runData ?? {}).length > 0 || result?.error !== undefined || raw.status === 'crashed';
}

function toExecutionResult(raw: RawRunData, id?: string): ExecutionResult {
	const runData = raw.data?.resultData?.runData ?? {};
	const nodes: Record<string, NodeRun> = {};
	for (const [name, runs] of Object.entries(runData)) {
		const last = runs[runs.length - 1];
		nodes[name] = { output: (last?.data?.main ?? []).map((items) => items ?? []), error: last?.error };
	}
	return {
		id,
		status: raw.status,
		finished: raw.finished,
		error: raw.data?.resultData?.error,
		nodes,
		json(nodeName: string) {
			const node = nodes[nodeName];
			if (!node) throw new Error(`Node "${nodeName}" did not run. Nodes that ran: ${Object.keys(nodes).join(', ')}`);
			return (node.output[0] ?? []).map((item) => item.json);
		},
	};
}

/**
 * n8n modules to switch off, among those this n8n has: n8n refuses to start when told to disable a module it does
 * not know (n8n 1.x has no mcp-registry), so each is looked up in n8n's own modules folder.
 */
function modulesToDisable(runtime: Runtime): string[] {
	const modulesDir = path.join(path.dirname(path.dirname(runtime.n8nCli)), 'dist', 'modules');
	// mcp-registry calls api.n8n.io at start and logs a failure when offline.
	return ['mcp-registry'].filter((name) => existsSync(path.join(modulesDir, name)));
}

/** Settings that keep a local n8n quiet, offline and on 127.0.0.1. */
function baseEnvironment(runtime: Runtime): Record<string, string> {
	const disabledModules = modulesToDisable(runtime);
	return {
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: 'localhost',
		N8N_PROTOCOL: 'http',
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		...(disabledModules.length ? { N8N_DISABLED_MODULES: disabledModules.join(',') } : {}),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_SECURE_COOKIE: 'false',
		N8N_LOG_OUTPUT: 'console',
		// Keeps today's behaviour (installing other community packages from the editor) and silences n8n's warning about it.
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
	};
}

export interface OwnerAccount {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

const E2E_OWNER: OwnerAccount = { email: 'owner@example.com', firstName: 'E2E', lastName: 'Owner', password: 'E2e-owner-password-1' };

/** Sessions are bound to a browser id that every REST call must repeat. */
const BROWSER_ID = 'vonage-e2e-browser';

export class N8nInstance {
	readonly runtime: Runtime;

	readonly userFolder: string;

	readonly port: number;

	private readonly options: N8nInstanceOptions;

	private server?: ChildProcess;

	/** Session cookie of the owner account, once `signInAsOwner` ran. */
	private authCookie?: string;

	private serverExit?: Promise<number | null>;

	private constructor(options: N8nInstanceOptions, port: number) {
		this.options = options;
		this.runtime = options.runtime;
		this.userFolder = options.userFolder;
		this.port = port;
	}

	static async create(options: N8nInstanceOptions): Promise<N8nInstance> {
		mkdirSync(path.join(options.userFolder, '.n8n'), { recursive: true });
		return new N8nInstance(options, options.port ?? (await freePort()));
	}

	get baseUrl(): string {
		return `http://localhost:${this.port}`;
	}

	get databaseFile(): string {
		return path.join(this.userFolder, '.n8n', 'database.sqlite');
	}

	get serverLogFile(): string {
		return path.join(this.userFolder, 'n8n-server.log');
	}

	/** Starts the database from a migrated copy instead of migrating it (saves seconds per user folder). */
	useDatabaseTemplate(templateFile: string): void {
		if (!existsSync(this.databaseFile)) copyFileSync(templateFile, this.databaseFile);
	}

	/** Environment of one n8n process; each gets its own task-runner broker port, or two processes would clash. */
	private async environment(logLevel: string): Promise<NodeJS.ProcessEnv> {
		const environment: NodeJS.ProcessEnv = {
			...process.env,
			...baseEnvironment(this.runtime),
			N8N_USER_FOLDER: this.userFolder,
			N8N_PORT: String(this.port),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			WEBHOOK_URL: `${this.baseUrl}/`,
			N8N_EDITOR_BASE_URL: `${this.baseUrl}/`,
			N8N_LOG_LEVEL: logLevel,
			...(this.options.encryptionKey ? { N8N_ENCRYPTION_KEY: this.options.encryptionKey } : {}),
			...this.options.env,
		};
		// Settings from an n8n the developer runs elsewhere must not leak into this one, and n8n behaves differently
		// under NODE_ENV=test (which jest sets): it must run as a user's n8n does.
		delete environment.N8N_CONFIG_FILES;
		delete environment.NODE_ENV;
		delete environment.JEST_WORKER_ID;
		return environment;
	}

	/** Runs one n8n CLI command to its end. */
	async cli(args: string[], logLevel = 'warn'): Promise<RunResult> {
		return await run(this.runtime.node, [this.runtime.n8nCli, ...args], { env: await this.environment(logLevel) });
	}

	private writeTemporaryJson(name: string, content: unknown): string {
		const dir = mkdtempSync(path.join(this.userFolder, 'import-'));
		const file = path.join(dir, name);
		writeFileSync(file, JSON.stringify(content, null, 2));
		return file;
	}

	/** Imports credentials given in clear; n8n encrypts them with the instance's key. */
	async importCredentials(credentials: CredentialToImport[]): Promise<void> {
		const file = this.writeTemporaryJson('credentials.json', credentials);
		try {
			await this.cli(['import:credentials', `--input=${file}`]);
		} finally {
			rmSync(path.dirname(file), { recursive: true, force: true });
		}
	}

	/** Imports workflows; they are always inactive afterwards (see `activateWorkflow`). */
	async importWorkflows(workflows: WorkflowJson[]): Promise<void> {
		const file = this.writeTemporaryJson('workflows.json', workflows);
		try {
			await this.cli(['import:workflow', `--input=${file}`]);
		} finally {
			rmSync(path.dirname(file), { recursive: true, force: true });
		}
	}

	/**
	 * Runs a workflow once from its Manual Trigger, in a separate n8n process, and returns what every node did.
	 * The result is printed through n8n's logger (level info), after any log lines.
	 */
	async executeWorkflow(id: string): Promise<ExecutionResult> {
		let stdout: string;
		try {
			({ stdout } = await this.cli(['execute', `--id=${id}`, '--rawOutput'], 'info'));
		} catch (error) {
			// A workflow that fails still prints its run data; the caller decides what a failure means.
			const result = (error as { result?: RunResult }).result;
			if (!result?.stdout.includes('"resultData"')) throw error;
			stdout = result.stdout;
		}
		// The run data is pretty-printed: it starts with "{" and ends with "}" alone on a line; error lines may follow.
		const start = stdout.search(/^\{/m);
		const end = stdout.indexOf('\n}', start);
		if (start < 0 || end < 0) throw new Error(`n8n execute printed no result for workflow ${id}:\n${stdout.slice(-3000)}`);
		return toExecutionResult(JSON.parse(stdout.slice(start, end + 2)) as RawRunData);
	}

	/**
	 * Starts `n8n start` (or `n8n webhook` / `n8n worker` in queue mode) and waits until it answers
	 * /healthz/readiness on this instance's port (a worker answers there when its health server is on that port).
	 */
	async start(kind: N8nProcessKind = 'start', readyWithinMs = 120_000): Promise<void> {
		if (this.server) throw new Error('n8n is already running');
		const logStream = createWriteStream(this.serverLogFile, { flags: 'a' });
		const child = spawn(this.runtime.node, [this.runtime.n8nCli, kind], {
			env: await this.environment(process.env.N8N_LOG_LEVEL ?? 'info'),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.server = child;
		child.stdout?.pipe(logStream);
		child.stderr?.pipe(logStream);
		this.serverExit = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
		const deadline = Date.now() + readyWithinMs;
		let exited = false;
		void this.serverExit.then(() => (exited = true));
		while (Date.now() < deadline) {
			if (exited) throw new Error(`n8n stopped while starting; see ${this.serverLogFile}`);
			try {
				const response = await fetch(`http://127.0.0.1:${this.port}/healthz/readiness`);
				if (response.ok && (kind !== 'start' || (await this.restApiServed()))) return;
			} catch {
				// Not listening yet.
			}
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		throw new Error(`n8n did not become ready within ${Math.round(readyWithinMs / 1000)} s; see ${this.serverLogFile}`);
	}

	/**
	 * Whether the main process serves its REST API yet: n8n 1.x reports ready several seconds before its REST routes
	 * exist (they answer 404 until then), n8n 2.x registers them first. Any other answer (401 signed out) means served.
	 */
	private async restApiServed(): Promise<boolean> {
		return (await fetch(`http://127.0.0.1:${this.port}/rest/login`)).status !== 404;
	}

	/** Resolves with n8n's exit code when the server process ends. */
	async waitForExit(): Promise<number | null> {
		return (await this.serverExit) ?? null;
	}

	get running(): boolean {
		return this.server !== undefined;
	}

	/** Stops the server: n8n shuts down gracefully on SIGTERM; it is killed if it takes longer than 20 s. */
	async stop(): Promise<void> {
		const child = this.server;
		if (!child || !this.serverExit) return;
		this.server = undefined;
		child.kill('SIGTERM');
		const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		await this.serverExit;
		clearTimeout(killer);
	}

	/**
	 * Creates the owner account on a fresh instance and keeps its session, for calls to n8n's internal REST API
	 * (`rest`). The CLI cannot deactivate a workflow in a running n8n; the editor's own endpoint can.
	 */
	async signInAsOwner(owner: OwnerAccount = E2E_OWNER): Promise<void> {
		const response = await fetch(`${this.baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'browser-id': BROWSER_ID },
			body: JSON.stringify(owner),
		});
		if (!response.ok) throw new Error(`Owner setup failed: ${response.status} ${await response.text()}`);
		const cookie = response.headers.getSetCookie().find((value) => value.startsWith('n8n-auth='));
		if (!cookie) throw new Error('Owner setup returned no session cookie');
		this.authCookie = cookie.split(';')[0];
	}

	/** Calls n8n's HTTP server as the signed-in owner (as the editor does) and returns the parsed JSON answer. */
	async requestAsOwner(method: string, route: string, body?: unknown): Promise<unknown> {
		if (!this.authCookie) await this.signInAsOwner();
		const response = await fetch(`${this.baseUrl}${route}`, {
			method,
			headers: { 'Content-Type': 'application/json', 'browser-id': BROWSER_ID, cookie: this.authCookie ?? '' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
		return JSON.parse(text) as unknown;
	}

	/** Calls n8n's internal REST API as the owner and returns the `data` of its answer. */
	async rest(method: string, route: string, body?: unknown): Promise<unknown> {
		return ((await this.requestAsOwner(method, `/rest${route}`, body)) as { data?: unknown }).data;
	}

	/**
	 * Activates (publishes) a workflow in the running server as the editor does, and waits until its triggers are live.
	 * n8n 2.x publishes in the background through an outbox table and the request returns before the triggers exist;
	 * n8n 1.x activates within the request and answers 400 with the trigger's error. Which one this n8n does is read
	 * from its database (does the outbox table exist), not from its version number.
	 */
	async activateWorkflow(id: string): Promise<void> {
		const workflow = (await this.rest('GET', `/workflows/${id}`)) as { versionId: string };
		if (await this.publishesThroughOutbox()) {
			await this.rest('POST', `/workflows/${id}/activate`, { versionId: workflow.versionId });
			await this.waitForActivation([id]);
			return;
		}
		try {
			await this.rest('POST', `/workflows/${id}/activate`, { versionId: workflow.versionId });
		} catch (error) {
			throw new Error(`n8n could not activate ${id}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	private outboxKnown?: boolean;

	/** Whether this n8n activates workflows through `workflow_publication_outbox` (n8n 2.x) rather than synchronously. */
	async publishesThroughOutbox(): Promise<boolean> {
		this.outboxKnown ??= await this.tableExists('workflow_publication_outbox');
		return this.outboxKnown;
	}

	async tableExists(table: string): Promise<boolean> {
		return await this.database.tableExists(table);
	}

	/** Deactivates a workflow in the running server, as the editor's toggle does. */
	async deactivateWorkflow(id: string): Promise<void> {
		await this.rest('POST', `/workflows/${id}/deactivate`, {});
	}

	get database(): N8nDatabase {
		this.options.database ??= new SqliteDatabase(this.runtime.toolsNode, this.databaseFile);
		return this.options.database;
	}

	/** How many executions are queued or running: of one workflow, or of all when none is named. */
	async unfinishedExecutionCount(workflowId?: string): Promise<number> {
		return await n8nTables.unfinishedExecutionCount(this.database, workflowId);
	}

	/**
	 * Waits until the server has activated the workflows: their publication is processed asynchronously, and its
	 * outcome (with n8n's error message, e.g. a trigger that could not register its webhook) lands in the outbox.
	 */
	async waitForActivation(workflowIds: string[], timeoutMs = 60_000): Promise<void> {
		const deadline = Date.now() + timeoutMs;
		let rows: Row[] = [];
		while (Date.now() < deadline) {
			rows = await n8nTables.publicationOutbox(this.database, workflowIds);
			const latest = new Map(rows.map((row) => [String(row.workflowId), row]));
			const failed = [...latest.values()].filter((row) => row.status === 'failed' || row.status === 'partial_success');
			if (failed.length) {
				const reasons = await Promise.all(failed.map(async (row) => `${String(row.workflowId)}: ${await this.activationError(row)}`));
				throw new Error(`n8n could not activate ${reasons.join('; ')}`);
			}
			if (workflowIds.every((id) => latest.get(id)?.status === 'completed')) return;
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
		throw new Error(`Workflows ${workflowIds.join(', ')} were not activated in time (${JSON.stringify(rows)}); see ${this.serverLogFile}`);
	}

	/** n8n's reason for a failed publication: the outbox's own message, or those of the triggers that failed. */
	private async activationError(outboxRow: Row): Promise<string> {
		if (outboxRow.errorMessage) return String(outboxRow.errorMessage);
		const messages = await n8nTables.failedTriggerMessages(this.database, String(outboxRow.workflowId));
		return messages.length ? messages.join('; ') : `no reason recorded; see ${this.serverLogFile}`;
	}

	/** Finished or failed executions of a workflow, oldest first, with what every node did. */
	async executions(workflowId: string): Promise<ExecutionResult[]> {
		const rows = await n8nTables.finishedExecutions(this.database, workflowId);
		return rows
			.map((row) => ({
				status: String(row.status),
				finished: Boolean(row.finished),
				data: parseFlatted(String(row.data)) as RawRunData['data'],
				id: String(row.id),
			}))
			.filter((row) => runDataWritten(row))
			.map((row) => toExecutionResult(row, row.id));
	}

	/** How many executions of a workflow exist, whatever their state. */
	async executionCount(workflowId: string): Promise<number> {
		return await n8nTables.executionCount(this.database, workflowId);
	}
}

/** Runs n8n once on an empty user folder so its database is migrated, and keeps that database as a template. */
export async function ensureDatabaseTemplate(runtime: Runtime): Promise<string> {
	const dir = path.join(runtime.root, 'templates', `n8n-${runtime.n8nVersion}`);
	const template = path.join(dir, 'database.sqlite');
	if (existsSync(template)) return template;
	log(`Preparing a migrated n8n ${runtime.n8nVersion} database (once)`);
	const scratch = mkdtempSync(path.join(runtime.root, 'template-'));
	try {
		const instance = await N8nInstance.create({ runtime, userFolder: scratch, encryptionKey: 'template-only' });
		await instance.importCredentials([]);
		// n8n keeps SQLite in WAL mode: fold the log into the database file so that one file is the whole database.
		await checkpointSqlite(runtime.toolsNode, instance.databaseFile);
		mkdirSync(dir, { recursive: true });
		copyFileSync(instance.databaseFile, `${template}.partial`);
		// Renamed last, so a half-written template is never used.
		copyFileSync(`${template}.partial`, template);
		rmSync(`${template}.partial`);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	return template;
}
