/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- developer tooling (npm start, e2e): packs the package and installs it into an n8n user folder; never shipped */
// Installs this package into an n8n user folder the way n8n's community-package installer does: `npm pack`, extract
// into <user folder>/.n8n/nodes/node_modules/<name>, drop development and peer dependencies (n8n-workflow then
// resolves to n8n's own copy). The package has no runtime dependencies, so nothing else is installed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { npmCommand, run } from './run';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

interface PackageJson {
	name: string;
	version: string;
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
	peerDependencies?: Record<string, string>;
	optionalDependencies?: Record<string, string>;
	scripts?: Record<string, string>;
}

export interface PackedPackage {
	name: string;
	version: string;
	/** The extracted tarball, ready to be copied into user folders. */
	dir: string;
}

/** Packs the built package (run `npm run build` first) and extracts the tarball into a temporary folder. */
export async function packPackage(): Promise<PackedPackage> {
	if (!existsSync(path.join(REPO_ROOT, 'dist'))) {
		throw new Error('dist/ is missing: run `npm run build` before packing the package.');
	}
	const work = mkdtempSync(path.join(tmpdir(), 'vonage-n8n-pack-'));
	const { stdout } = await run(npmCommand(), ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
		cwd: REPO_ROOT,
	});
	const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
	const dir = path.join(work, 'package');
	mkdirSync(dir);
	await run('tar', ['-xzf', path.join(work, path.basename(filename)), '-C', dir, '--strip-components=1']);

	const manifestPath = path.join(dir, 'package.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PackageJson;
	if (Object.keys(manifest.dependencies ?? {}).length) {
		throw new Error(`${manifest.name} declares runtime dependencies; community packages must have none.`);
	}
	delete manifest.devDependencies;
	delete manifest.peerDependencies;
	delete manifest.optionalDependencies;
	writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
	return { name: manifest.name, version: manifest.version, dir };
}

/** Copies a packed package into `<userFolder>/.n8n/nodes`, replacing any earlier copy. */
export function installPackage(pack: PackedPackage, userFolder: string): string {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', pack.name);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(path.dirname(target), { recursive: true });
	cpSync(pack.dir, target, { recursive: true });
	// n8n's installer keeps the installed packages in this manifest; keep it the same shape.
	const manifestPath = path.join(nodesDir, 'package.json');
	const manifest = existsSync(manifestPath)
		? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { dependencies?: Record<string, string> })
		: {};
	manifest.dependencies = { ...manifest.dependencies, [pack.name]: pack.version };
	writeFileSync(manifestPath, `${JSON.stringify({ name: 'installed-nodes', private: true, ...manifest }, null, 2)}\n`);
	return target;
}

export function removePackedPackage(pack: PackedPackage): void {
	rmSync(path.dirname(pack.dir), { recursive: true, force: true });
}
