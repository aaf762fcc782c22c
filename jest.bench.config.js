/** @type {import('jest').Config} */
module.exports = {
	...require('./jest.config.js'),
	testMatch: ['**/*.bench.ts'],
	testTimeout: 600000,
};
