// What a release needs from package.json before it may be published: the version the tag names, and the maintainer's
// homepage, repository, bugs and author instead of the placeholders the project starts with. package.json is the one
// place the maintainer sets them (npm reads them from there; a second file would only have to be copied into it).
//
// npm's provenance check compares `repository.url` with the GitHub repository the publish workflow runs in and refuses
// the upload when they differ, so the repository must be the github.com repository that holds the workflow.

export interface PackageMetadata {
	name?: unknown;
	version?: unknown;
	homepage?: unknown;
	repository?: unknown;
	bugs?: unknown;
	author?: unknown;
}

export interface ReleaseContext {
	/** The pushed git tag, e.g. "v0.1.0" (GITHUB_REF_NAME in the publish workflow). */
	tag?: string;
	/** "owner/name" of the GitHub repository the workflow runs in (GITHUB_REPOSITORY). */
	repository?: string;
}

/** Words and hosts that mark a value nobody has filled in yet. */
const PLACEHOLDER_MARKERS = [
	/your[-_ ]?(github|user|name|org|email|owner)/i,
	/\b(todo|tbd|fixme|placeholder|changeme|change-me)\b/i,
	/\bexample\.(com|org|net)\b/i,
	/\.(invalid|example|test|localhost)\b/i,
	/\blocalhost\b/i,
];

/** Values this project shipped before a maintainer was known; they look real, so they are listed by name. */
const KNOWN_PLACEHOLDERS = ['github.com/n8n-nodes-vonage-messages/n8n-nodes-vonage-messages', 'n8n-nodes-vonage-messages.dev', 'n8n-nodes-vonage-messages maintainers'];

function placeholderIn(value: string): string | undefined {
	const known = KNOWN_PLACEHOLDERS.find((placeholder) => value.toLowerCase().includes(placeholder));
	if (known) return known;
	for (const marker of PLACEHOLDER_MARKERS) {
		const match = marker.exec(value);
		if (match) return match[0];
	}
	return undefined;
}

function urlOf(field: unknown): string | undefined {
	if (typeof field === 'string') return field;
	if (field && typeof field === 'object' && 'url' in field && typeof field.url === 'string') return field.url;
	return undefined;
}

function checkUrl(problems: string[], field: string, url: string | undefined, example: string): URL | undefined {
	if (!url) {
		problems.push(`package.json "${field}" is missing: set it to your project's URL, e.g. ${example}`);
		return undefined;
	}
	const placeholder = placeholderIn(url);
	if (placeholder) {
		problems.push(`package.json "${field}" is still a placeholder ("${url}", contains "${placeholder}"): set it to your project's URL, e.g. ${example}`);
		return undefined;
	}
	let parsed: URL;
	try {
		parsed = new URL(url.replace(/^git\+/, ''));
	} catch {
		problems.push(`package.json "${field}" is not a URL ("${url}"), e.g. ${example}`);
		return undefined;
	}
	if (parsed.protocol !== 'https:') {
		problems.push(`package.json "${field}" must be an https URL ("${url}"), e.g. ${example}`);
		return undefined;
	}
	return parsed;
}

/** "Name <email> (url)" or { name, email, url }. */
function authorParts(author: unknown): { name?: string; email?: string } {
	if (typeof author === 'string') {
		const match = /^([^<(]*)(?:<([^>]*)>)?/.exec(author);
		return { name: match?.[1]?.trim() || undefined, email: match?.[2]?.trim() || undefined };
	}
	if (author && typeof author === 'object') {
		const { name, email } = author as { name?: unknown; email?: unknown };
		return { name: typeof name === 'string' ? name.trim() || undefined : undefined, email: typeof email === 'string' ? email.trim() || undefined : undefined };
	}
	return {};
}

/** Every reason the package may not be published as it is; empty when it may. */
export function releaseProblems(pkg: PackageMetadata, context: ReleaseContext = {}): string[] {
	const problems: string[] = [];

	const version = typeof pkg.version === 'string' ? pkg.version : '';
	if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
		problems.push(`package.json "version" is not a release version ("${version}"), e.g. 0.1.0`);
	}
	if (context.tag !== undefined && context.tag !== `v${version}`) {
		problems.push(
			`The tag "${context.tag}" does not match package.json "version" ("${version}"): tag v${version}, or set "version" to ${context.tag.replace(/^v/, '')} and tag again`,
		);
	}

	checkUrl(problems, 'homepage', urlOf(pkg.homepage), 'https://github.com/OWNER/n8n-nodes-vonage-messages#readme');
	checkUrl(problems, 'bugs.url', urlOf(pkg.bugs), 'https://github.com/OWNER/n8n-nodes-vonage-messages/issues');

	const repositoryUrl = checkUrl(problems, 'repository.url', urlOf(pkg.repository), 'git+https://github.com/OWNER/n8n-nodes-vonage-messages.git');
	if (repositoryUrl) {
		const slug = repositoryUrl.pathname.replace(/^\//, '').replace(/\.git$/, '').replace(/\/$/, '');
		if (repositoryUrl.hostname !== 'github.com' || slug.split('/').length !== 2) {
			problems.push(
				`package.json "repository.url" must be the github.com repository that publishes the package (npm's provenance check compares them), e.g. git+https://github.com/OWNER/n8n-nodes-vonage-messages.git; got "${urlOf(pkg.repository)}"`,
			);
		} else if (context.repository && slug.toLowerCase() !== context.repository.toLowerCase()) {
			problems.push(
				`package.json "repository.url" names ${slug}, but this workflow runs in ${context.repository}; npm refuses provenance for another repository: set it to git+https://github.com/${context.repository}.git`,
			);
		}
	}

	const author = authorParts(pkg.author);
	if (!author.name) {
		problems.push('package.json "author" has no name: set "author": { "name": "Your Name", "email": "you@your-domain" } (the maintainer npm and n8n show)');
	} else {
		const placeholder = placeholderIn(author.name) ?? (author.email ? placeholderIn(author.email) : undefined);
		if (placeholder) {
			problems.push(`package.json "author" is still a placeholder (contains "${placeholder}"): set your own name and email`);
		} else if (author.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(author.email)) {
			problems.push(`package.json "author.email" is not an email address ("${author.email}")`);
		}
	}

	return problems;
}
