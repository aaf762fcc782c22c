/**
 * End-to-end suite: real n8n processes driven through their CLI and HTTP server. Run it with `npm run test:e2e`,
 * which prepares the n8n runtime and the packed package first; `npm test` does not run it.
 * @type {import('jest').Config}
 */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.ts'],
	transform: {
		// Transpile only (types are checked by `npm run typecheck`); set through the compiler options, where
		// ts-jest 29.4 expects it.
		'^.+\\.ts$': ['ts-jest', { tsconfig: { ...require('./tsconfig.json').compilerOptions, isolatedModules: true } }],
	},
	// Each file starts its own n8n processes; on two cores they run one file at a time.
	maxWorkers: 1,
	testTimeout: 180000,
};
