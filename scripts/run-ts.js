#!/usr/bin/env node
// Runs one of this repository's TypeScript scripts without a build step: `node scripts/run-ts.js scripts/start.ts …`.
// Each .ts file is transpiled by the project's own TypeScript as Node loads it (types are checked by
// `npm run typecheck`, not here), so `npm start` also works before anything was compiled.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
	const source = fs.readFileSync(filename, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		fileName: filename,
		compilerOptions: {
			module: ts.ModuleKind.CommonJS,
			target: ts.ScriptTarget.ES2021,
			esModuleInterop: true,
			resolveJsonModule: true,
			inlineSourceMap: true,
		},
	});
	module._compile(outputText, filename);
};

// Node tries extensions in registration order; .ts must come before .json because node files sit beside
// codex files of the same base name (Foo.node.ts and Foo.node.json).
for (const extension of ['.json', '.node']) {
	const handler = require.extensions[extension];
	delete require.extensions[extension];
	require.extensions[extension] = handler;
}

const [, , script, ...args] = process.argv;
if (!script) {
	console.error('Usage: node scripts/run-ts.js <script.ts> [arguments]');
	process.exit(2);
}
// The script sees its own arguments as if it had been started directly.
process.argv = [process.argv[0], path.resolve(script), ...args];
require(path.resolve(script));
