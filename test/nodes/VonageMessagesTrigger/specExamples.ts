/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test fixtures: reads the webhook schemas from the spec files in test/fixtures/specs */
/**
 * Builds one example body per webhook variant of the specs (every `oneOf` branch of the v1
 * `x-webhooks` and of the v0.1 inbound/status schemas), from the examples the spec gives for each
 * property. These are the payload shapes Vonage documents, channel by channel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { load } from 'js-yaml';

type Json = Record<string, unknown>;

interface Schema {
	$ref?: string;
	oneOf?: Schema[];
	anyOf?: Schema[];
	allOf?: Schema[];
	properties?: Record<string, Schema | null> | null;
	items?: Schema;
	example?: unknown;
	type?: string;
	title?: string;
}

export interface SpecExample {
	/** The spec, the webhook and the path of oneOf titles that led to this example. */
	name: string;
	body: Json;
}

const SPEC_DIR = join(__dirname, '..', '..', 'fixtures', 'specs');

function loadSpec(file: string): Json {
	return load(readFileSync(join(SPEC_DIR, file), 'utf8')) as Json;
}

function isPlainObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function merge(target: Json, source: Json): Json {
	const result: Json = { ...target };
	for (const [key, value] of Object.entries(source)) {
		const existing = result[key];
		result[key] = isPlainObject(existing) && isPlainObject(value) ? merge(existing, value) : (existing ?? value);
	}
	return result;
}

class ExampleBuilder {
	constructor(private readonly document: Json) {}

	private resolve(schema: Schema): Schema {
		if (!schema.$ref) return schema;
		const path = schema.$ref.replace(/^#\//, '').split('/');
		const target = path.reduce<unknown>((node, key) => (node as Json)?.[key], this.document) as Schema | undefined;
		if (!target) throw new Error(`unresolved ${schema.$ref}`);
		return this.resolve(target);
	}

	/** Every variant of a schema as an example value, each with the titles of the branches it took. */
	variants(input: Schema, titles: string[] = []): Array<{ titles: string[]; value: unknown }> {
		const schema = this.resolve(input);
		const alternatives = schema.oneOf ?? schema.anyOf;
		if (alternatives) {
			return alternatives.flatMap((alternative) => {
				const resolved = this.resolve(alternative);
				return this.variants(resolved, resolved.title ? [...titles, resolved.title] : titles);
			});
		}
		if (schema.allOf) {
			let combined: Array<{ titles: string[]; value: unknown }> = [{ titles, value: {} }];
			for (const part of schema.allOf) {
				const partVariants = this.variants(part, []);
				combined = combined.flatMap((left) =>
					partVariants.map((right) => ({
						titles: [...left.titles, ...right.titles],
						value: isPlainObject(left.value) && isPlainObject(right.value) ? merge(left.value, right.value) : (left.value ?? right.value),
					})),
				);
			}
			if (isPlainObject(schema.properties)) {
				const own = this.objectExample(schema);
				combined = combined.map((variant) => ({ ...variant, value: isPlainObject(variant.value) ? merge(variant.value, own) : variant.value }));
			}
			return combined;
		}
		return [{ titles, value: this.single(schema) }];
	}

	private objectExample(schema: Schema): Json {
		const result: Json = {};
		for (const [name, property] of Object.entries(schema.properties ?? {})) {
			if (!property) continue;
			const value = this.single(this.resolve(property));
			if (value !== undefined) result[name] = value;
		}
		return result;
	}

	private single(schema: Schema): unknown {
		if (schema.example !== undefined && !isPlainObject(schema.properties)) return schema.example;
		if (schema.oneOf || schema.anyOf || schema.allOf) return this.variants(schema)[0]?.value;
		if (isPlainObject(schema.properties)) {
			const built = this.objectExample(schema);
			return Object.keys(built).length ? built : schema.example;
		}
		if (schema.type === 'array' && schema.items) {
			const item = this.single(this.resolve(schema.items));
			return item === undefined ? undefined : [item];
		}
		return schema.example;
	}
}

function webhookSchema(document: Json, webhook: string): Schema {
	const webhooks = document['x-webhooks'] as Json;
	const entry = (webhooks[webhook] as Json)['{$request.body#/callback}'] as Json;
	const post = entry.post as Json;
	const content = (post.requestBody as Json).content as Json;
	return (content['application/json'] as { schema: Schema }).schema;
}

function examplesOf(spec: string, document: Json, label: string, schema: Schema): SpecExample[] {
	return new ExampleBuilder(document)
		.variants(schema)
		.filter((variant) => isPlainObject(variant.value))
		.map((variant) => ({ name: [spec, label, ...variant.titles].join(' / '), body: variant.value as Json }));
}

/** Messages API v1: every inbound-message and message-status variant of `x-webhooks`. */
export function v1Examples(): { inbound: SpecExample[]; status: SpecExample[] } {
	const document = loadSpec('vonage-messages-openapi.yml');
	return {
		inbound: examplesOf('v1', document, 'inbound-message', webhookSchema(document, 'inbound-message')),
		status: examplesOf('v1', document, 'message-status', webhookSchema(document, 'message-status')),
	};
}

/** Messages API v0.1: every inbound-message variant and the MessageStatus schema. */
export function v01Examples(): { inbound: SpecExample[]; status: SpecExample[] } {
	const document = loadSpec('messages-olympus.yml');
	const schemas = (document.components as Json).schemas as Json;
	return {
		inbound: examplesOf('v0.1', document, 'inbound-message', webhookSchema(document, 'inbound-message')),
		status: examplesOf('v0.1', document, 'message-status', schemas.MessageStatus as Schema),
	};
}
