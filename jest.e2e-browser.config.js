/**
 * Editor end-to-end suite: a real n8n with the packed package, driven in a headless Chromium (Debian's `chromium`
 * through playwright-core). Run it with `npm run test:e2e:browser`, which prepares the runtime, the packed package
 * and Chromium first. Screenshots go to test-results/browser/.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.e2e.config.js'),
	roots: ['<rootDir>/test/e2e-browser'],
	testTimeout: 300000,
};
