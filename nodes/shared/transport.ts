/**
 * HTTP to Vonage, in one place: the request defaults and credential choice of the declarative
 * operations, and `vonageApiRequest` for the requests code sends itself (list searches, hooks that
 * read before they write, the trigger's Applications API calls). Paging lives in pagination.ts.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodeCredentialDescription,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { BASIC_CREDENTIAL, BASIC_SCHEME_MARKER, CREDENTIAL_LABEL, JWT_CREDENTIAL, type AuthKind } from './auth';
import { throwOnVonageError, vonageApiError } from './errors';
import { BASE_URL_EXPRESSION, resolveBaseUrl, type VonageHostCredentialFields } from './hosts';
import { isObject } from './objects';

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
/** The two credential types, as every node's Authentication field offers them. */
export const AUTHENTICATION_OPTIONS: INodePropertyOptions[] = [
	{ name: 'JWT (Application ID and Private Key)', value: 'jwt' },
	{ name: 'Basic Auth (API Key and Secret)', value: 'basic' },
];

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: AUTHENTICATION_OPTIONS,
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

/** A context that can send requests with the node's credential: list searches, load options, hooks, trigger hooks. */
export type VonageRequestContext = ILoadOptionsFunctions | IExecuteSingleFunctions | IHookFunctions;

export interface VonageApiRequestOptions {
	/** Query parameters. */
	qs?: IDataObject;
	/** JSON body. */
	body?: IDataObject;
	/** The auth kind Vonage accepts for this endpoint, when it accepts only one. */
	requiredAuth?: AuthKind;
	/** The API host, when it is not the credential's (the Applications API is served globally, not per region). */
	baseUrl?: string;
}

/** The auth kind the node's Authentication parameter chooses. */
export function chosenAuth(context: VonageRequestContext): AuthKind {
	const value = (context as ILoadOptionsFunctions).getNodeParameter('authentication', 'jwt');
	return value === 'basic' ? 'basic' : 'jwt';
}

/**
 * Sends one request to Vonage with the credential the node's Authentication parameter chooses, to the
 * credential's host (or `baseUrl`), and returns the whole response, error statuses included. Requests
 * that need one auth kind refuse the other before sending, as `requireAuth` does (a JWT credential with
 * the optional API key and secret serves Basic-only endpoints).
 */
export async function vonageApiResponse(
	context: VonageRequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: VonageApiRequestOptions = {},
): Promise<IN8nHttpFullResponse> {
	const authKind = chosenAuth(context);
	const credentialType = authKind === 'basic' ? BASIC_CREDENTIAL : JWT_CREDENTIAL;
	const credentials = await context.getCredentials(credentialType);
	const headers: IDataObject = { Accept: 'application/json' };
	if (options.requiredAuth && options.requiredAuth !== authKind) {
		if (options.requiredAuth === 'basic' && credentials.apiKey && credentials.apiSecret) {
			headers[BASIC_SCHEME_MARKER] = 'basic';
		} else {
			const needed = CREDENTIAL_LABEL[options.requiredAuth];
			throw new NodeOperationError(context.getNode(), `This list needs the ${needed} credential`, {
				description:
					options.requiredAuth === 'basic'
						? `Vonage serves it only with Basic auth. Set Authentication to "Basic Auth" and choose a ${needed} credential, or add the optional API key and secret to your JWT credential.`
						: `Vonage serves it only with an application JWT. Set Authentication to "JWT" and choose a ${needed} credential.`,
			});
		}
	}
	const request: IHttpRequestOptions = {
		method,
		url: `${options.baseUrl ?? resolveBaseUrl(credentials as VonageHostCredentialFields)}${path}`,
		headers,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	if (options.qs && Object.keys(options.qs).length) request.qs = options.qs;
	if (options.body) request.body = options.body;
	return (await context.helpers.httpRequestWithAuthentication.call(context, credentialType, request)) as IN8nHttpFullResponse;
}

/**
 * `vonageApiRequest` for endpoints whose body is not an object: the parsed body as it came (an array
 * for the RCS brands list), or undefined when there was none. Vonage errors become the same errors
 * declarative operations show.
 */
export async function vonageApiRequestBody(
	context: VonageRequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: VonageApiRequestOptions = {},
): Promise<unknown> {
	const response = await vonageApiResponse(context, method, path, options);
	if (response.statusCode >= 400) throw vonageApiError(context.getNode(), response, chosenAuth(context));
	return response.body;
}

/** Sends one request to Vonage (see `vonageApiResponse`) and returns its JSON body as an object. */
export async function vonageApiRequest(
	context: VonageRequestContext,
	method: IHttpRequestMethods,
	path: string,
	options: VonageApiRequestOptions = {},
): Promise<IDataObject> {
	const body = await vonageApiRequestBody(context, method, path, options);
	return isObject(body) ? body : {};
}
