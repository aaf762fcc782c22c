/* eslint-disable @n8n/community-nodes/no-restricted-imports -- developer tooling (e2e): reads n8n's own database; never shipped */
// The database of an n8n instance, read by the e2e harness: SQLite for one n8n process, PostgreSQL for queue mode.
// Queries are written once, in the common SQL of both: camelCase columns in double quotes (n8n's PostgreSQL tables
// keep their TypeORM names), `?` placeholders (numbered for PostgreSQL here).
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
