/**
 * Queue-mode end-to-end suite: n8n's distributed setup (PostgreSQL, Redis, one main process, webhook processors and
 * workers) on 127.0.0.1. Run it with `npm run test:e2e:queue`, which prepares the runtime, the packed package and
 * the Debian packages first.
 * @type {import('jest').Config}
 */
module.exports = {
	...require('./jest.e2e.config.js'),
	roots: ['<rootDir>/test/e2e-queue'],
	testTimeout: 300000,
};
