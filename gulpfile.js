const { src, dest } = require('gulp');

// tsc emits only JavaScript; n8n also needs each node's and credential's icons and codex files beside it.
function copyAssets() {
	return src(['nodes/**/*.svg', 'nodes/**/*.png', 'nodes/**/*.node.json', 'credentials/**/*.svg', 'credentials/**/*.png'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:assets'] = copyAssets;
