/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- developer tooling: reads CPU profiles written by `npm run bench -- --cpu-prof=<dir>`; never shipped */
// Summarises a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it): where the time went, by function.
//   node scripts/run-ts.js scripts/benchProfile.ts <file.cpuprofile> [--top=30] [--match=RoutingNode,vonage]
// Prints the profile's span, the functions with the most self time, and the inclusive ("total") time of the
// functions with the most of it, or of those whose name or file contains one of --match's words.
import { readFileSync } from 'node:fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	startTime: number;
	endTime: number;
	samples: number[];
	timeDeltas: number[];
}

function shortUrl(url: string): string {
	const marker = url.lastIndexOf('node_modules/');
	const trimmed = marker >= 0 ? url.slice(marker + 'node_modules/'.length) : url.replace(/^file:\/\//, '');
	return trimmed.replace(/^.*\/dist\//, (prefix) => `${prefix.split('/').slice(-3, -2)[0] ?? ''}/dist/`);
}

function main(): void {
	const args = process.argv.slice(2);
	const file = args.find((arg) => !arg.startsWith('--'));
	if (!file) throw new Error('Usage: benchProfile.ts <file.cpuprofile> [--top=30] [--match=word,word]');
	const top = Number(args.find((arg) => arg.startsWith('--top='))?.slice(6) ?? 30);
	const match = args.find((arg) => arg.startsWith('--match='))?.slice(8).split(',');
	const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const selfMicros = new Map<number, number>();
	profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

	const keyOf = (node: ProfileNode) =>
		`${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
	const self = new Map<string, number>();
	const total = new Map<string, number>();
	for (const [id, micros] of selfMicros) {
		const node = byId.get(id);
		if (!node) continue;
		self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + micros);
		// Inclusive time: every distinct function on the sample's stack gets the sample once (recursion counts once).
		const seen = new Set<string>();
		for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
			const frame = byId.get(current);
			if (!frame) break;
			const key = keyOf(frame);
			if (seen.has(key)) continue;
			seen.add(key);
			total.set(key, (total.get(key) ?? 0) + micros);
		}
	}
	const spanMs = (profile.endTime - profile.startTime) / 1000;
	const idle = [...self.entries()].filter(([key]) => key.startsWith('(idle)')).reduce((sum, [, micros]) => sum + micros, 0) / 1000;
	const ms = (micros: number) => `${(micros / 1000).toFixed(0).padStart(7)} ms`;
	process.stdout.write(`${file}\nspan ${spanMs.toFixed(0)} ms, idle ${idle.toFixed(0)} ms, busy ${(spanMs - idle).toFixed(0)} ms\n\nSelf time:\n`);
	for (const [key, micros] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(micros)}  ${key}\n`);
	process.stdout.write(`\nTotal time${match ? ` (matching ${match.join(', ')})` : ''}:\n`);
	const totals = [...total.entries()].filter(([key]) => !match || match.some((word) => key.includes(word)));
	for (const [key, micros] of totals.sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${ms(micros)}  ${key}\n`);
}

main();
