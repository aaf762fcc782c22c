/* eslint-disable @n8n/community-nodes/no-restricted-globals -- developer tooling (npm start, e2e): writes progress to the terminal; never shipped */
// One place for the scripts' console output, so progress lines look the same everywhere.
const startedAt = Date.now();

export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds}s`;
	return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

let silent = false;

/** Progress lines are not wanted inside jest, which has its own reporter. */
export function setSilent(value: boolean): void {
	silent = value;
}

export function log(message: string): void {
	if (silent) return;
	const elapsed = formatDuration(Date.now() - startedAt).padStart(6);
	process.stdout.write(`[${elapsed}] ${message}\n`);
}
