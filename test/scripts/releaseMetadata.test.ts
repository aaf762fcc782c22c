import { releaseProblems, type PackageMetadata } from '../../scripts/lib/releaseMetadata';

/** What package.json holds until a maintainer fills it in. */
const PLACEHOLDERS: PackageMetadata = {
	name: 'n8n-nodes-vonage-messages',
	version: '0.1.0',
	homepage: 'https://github.com/YOUR-GITHUB-USER/n8n-nodes-vonage-messages#readme',
	repository: { type: 'git', url: 'git+https://github.com/YOUR-GITHUB-USER/n8n-nodes-vonage-messages.git' },
	bugs: { url: 'https://github.com/YOUR-GITHUB-USER/n8n-nodes-vonage-messages/issues' },
	author: { name: 'YOUR NAME', email: 'you@example.com' },
};

/** The values the project shipped before this check existed: they look real but are not anyone's. */
const EARLIER_PLACEHOLDERS: PackageMetadata = {
	name: 'n8n-nodes-vonage-messages',
	version: '0.1.0',
	homepage: 'https://github.com/n8n-nodes-vonage-messages/n8n-nodes-vonage-messages#readme',
	repository: { type: 'git', url: 'git+https://github.com/n8n-nodes-vonage-messages/n8n-nodes-vonage-messages.git' },
	author: { name: 'n8n-nodes-vonage-messages maintainers', email: 'maintainers@n8n-nodes-vonage-messages.dev' },
};

const REAL: PackageMetadata = {
	name: 'n8n-nodes-vonage-messages',
	version: '0.1.0',
	homepage: 'https://github.com/acme-integrations/n8n-nodes-vonage-messages#readme',
	repository: { type: 'git', url: 'git+https://github.com/acme-integrations/n8n-nodes-vonage-messages.git' },
	bugs: { url: 'https://github.com/acme-integrations/n8n-nodes-vonage-messages/issues' },
	author: { name: 'Ada Lovelace', email: 'ada@acme-integrations.io' },
};

describe('release metadata check', () => {
	it('refuses the placeholders, naming every field that still has one', () => {
		const problems = releaseProblems(PLACEHOLDERS, { tag: 'v0.1.0' });
		expect(problems).toHaveLength(4);
		expect(problems.join('\n')).toMatch(/"homepage" is still a placeholder/);
		expect(problems.join('\n')).toMatch(/"bugs.url" is still a placeholder/);
		expect(problems.join('\n')).toMatch(/"repository.url" is still a placeholder/);
		expect(problems.join('\n')).toMatch(/"author" is still a placeholder/);
	});

	it('refuses the earlier look-alike placeholders and a missing bugs URL', () => {
		const problems = releaseProblems(EARLIER_PLACEHOLDERS).join('\n');
		expect(problems).toMatch(/"homepage" is still a placeholder/);
		expect(problems).toMatch(/"repository.url" is still a placeholder/);
		expect(problems).toMatch(/"author" is still a placeholder/);
		expect(problems).toMatch(/"bugs.url" is missing/);
	});

	it('passes real values with the matching tag and repository', () => {
		expect(releaseProblems(REAL, { tag: 'v0.1.0', repository: 'acme-integrations/n8n-nodes-vonage-messages' })).toEqual([]);
		expect(releaseProblems({ ...REAL, author: 'Ada Lovelace <ada@acme-integrations.io> (https://acme-integrations.io)' })).toEqual([]);
	});

	it('refuses a tag that is not v + package.json version', () => {
		expect(releaseProblems(REAL, { tag: 'v0.1.1' })).toEqual([expect.stringMatching(/tag "v0.1.1" does not match package.json "version" \("0.1.0"\)/)]);
		expect(releaseProblems(REAL, { tag: '0.1.0' })).toHaveLength(1);
	});

	it('refuses a repository other than the one the workflow runs in (npm provenance would fail)', () => {
		expect(releaseProblems(REAL, { repository: 'someone-else/fork' })).toEqual([
			expect.stringMatching(/names acme-integrations\/n8n-nodes-vonage-messages, but this workflow runs in someone-else\/fork/),
		]);
	});

	it('refuses a repository outside github.com, plain http, and an author without a name', () => {
		expect(releaseProblems({ ...REAL, repository: 'git+https://gitlab.com/acme/n8n-nodes-vonage-messages.git' })).toEqual([
			expect.stringMatching(/must be the github.com repository/),
		]);
		expect(releaseProblems({ ...REAL, homepage: 'http://acme-integrations.io' })).toEqual([expect.stringMatching(/"homepage" must be an https URL/)]);
		expect(releaseProblems({ ...REAL, author: { email: 'ada@acme-integrations.io' } })).toEqual([expect.stringMatching(/"author" has no name/)]);
	});
});
