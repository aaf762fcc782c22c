// How `--n8n=<version>` of `npm start` and `npm run test:e2e` picks the n8n and the Node that runs it. Only the cases
// answered without the npm registry are here (ranges such as 1.123.x are looked up on the registry).
import { DEFAULT_N8N_VERSION, nodeVersionFor, resolveN8nVersion, takeN8nOption, TESTED_N8N_VERSIONS } from '../../scripts/lib/runtime';

describe('choosing the n8n runtime (--n8n=)', () => {
	it('runs the newest tested n8n when no version is given', async () => {
		expect(await resolveN8nVersion(undefined)).toBe(DEFAULT_N8N_VERSION);
		expect(DEFAULT_N8N_VERSION).toBe('2.41.1');
	});

	it('takes an exact version as given, with or without a leading v', async () => {
		expect(await resolveN8nVersion('1.123.81')).toBe('1.123.81');
		expect(await resolveN8nVersion('v2.41.1')).toBe('2.41.1');
	});

	it('turns a major line into the version tested on it', async () => {
		expect(await resolveN8nVersion('1')).toBe('1.123.81');
		expect(await resolveN8nVersion('1.x')).toBe('1.123.81');
		expect(await resolveN8nVersion('2.x')).toBe('2.41.1');
		expect([...TESTED_N8N_VERSIONS].sort()).toEqual(['1.123.81', '2.41.1']);
	});

	it('runs n8n 2.x on Node 24 and n8n 1.x on Node 22, and refuses other major lines with an example', () => {
		expect(nodeVersionFor('2.41.1')).toMatch(/^24\./);
		expect(nodeVersionFor('1.123.81')).toMatch(/^22\./);
		expect(() => nodeVersionFor('0.236.0')).toThrow('only n8n 1.x and 2.x are supported, e.g. --n8n=2.41.1');
	});

	it('takes --n8n= out of the arguments and leaves the others (for jest) in order', () => {
		expect(takeN8nOption(['--skip-build', '--n8n=1.x', '-t', 'trigger'])).toEqual({ requested: '1.x', rest: ['--skip-build', '-t', 'trigger'] });
		expect(takeN8nOption(['-t', 'trigger'])).toEqual({ requested: undefined, rest: ['-t', 'trigger'] });
	});
});
