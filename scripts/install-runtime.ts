// Prepares the cached n8n runtime (Node 24 + n8n) and nothing else: CI calls it to fill or check its cache.
import { formatDuration, log } from './lib/log';
import { ensureRuntime } from './lib/runtime';

const started = Date.now();
ensureRuntime().then(
	(runtime) => log(`n8n ${runtime.n8nVersion} with Node from ${runtime.node} is ready (${formatDuration(Date.now() - started)})`),
	(error: unknown) => {
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- developer tooling: reports a failed install and exits non-zero
		process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
		// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- as above
		process.exitCode = 1;
	},
);
