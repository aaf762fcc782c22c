// Prepares the cached n8n runtime (Node + n8n) and nothing else: CI calls it to fill or check its cache.
// `--n8n=<version>` picks the n8n version (default: the newest tested one).
import { formatDuration, log } from './lib/log';
import { ensureRuntime, resolveN8nVersion, takeN8nOption } from './lib/runtime';

const started = Date.now();
// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- developer tooling: reads its own arguments
const { requested } = takeN8nOption(process.argv.slice(2));
resolveN8nVersion(requested)
	.then(async (version) => await ensureRuntime(version))
	.then(
		(runtime) =>
			log(`n8n ${runtime.n8nVersion} on Node ${runtime.nodeVersion} (${runtime.node}) is ready (${formatDuration(Date.now() - started)})`),
		(error: unknown) => {
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- developer tooling: reports a failed install and exits non-zero
			process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
			// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- as above
			process.exitCode = 1;
		},
	);
