// n8n's SQLite database is read with Node 24's built-in node:sqlite, run in a short child process: the tools here
// run on Node 20, which has no SQLite module, and this avoids a dependency.
import { run } from './run';

const QUERY_PROGRAM = `
const { DatabaseSync } = require('node:sqlite');
const [file, sql, parameters] = process.argv.slice(1);
const database = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
const rows = database.prepare(sql).all(...JSON.parse(parameters));
database.close();
process.stdout.write(JSON.stringify(rows));
`;

export type Row = Record<string, string | number | null>;

export async function querySqlite(node24: string, databaseFile: string, sql: string, parameters: Array<string | number> = []): Promise<Row[]> {
	const { stdout } = await run(node24, ['--no-warnings', '-e', QUERY_PROGRAM, databaseFile, sql, JSON.stringify(parameters)]);
	return JSON.parse(stdout) as Row[];
}

const CHECKPOINT_PROGRAM = `
const { DatabaseSync } = require('node:sqlite');
const database = new DatabaseSync(process.argv[1], { timeout: 5000 });
database.exec('PRAGMA wal_checkpoint(TRUNCATE)');
database.close();
`;

/** Writes the write-ahead log into the database file (n8n must not be running on it). */
export async function checkpointSqlite(node24: string, databaseFile: string): Promise<void> {
	await run(node24, ['--no-warnings', '-e', CHECKPOINT_PROGRAM, databaseFile]);
}
