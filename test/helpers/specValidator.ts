/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test infrastructure: reads fixtures and runs a local HTTP server; never shipped (package.json "files" is dist only) */
/**
 * Checks HTTP requests against the OpenAPI specs in test/fixtures/specs (copied from ../shared/specs):
 * the path and method exist, the auth scheme is one the operation allows, required query and path
 * parameters are present, and the JSON body validates against the operation's request schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';

const SPEC_DIR = join(__dirname, '..', 'fixtures', 'specs');

/** Spec file, and the path prefix its `servers` URL adds. */
const SPECS: Array<{ file: string; id: string }> = [
	{ file: 'vonage-messages-openapi.yml', id: 'messages-v1' },
	{ file: 'messages-olympus.yml', id: 'messages-v0.1' },
	{ file: 'vonage-external-accounts-openapi.yml', id: 'external-accounts' },
	{ file: 'channel-manager.openapi.yml', id: 'channel-manager' },
	{ file: 'application.v2.yml', id: 'applications' },
];

type Json = Record<string, unknown>;

export type AuthScheme = 'basic' | 'bearer' | 'none';

export interface SpecOperation {
	spec: string;
	operationId: string;
	method: string;
	pathTemplate: string;
	regex: RegExp;
	parameterNames: string[];
	security: AuthScheme[];
	requiredQuery: string[];
	validateBody?: ValidateFunction;
	bodyRequired: boolean;
	responses: Json;
}

export interface RequestCheck {
	operation?: SpecOperation;
	pathParameters: Record<string, string>;
	authScheme: AuthScheme;
	violations: string[];
}

function pointer(document: Json, ref: string): unknown {
	const [, path] = ref.split('#');
	return path
		.split('/')
		.filter(Boolean)
		.reduce<unknown>((node, key) => (node as Json)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

function basePath(document: Json): string {
	const servers = document.servers as Array<{ url: string; variables?: Record<string, { default: string }> }> | undefined;
	if (!servers?.length) return '';
	let url = servers[0].url;
	for (const [name, variable] of Object.entries(servers[0].variables ?? {})) url = url.replace(`{${name}}`, variable.default);
	return new URL(url).pathname.replace(/\/+$/, '');
}

/** The PATCH /v1/messages body is a oneOf whose WhatsApp and RCS variants both match {"status":"read"}. */
function oneOfAsAnyOf(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(oneOfAsAnyOf);
	if (schema && typeof schema === 'object') {
		return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key === 'oneOf' ? 'anyOf' : key, oneOfAsAnyOf(value)]));
	}
	return schema;
}

/**
 * v0.1 spec 0.4.0 types template parameters as plain strings, but Vonage's v0.1 API reference (developer.vonage.com/en/api/messages-olympus.v0) and
 * its own v0.1 examples send `[{"default": "value"}]`; the validator follows the reference here.
 */
function useReferenceTemplateParameters(document: Json): void {
	const schemas = (document.components as Json | undefined)?.schemas as Json | undefined;
	const parameters = schemas?.templateParameters as Json | undefined;
	if (parameters) {
		parameters.items = { type: 'object', required: ['default'], properties: { default: { type: 'string' } }, additionalProperties: false };
	}
}

export class SpecValidator {
	readonly operations: SpecOperation[] = [];

	private readonly ajv: Ajv;

	constructor() {
		this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
		addFormats(this.ajv);
		for (const format of ['url', 'int32', 'int64', 'float', 'double', 'binary', 'byte', 'password', 'E.164', 'e164', 'phone']) {
			this.ajv.addFormat(format, true);
		}
		const common = load(readFileSync(join(SPEC_DIR, 'common', 'common_errors.yml'), 'utf8')) as Json;
		this.ajv.addSchema(common, 'common/common_errors.yml');
		for (const { file, id } of SPECS) this.loadSpec(file, id);
	}

	private loadSpec(file: string, id: string): void {
		const document = load(readFileSync(join(SPEC_DIR, file), 'utf8')) as Json;
		if (id === 'messages-v0.1') useReferenceTemplateParameters(document);
		this.ajv.addSchema(document, id);
		const prefix = basePath(document);
		const globalSecurity = (document.security as Json[] | undefined) ?? [];
		for (const [pathTemplate, pathItem] of Object.entries(document.paths as Json)) {
			for (const [method, rawOperation] of Object.entries(pathItem as Json)) {
				if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
				const operation = rawOperation as Json;
				const fullPath = `${prefix}${pathTemplate === '/' ? '' : pathTemplate}` || '/';
				const parameterNames: string[] = [];
				const regexSource = fullPath
					.split('/')
					.map((segment) =>
						segment.replace(/\{([^}]+)\}|[^{]+/g, (match, name: string | undefined) => {
							if (name) {
								parameterNames.push(name);
								return '([^/]+)';
							}
							return match.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
						}),
					)
					.join('/');
				const security = ((operation.security as Json[] | undefined) ?? globalSecurity).flatMap((requirement) =>
					Object.keys(requirement).map((name) => {
						const scheme = ((document.components as Json)?.securitySchemes as Json)?.[name] as Json | undefined;
						return (String(scheme?.scheme ?? name).toLowerCase().includes('basic') ? 'basic' : 'bearer') as AuthScheme;
					}),
				);
				const parameters = [...(((pathItem as Json).parameters as Json[]) ?? []), ...((operation.parameters as Json[]) ?? [])].map((parameter) =>
					typeof parameter.$ref === 'string' ? (pointer(document, parameter.$ref) as Json) : parameter,
				);
				let requestBody = operation.requestBody as Json | undefined;
				if (typeof requestBody?.$ref === 'string') requestBody = pointer(document, requestBody.$ref) as Json;
				const bodySchema = ((requestBody?.content as Json)?.['application/json'] as Json | undefined)?.schema;
				let validateBody: ValidateFunction | undefined;
				if (bodySchema) {
					const schema = method === 'patch' && id === 'messages-v1' ? oneOfAsAnyOf(this.inline(document, bodySchema, id)) : this.retarget(bodySchema, id);
					validateBody = this.ajv.compile(schema as Json);
				}
				this.operations.push({
					spec: id,
					operationId: String(operation.operationId ?? `${method} ${fullPath}`),
					method: method.toUpperCase(),
					pathTemplate: fullPath,
					regex: new RegExp(`^${regexSource}/?$`),
					parameterNames,
					security: security.length ? security : ['basic', 'bearer'],
					requiredQuery: parameters.filter((parameter) => parameter.in === 'query' && parameter.required).map((parameter) => String(parameter.name)),
					validateBody,
					bodyRequired: Boolean(requestBody?.required),
					responses: Object.fromEntries(
						Object.entries((operation.responses as Json) ?? {}).map(([status, response]) => [
							status,
							this.inline(document, response, id),
						]),
					),
				});
			}
		}
		// Literal segments win over parameters: /messenger/{id} before /{provider}/{id}.
		this.operations.sort((a, b) => b.pathTemplate.replace(/\{[^}]+\}/g, '').length - a.pathTemplate.replace(/\{[^}]+\}/g, '').length);
	}

	/** A body schema whose local refs point into the spec registered under `id`. */
	private retarget(schema: unknown, id: string): unknown {
		if (Array.isArray(schema)) return schema.map((entry) => this.retarget(entry, id));
		if (schema && typeof schema === 'object') {
			return Object.fromEntries(
				Object.entries(schema).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${id}${value}` : this.retarget(value, id)]),
			);
		}
		return schema;
	}

	/** Resolves every local ref (specs here have no recursive schemas), for schemas that need rewriting. */
	private inline(document: Json, schema: unknown, id: string, depth = 0): unknown {
		if (depth > 40) return {};
		if (Array.isArray(schema)) return schema.map((entry) => this.inline(document, entry, id, depth + 1));
		if (schema && typeof schema === 'object') {
			const node = schema as Json;
			if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) return this.inline(document, pointer(document, node.$ref), id, depth + 1);
			return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, this.inline(document, value, id, depth + 1)]));
		}
		return schema;
	}

	check(method: string, path: string, query: URLSearchParams, authorization: string | undefined, body: unknown, rawBody: string): RequestCheck {
		const violations: string[] = [];
		const authScheme: AuthScheme = authorization?.startsWith('Basic ') ? 'basic' : authorization?.startsWith('Bearer ') ? 'bearer' : 'none';
		const candidates = this.operations.filter((operation) => operation.regex.test(path));
		const operation = candidates.find((candidate) => candidate.method === method);
		if (!operation) {
			violations.push(candidates.length ? `${method} is not allowed on ${path}` : `no operation in the specs matches ${method} ${path}`);
			return { pathParameters: {}, authScheme, violations };
		}
		const match = operation.regex.exec(path) ?? [];
		const pathParameters = Object.fromEntries(operation.parameterNames.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
		for (const [name, value] of Object.entries(pathParameters)) {
			if (!value || value === 'undefined' || value === 'null') violations.push(`path parameter ${name} is empty or "${value}"`);
		}
		if (!operation.security.includes(authScheme)) {
			violations.push(`${operation.operationId} accepts ${operation.security.join(' or ')} auth, got ${authScheme}`);
		}
		for (const name of operation.requiredQuery) {
			if (!query.has(name)) violations.push(`${operation.operationId}: required query parameter ${name} is missing`);
		}
		if (operation.validateBody) {
			if (!rawBody) {
				if (operation.bodyRequired) violations.push(`${operation.operationId}: request body is required`);
			} else if (!operation.validateBody(body)) {
				violations.push(
					`${operation.operationId}: body does not match the spec: ${this.ajv.errorsText(operation.validateBody.errors, { separator: '; ' }).slice(0, 3000)}`,
				);
			}
		} else if (rawBody && method !== 'GET' && method !== 'DELETE') {
			// An operation without a body schema should not receive one we invented.
			if (rawBody.trim() !== '{}' && rawBody.trim() !== '') violations.push(`${operation.operationId}: the spec defines no request body`);
		}
		return { operation, pathParameters, authScheme, violations };
	}
}
