/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test infrastructure: reads fixtures and runs a local HTTP server; never shipped (package.json "files" is dist only) */
/**
 * A local stand-in for the Vonage APIs on 127.0.0.1. Every request is checked against the specs
 * (SpecValidator) and recorded; tests read `requests` and assert `violations` is empty. Handlers
 * decide the answer per route; without one, the spec's first 2xx status and example are returned.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { type AuthScheme, SpecValidator } from './specValidator';

export interface RecordedRequest {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: IncomingHttpHeaders;
	rawBody: string;
	body: unknown;
	operationId?: string;
	pathParameters: Record<string, string>;
	authScheme: AuthScheme;
	violations: string[];
}

export interface FakeResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Milliseconds to wait before answering. */
	delayMs?: number;
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

let sharedValidator: SpecValidator | undefined;

function validator(): SpecValidator {
	sharedValidator ??= new SpecValidator();
	return sharedValidator;
}

interface SchemaWithExamples {
	example?: unknown;
	properties?: Record<string, SchemaWithExamples>;
	allOf?: SchemaWithExamples[];
}

/** An example built from a schema: its own example, or one from its properties' examples. */
function exampleFromSchema(schema: SchemaWithExamples | undefined): unknown {
	if (!schema) return undefined;
	if (schema.example !== undefined) return schema.example;
	const parts = [schema, ...(schema.allOf ?? [])];
	const entries = parts.flatMap((part) =>
		Object.entries(part.properties ?? {})
			.map(([name, property]) => [name, exampleFromSchema(property)] as const)
			.filter(([, value]) => value !== undefined),
	);
	return entries.length ? Object.fromEntries(entries) : undefined;
}

function exampleOf(responses: Record<string, unknown>): FakeResponse {
	const code = Object.keys(responses).find((status) => status.startsWith('2')) ?? '200';
	type Content = { example?: unknown; examples?: Record<string, { value?: unknown }>; schema?: SchemaWithExamples };
	const response = responses[code] as { content?: Record<string, Content> } | undefined;
	const content = response?.content?.['application/json'];
	const example = content?.example ?? Object.values(content?.examples ?? {})[0]?.value ?? exampleFromSchema(content?.schema);
	return { status: Number(code), body: example ?? (code === '204' ? undefined : {}) };
}

export class FakeVonage {
	readonly requests: RecordedRequest[] = [];

	private readonly handlers = new Map<string, FakeHandler>();

	private server?: Server;

	private inFlight = 0;

	/** Most requests the server was answering at the same moment. */
	maxInFlight = 0;

	get baseUrl(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error('FakeVonage is not started');
		return `http://127.0.0.1:${address.port}`;
	}

	/** Every spec violation seen so far, with the request it belongs to. */
	get violations(): string[] {
		return this.requests.flatMap((request) => request.violations.map((violation) => `${request.method} ${request.path}: ${violation}`));
	}

	/** Answers requests of one operation (by operationId, or "METHOD /path" for exact paths). */
	on(operationOrRoute: string, handler: FakeHandler): this {
		this.handlers.set(operationOrRoute, handler);
		return this;
	}

	reset(): void {
		this.requests.length = 0;
		this.handlers.clear();
		this.maxInFlight = 0;
	}

	async start(): Promise<this> {
		const specs = validator();
		this.server = createServer((incoming, outgoing) => {
			const chunks: Buffer[] = [];
			incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
			incoming.on('end', () => {
				void (async () => {
					this.inFlight++;
					this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
					try {
						const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
						const rawBody = Buffer.concat(chunks).toString('utf8');
						let body: unknown;
						const violations: string[] = [];
						if (rawBody) {
							try {
								body = JSON.parse(rawBody);
							} catch {
								violations.push('body is not JSON');
							}
						}
						const method = incoming.method ?? 'GET';
						const check = specs.check(method, url.pathname, url.searchParams, incoming.headers.authorization, body, rawBody);
						const request: RecordedRequest = {
							method,
							path: url.pathname,
							query: url.searchParams,
							headers: incoming.headers,
							rawBody,
							body,
							operationId: check.operation?.operationId,
							pathParameters: check.pathParameters,
							authScheme: check.authScheme,
							violations: [...violations, ...check.violations],
						};
						this.requests.push(request);
						const handler =
							(request.operationId ? this.handlers.get(request.operationId) : undefined) ?? this.handlers.get(`${method} ${url.pathname}`);
						const response: FakeResponse = handler
							? await handler(request)
							: check.operation
								? exampleOf(check.operation.responses)
								: { status: 404, body: { title: 'Not Found', detail: check.violations.join('; ') } };
						if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs));
						const payload = response.body === undefined ? '' : JSON.stringify(response.body);
						outgoing.writeHead(response.status, {
							...(payload ? { 'Content-Type': 'application/json' } : {}),
							...(response.headers ?? {}),
						});
						outgoing.end(payload);
					} catch (error) {
						outgoing.writeHead(500, { 'Content-Type': 'application/json' });
						outgoing.end(JSON.stringify({ title: 'Fake server error', detail: String(error) }));
					} finally {
						this.inFlight--;
					}
				})();
			});
		});
		await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		const server = this.server;
		if (!server) return;
		this.server = undefined;
		server.closeAllConnections();
		await new Promise<void>((resolve) => server.close(() => resolve()));
	}
}
