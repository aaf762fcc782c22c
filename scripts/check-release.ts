/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- release tooling run by the publish workflow; never shipped */
// Refuses a release whose tag does not match package.json's version or whose homepage, repository, bugs or author are
// still placeholders. The publish workflow runs it before anything else:
//
//   node scripts/run-ts.js scripts/check-release.ts [--tag=v0.1.0] [--repository=owner/name]
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { releaseProblems, type PackageMetadata } from './lib/releaseMetadata';

const USAGE = 'Usage: node scripts/run-ts.js scripts/check-release.ts [--tag=v1.2.3] [--repository=owner/name]';

function main(): number {
	let tag: string | undefined;
	let repository: string | undefined;
	for (const arg of process.argv.slice(2)) {
		if (arg.startsWith('--tag=')) tag = arg.slice('--tag='.length);
		else if (arg.startsWith('--repository=')) repository = arg.slice('--repository='.length) || undefined;
		else {
			process.stderr.write(`Unknown option ${arg}. ${USAGE}\n`);
			return 2;
		}
	}
	const packageJsonPath = path.join(__dirname, '..', 'package.json');
	const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as PackageMetadata;
	const problems = releaseProblems(pkg, { tag, repository });
	if (problems.length) {
		process.stderr.write(`Not ready to release ${String(pkg.name)}@${String(pkg.version)}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
		return 1;
	}
	process.stdout.write(`${String(pkg.name)}@${String(pkg.version)} is ready to release${tag ? ` as ${tag}` : ''}.\n`);
	return 0;
}

process.exitCode = main();
