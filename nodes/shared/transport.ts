import type { IHttpRequestOptions, INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { BASIC_CREDENTIAL, JWT_CREDENTIAL } from './auth';
import { throwOnVonageError } from './errors';
import { BASE_URL_EXPRESSION } from './hosts';

/** Request defaults of every node: the credential's host, JSON, and error bodies kept for throwOnVonageError. */
export const vonageRequestDefaults: Partial<IHttpRequestOptions> & { baseURL: string } = {
	baseURL: BASE_URL_EXPRESSION,
	headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
	json: true,
	ignoreHttpStatusErrors: true,
};

export const vonageNodeCredentials: INodeCredentialDescription[] = [
	{ name: JWT_CREDENTIAL, required: true, displayOptions: { show: { authentication: ['jwt'] } } },
	{ name: BASIC_CREDENTIAL, required: true, displayOptions: { show: { authentication: ['basic'] } } },
];

/**
 * The node parameter that chooses the credential. It is the first property of every node and is
 * always shown, so the declarative engine runs its postReceive before any operation's own: this is
 * the one place where Vonage error responses become NodeApiErrors.
 */
export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'JWT (Application ID and Private Key)', value: 'jwt' },
		{ name: 'Basic Auth (API Key and Secret)', value: 'basic' },
	],
	default: 'jwt',
	description:
		'Which credential to use. JWT works for every operation of the Messages API and is what Vonage recommends; some account-level operations need the API key and secret.',
	routing: {
		output: { postReceive: [throwOnVonageError] },
	},
};

/**
 * Fills the `{name}` segments of a path template, each value URL-encoded, so descriptions can state
 * URLs as the API reference writes them. `valueOf` supplies (and checks) each value; a segment it
 * returns undefined for is left for a later preSend to fill.
 */
export function fillPathTemplate(template: string, valueOf: (name: string) => string | undefined): string {
	return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
		const value = valueOf(name);
		return value === undefined ? placeholder : encodeURIComponent(value);
	});
}
