import type { IDataObject } from 'n8n-workflow';

/**
 * Small helpers for the plain JSON objects that node parameters, request bodies and Vonage's answers are.
 * One place for them, so every node reads "is this an object", "what is at this path" and "drop what was
 * left empty" the same way.
 */

/** A JSON object in the narrow sense: not null and not an array. */
export function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dot path (e.g. `_embedded.wabas`), or undefined when a step of the path is missing. */
export function valueAt(body: unknown, path: string): unknown {
	return path
		.split('.')
		.filter(Boolean)
		.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), body);
}

/** Drops keys whose value is undefined, so optional inputs left empty never reach the body. */
export function compact<T extends IDataObject>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Like `compact`, at every depth, and objects left empty are dropped too: a section of a body is only
 * sent when something was entered in it.
 */
export function compactDeep(value: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, entry] of Object.entries(value)) {
		if (entry === undefined) continue;
		if (isObject(entry)) {
			const inner = compactDeep(entry);
			if (Object.keys(inner).length) result[key] = inner;
		} else {
			result[key] = entry;
		}
	}
	return result;
}

/** Objects merge field by field; arrays and plain values of `over` replace those of `base`. */
export function deepMerge(base: IDataObject, over: IDataObject): IDataObject {
	const merged: IDataObject = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const current = merged[key];
		merged[key] = isObject(current) && isObject(value) ? deepMerge(current, value) : value;
	}
	return merged;
}

/** Sets `key` of `target` to `value`, or removes the key when `value` is undefined (an optional input left empty). */
export function assignOrDelete(target: IDataObject, key: string, value: IDataObject[string] | undefined): void {
	if (value === undefined) delete target[key];
	else target[key] = value;
}

/** The listed fields of a record that it has, in the listed order. */
export function pick(record: IDataObject, fields: readonly string[]): IDataObject {
	return Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]));
}
