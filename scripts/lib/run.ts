/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- developer tooling (npm start, e2e): runs npm and n8n as child processes; never shipped */
import { spawn } from 'node:child_process';

import { formatDuration, log } from './log';

export interface RunOptions {
	cwd?: string;
	env?: NodeJS.ProcessEnv;
	/** Shown every 20 s while the command runs, so a long install visibly progresses. */
	heartbeat?: string;
	/** Written to the command's standard input. */
	input?: string;
}

export interface RunResult {
	stdout: string;
	stderr: string;
}

export class CommandError extends Error {
	constructor(
		message: string,
		readonly result: RunResult & { code: number | null },
	) {
		super(message);
	}
}

/** Runs a command to its end without blocking the event loop (tests serve HTTP while n8n runs). */
export async function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
	return await new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			env: options.env ?? process.env,
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		// A command that exits without reading its input (most do) closes the pipe first: that is no failure.
		child.stdin.on('error', () => undefined);
		child.stdin.end(options.input ?? '');
		const heartbeat = options.heartbeat
			? setInterval(() => log(`  … ${options.heartbeat} (${formatDuration(Date.now() - started)})`), 20_000)
			: undefined;
		child.on('error', (error) => {
			clearInterval(heartbeat);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(heartbeat);
			if (code === 0) {
				resolve({ stdout, stderr });
				return;
			}
			const tail = `${stdout}\n${stderr}`.trim().slice(-4000);
			reject(new CommandError(`${command} ${args.join(' ')} exited with code ${code}:\n${tail}`, { stdout, stderr, code }));
		});
	});
}

export function npmCommand(): string {
	return process.platform === 'win32' ? 'npm.cmd' : 'npm';
}
