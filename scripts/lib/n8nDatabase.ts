/* eslint-disable @n8n/community-nodes/no-restricted-imports -- developer tooling (e2e): reads n8n's own database; never shipped */
// The database of an n8n instance, read by the e2e harness: SQLite for one n8n process, PostgreSQL for queue mode.
// Every query the tools make of n8n's own tables is in this module (`n8nTables` below), so a new n8n version that
// renames a table or column is fixed in one place. They were written against the schemas of n8n 2.41.1 and
// 1.123.81 (the versions the e2e suites run; 1.x has no workflow_publication_* tables, see `n8nTables`), once, in
// the common SQL of both databases: camelCase columns in double quotes (n8n's PostgreSQL tables keep their TypeORM
// names), `?` placeholders (numbered for PostgreSQL here).
import path from 'node:path';

import type { Runtime } from './runtime';
import { querySqlite, type Row } from './sqlite';

export type { Row };

export interface N8nDatabase {
	query(sql: string, parameters?: Array<string | number>): Promise<Row[]>;
	tableExists(table: string): Promise<boolean>;
	close(): Promise<void>;
}

export class SqliteDatabase implements N8nDatabase {
	constructor(
		private readonly node24: string,
		private readonly file: string,
	) {}

	async query(sql: string, parameters: Array<string | number> = []): Promise<Row[]> {
		return await querySqlite(this.node24, this.file, sql, parameters);
	}

	async tableExists(table: string): Promise<boolean> {
		return (await this.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [table])).length > 0;
	}

	async close(): Promise<void> {}
}

/** The part of node-postgres' Pool these tools use. */
interface PgPool {
	query(sql: string, parameters: unknown[]): Promise<{ rows: Row[] }>;
	end(): Promise<void>;
}

type PgModule = { Pool: new (options: { connectionString: string; max: number }) => PgPool };

/**
 * PostgreSQL through the `pg` driver that n8n itself ships (in the cached runtime), so the package gains no
 * dependency for it.
 */
export class PostgresDatabase implements N8nDatabase {
	private readonly pool: PgPool;

	constructor(runtime: Runtime, connectionString: string) {
		const n8nPackageDir = path.dirname(path.dirname(runtime.n8nCli));
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded from n8n's own folder at run time
		const pg = require(require.resolve('pg', { paths: [n8nPackageDir] })) as PgModule;
		this.pool = new pg.Pool({ connectionString, max: 4 });
	}

	async query(sql: string, parameters: Array<string | number> = []): Promise<Row[]> {
		let index = 0;
		const numbered = sql.replace(/\?/g, () => `$${++index}`);
		return (await this.pool.query(numbered, parameters)).rows;
	}

	async tableExists(table: string): Promise<boolean> {
		return (await this.query('SELECT to_regclass(?)::text AS name', [table]))[0]?.name !== null;
	}

	async close(): Promise<void> {
		await this.pool.end();
	}
}

/**
 * The harness's reads of n8n's internal tables (schemas of n8n 2.41.1 and 1.123.81). The workflow publication
 * tables exist in n8n 2.x only; callers check `tableExists('workflow_publication_outbox')` first.
 */
export const n8nTables = {
	/** n8n 2.x: the publication outcome of each workflow (status and n8n's error message), oldest first. */
	async publicationOutbox(database: N8nDatabase, workflowIds: string[]): Promise<Row[]> {
		const placeholders = workflowIds.map(() => '?').join(',');
		return await database.query(
			`SELECT "workflowId", status, "errorMessage" FROM workflow_publication_outbox WHERE "workflowId" IN (${placeholders}) ORDER BY id`,
			workflowIds,
		);
	},

	/** n8n 2.x: the messages of a workflow's triggers that failed to publish. */
	async failedTriggerMessages(database: N8nDatabase, workflowId: string): Promise<string[]> {
		const rows = await database.query(
			`SELECT "errorMessage" FROM workflow_publication_trigger_status WHERE "workflowId" = ? AND status = 'failed'`,
			[workflowId],
		);
		return rows.map((row) => String(row.errorMessage ?? '')).filter(Boolean);
	},

	/** A workflow's finished or failed executions, oldest first, with their run data (flatted text, as n8n stores it). */
	async finishedExecutions(database: N8nDatabase, workflowId: string): Promise<Row[]> {
		return await database.query(
			`SELECT e.id, e.status, e.finished, d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id
			 WHERE e."workflowId" = ? AND e.status NOT IN ('new', 'running') ORDER BY e.id`,
			[workflowId],
		);
	},

	/** How many executions of a workflow exist, whatever their state. */
	async executionCount(database: N8nDatabase, workflowId: string): Promise<number> {
		const [row] = await database.query('SELECT COUNT(*) AS count FROM execution_entity WHERE "workflowId" = ?', [workflowId]);
		return Number(row.count);
	},

	/** How many executions are queued or running: of one workflow, or of all when none is named. */
	async unfinishedExecutionCount(database: N8nDatabase, workflowId?: string): Promise<number> {
		const [row] = workflowId
			? await database.query(`SELECT COUNT(*) AS count FROM execution_entity WHERE "workflowId" = ? AND status IN ('new', 'running')`, [workflowId])
			: await database.query(`SELECT COUNT(*) AS count FROM execution_entity WHERE status IN ('new', 'running')`);
		return Number(row.count);
	},
};
