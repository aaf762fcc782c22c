/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- developer tooling (queue-mode e2e): runs n8n's distributed setup on 127.0.0.1; never shipped */
// n8n's queue mode on one machine: PostgreSQL and Redis, one main process (editor, activation), webhook processors
// (`n8n webhook`) and workers (`n8n worker`). Every n8n process has its own user folder with the package installed
// as n8n's community-package installer does (as separate containers would), and all share the database, the queue
// and the encryption key. Binary data is kept in the database, so a file received by a webhook processor reaches
// the worker that runs the execution.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { installPackage, type PackedPackage } from './communityPackage';
import { log } from './log';
import { PostgresDatabase } from './n8nDatabase';
import { N8nInstance, type N8nProcessKind } from './n8nInstance';
import { freePort } from './ports';
import type { Runtime } from './runtime';
import { ensureQueueServices, type LocalService, type PostgresService, startPostgres, startRedis } from './services';

const PROCESS_READY_WITHIN_MS = 300_000;

export interface QueueClusterOptions {
	runtime: Runtime;
	pack: PackedPackage;
	encryptionKey: string;
	webhookProcessors?: number;
	workers?: number;
	/** Executions one worker runs at the same time (n8n's `--concurrency`, default 10). */
	/** Executions one worker runs at the same time (n8n's production concurrency limit; n8n's default is 10). */
	workerConcurrency?: number;
	/** Further n8n settings for every process. */
	env?: Record<string, string>;
}

export class QueueCluster {
	/** Editor, REST API and workflow activation; in queue mode it runs no production executions itself. */
	main!: N8nInstance;

	readonly webhookProcessors: N8nInstance[] = [];

	readonly workers: N8nInstance[] = [];

	/** The webhook URL base n8n gives out (as behind a load balancer); nothing listens there in these tests. */
	publicWebhookBase = '';

	private postgres?: PostgresService;

	private redis?: LocalService;

	private database?: PostgresDatabase;

	private constructor(
		readonly folder: string,
		private readonly options: QueueClusterOptions,
	) {}

	/** Starts everything; on a failure part-way, whatever was started is stopped again before the error is thrown. */
	static async start(options: QueueClusterOptions): Promise<QueueCluster> {
		const cluster = new QueueCluster(mkdtempSync(path.join(tmpdir(), 'vonage-e2e-queue-')), options);
		try {
			await cluster.startAll();
		} catch (error) {
			await cluster.stop();
			throw error;
		}
		return cluster;
	}

	private async startAll(): Promise<void> {
		const { runtime } = this.options;
		const services = await ensureQueueServices();
		this.postgres = await startPostgres(this.folder, services.postgresBin);
		this.redis = await startRedis(this.folder, services.redisServer);
		this.database = new PostgresDatabase(runtime, this.postgres.url);
		log(`PostgreSQL on 127.0.0.1:${this.postgres.port} (log ${this.postgres.logFile}), Redis on 127.0.0.1:${this.redis.port} (log ${this.redis.logFile})`);

		// The public webhook URL stands for the load balancer in front of the webhook processors; tests post to each
		// processor directly.
		const publicPort = await freePort();
		this.publicWebhookBase = `http://localhost:${publicPort}`;
		this.main = await this.createProcess('main', 'start', publicPort);
		// The main process migrates the database: it starts alone, the others after it.
		await this.main.start('start', PROCESS_READY_WITHIN_MS);
		log(`n8n main (editor, activation) on http://localhost:${this.main.port}, log ${this.main.serverLogFile}`);

		for (let index = 0; index < (this.options.webhookProcessors ?? 2); index++) {
			this.webhookProcessors.push(await this.createProcess(`webhook-${index + 1}`, 'webhook', publicPort));
		}
		for (let index = 0; index < (this.options.workers ?? 2); index++) {
			this.workers.push(await this.createProcess(`worker-${index + 1}`, 'worker', publicPort));
		}
		// Two at a time, each with time to spare: five n8n processes starting on a 2-core machine are slow to be ready.
		await Promise.all(this.webhookProcessors.map(async (processor) => await processor.start('webhook', PROCESS_READY_WITHIN_MS)));
		await Promise.all(this.workers.map(async (worker) => await worker.start('worker', PROCESS_READY_WITHIN_MS)));
		for (const processor of this.webhookProcessors) log(`n8n webhook processor on http://localhost:${processor.port}, log ${processor.serverLogFile}`);
		for (const worker of this.workers) log(`n8n worker (health on port ${worker.port}), log ${worker.serverLogFile}`);
	}

	private async createProcess(label: string, kind: N8nProcessKind, publicPort: number): Promise<N8nInstance> {
		const { runtime, pack, encryptionKey } = this.options;
		const userFolder = path.join(this.folder, label);
		mkdirSync(userFolder, { recursive: true });
		installPackage(pack, userFolder);
		const postgres = this.postgres as PostgresService;
		const port = await freePort();
		return await N8nInstance.create({
			runtime,
			userFolder,
			port,
			encryptionKey,
			database: this.database,
			env: {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(postgres.port),
				DB_POSTGRESDB_DATABASE: postgres.database,
				DB_POSTGRESDB_USER: postgres.user,
				DB_POSTGRESDB_PASSWORD: postgres.password,
				// n8n's default pool of 2 connections makes a webhook processor answer 500 ("timeout exceeded when trying to
				// connect") as soon as a few dozen events arrive at once; 10 per process is within PostgreSQL's limits here.
				DB_POSTGRESDB_POOL_SIZE: '10',
				// On a saturated 2-core machine a new connection can take longer than n8n's default 20 s to open: an
				// execution that cannot get one ends in error before any node runs.
				DB_POSTGRESDB_CONNECTION_TIMEOUT: '60000',
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(this.redis?.port),
				// n8n's default in queue mode, stated so that it is visible: binary data in PostgreSQL, readable by every process.
				N8N_DEFAULT_BINARY_DATA_MODE: 'database',
				// A worker serves /healthz/readiness on its own port: this instance's.
				...(kind === 'worker' ? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' } : {}),
				...(kind === 'worker' && this.options.workerConcurrency ? { N8N_CONCURRENCY_PRODUCTION_LIMIT: String(this.options.workerConcurrency) } : {}),
				WEBHOOK_URL: `http://localhost:${publicPort}/`,
				...this.options.env,
			},
		});
	}

	/** Stops every process and service (also those of a half-started cluster) and removes the folder unless kept. */
	async stop(): Promise<void> {
		await Promise.allSettled([...this.workers, ...this.webhookProcessors].map(async (instance) => await instance.stop()));
		if (this.main) await this.main.stop().catch(() => undefined);
		await this.database?.close().catch(() => undefined);
		await this.redis?.stop().catch(() => undefined);
		await this.postgres?.stop().catch(() => undefined);
		if (process.env.VONAGE_E2E_KEEP) log(`Kept the queue-mode folder ${this.folder} (VONAGE_E2E_KEEP)`);
		else rmSync(this.folder, { recursive: true, force: true });
	}
}
