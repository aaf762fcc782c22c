import {
	NodeHelpers,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodePropertyOptions,
	type PreSendAction,
} from 'n8n-workflow';

import { isObject } from '../../../../shared/objects';
import { refuse } from '../../../../shared/validation';

/**
 * Send's form decides what the request carries: n8n routes a field into the body only while its
 * display conditions hold (this channel, this message type, this input mode). Channel, Message Type
 * and the input modes take no expression in the editor, and what n8n does with one that arrives anyway
 * (workflow JSON written by hand or by a generator, an AI agent's tool call) decides what reaches Send:
 * - n8n (1.x, 2.x) keeps an ordinary expression there as text ("{{ 'sms' }}") and drops the fields that
 *   depended on it: nothing sensible can be sent, so the value is refused, saying why.
 * - n8n 2.x keeps a lone `{{ $fromAI(...) }}` (an AI agent choosing the channel) as an expression, and
 *   n8n counts an expression as "shown" for every field that depends on it: the fields of every channel
 *   would be routed together. So the steering values are resolved per item first, refused when the form
 *   does not offer them, and the body is routed from the fields the form shows for the resolved values,
 *   exactly as if they had been picked in the editor.
 * (Why no expression in the editor: n8n also checks required fields as "shown" before it runs a
 * workflow, and would refuse to run it over every other channel's empty required fields.)
 *
 * The routing below is the subset of n8n's declarative routing (n8n-core's RoutingNode) that Send's
 * fields use: body properties, collections, fixed collections and `{{$index}}` paths. `unsupportedRouting`
 * names any field that needs more, and a test keeps that list empty.
 */

type FormField = INodeProperties;

function isExpression(value: unknown): value is string {
	return typeof value === 'string' && value.startsWith('=');
}

/** The names of the parameters the fields' display conditions read ("/channel" read from a collection is "channel"). */
function steeringParameterNames(fields: FormField[]): string[] {
	const names = new Set<string>();
	const visit = (entries: Array<FormField | INodePropertyOptions | INodePropertyCollection>) => {
		for (const entry of entries) {
			if ('displayOptions' in entry && entry.displayOptions) {
				for (const condition of [entry.displayOptions.show, entry.displayOptions.hide]) {
					for (const name of Object.keys(condition ?? {})) if (!name.startsWith('@')) names.add(name.replace(/^\//, ''));
				}
			}
			if ('values' in entry && Array.isArray(entry.values)) visit(entry.values);
			if ('options' in entry && Array.isArray(entry.options) && 'type' in entry && (entry.type === 'collection' || entry.type === 'fixedCollection')) {
				visit(entry.options);
			}
		}
	};
	visit(fields);
	return [...names];
}

/** The node's parameters with every steering parameter resolved for the current item. */
function resolvedSteeringValues(context: IExecuteSingleFunctions, steering: Set<string>): { values: INodeParameters; hadExpression: boolean } {
	const stored = context.getNode().parameters;
	const values: INodeParameters = { ...stored };
	let hadExpression = false;
	for (const name of steering) {
		if (!isExpression(stored[name])) continue;
		hadExpression = true;
		values[name] = context.getNodeParameter(name) as INodeParameters[string];
	}
	return { values, hadExpression };
}

function isShown(context: IExecuteSingleFunctions, field: FormField, values: INodeParameters): boolean {
	return NodeHelpers.displayParameter(values, field, context.getNode(), null, values);
}

/**
 * The dropdowns that steer the form and take no expression in the editor: Channel, Message Type and the
 * input modes. Nothing else checks them, and a wrong value there only shows as a missing field. Other
 * dropdowns that steer (e.g. Messenger's category) take expressions and are checked by their channel.
 */
function isUncheckedSteeringChoice(field: FormField, steering: Set<string>): boolean {
	return field.type === 'options' && field.noDataExpression === true && steering.has(field.name);
}

/**
 * Such a dropdown must hold one of its choices, however it was given: otherwise the fields it shows are
 * left out and a later check would blame one of them ("Text is required"). The refusal names the field
 * and lists the choices the form offers (for the chosen channel, when the field belongs to one).
 */
function refuseUnofferedChoices(context: IExecuteSingleFunctions, fields: FormField[], steering: Set<string>, values: INodeParameters): void {
	const channelField = fields.find((field) => field.name === 'channel' && field.type === 'options');
	for (const field of fields) {
		if (!isUncheckedSteeringChoice(field, steering) || !Array.isArray(field.options) || !isShown(context, field, values)) continue;
		const choices = (field.options as INodePropertyOptions[]).map((option) => option.value);
		const value = values[field.name];
		if (choices.includes(value as string)) continue;
		const channels = field.displayOptions?.show?.channel;
		const channelName = (channelField?.options as INodePropertyOptions[] | undefined)?.find((option) => option.value === values.channel)?.name;
		const scope = Array.isArray(channels) && channelName ? ` for ${channelName}` : '';
		const use = `Use one of: ${choices.map((choice) => `"${String(choice)}"`).join(', ')}.`;
		// n8n passes an expression in this field on as its text, without the fields that depend on it.
		const keptAsText = typeof value === 'string' && value.includes('{{');
		const fix = keptAsText
			? `${field.displayName} cannot be an expression (n8n keeps it as text and leaves out the fields that depend on it): pick the value in the node, or send each kind from its own node, e.g. after a Switch node. ${use}`
			: use;
		throw refuse(context, field.displayName, value ?? '', `is not a valid choice${scope}`, fix);
	}
}

/** A body path as n8n-core resolves it for a field: static, or "=…[{{$index}}]…" inside a list. */
function bodyPath(property: string, index: number | undefined): string {
	if (!property.startsWith('=')) return property;
	return property.slice(1).replace(/\{\{\s*\$index\s*\}\}/g, String(index));
}

/** `{ a: { b: [ , value ] } }` for "a.b[1]", the way lodash's set (which n8n-core uses) builds it. */
function objectAt(path: string, value: unknown): IDataObject {
	const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]));
	let nested: unknown = value;
	for (let position = keys.length - 1; position >= 0; position--) {
		const key = keys[position];
		const container: unknown[] | IDataObject = typeof key === 'number' ? [] : {};
		(container as Record<string | number, unknown>)[key] = nested;
		nested = container;
	}
	return nested as IDataObject;
}

/** Deep merge as n8n-core merges each field's part of the body (lodash merge): objects and arrays key by key. */
function mergeInto(target: Record<string | number, unknown>, source: Record<string | number, unknown>): void {
	for (const key of Object.keys(source)) {
		const incoming = source[key];
		const current = target[key];
		if (incoming === undefined && key in target) continue;
		if (Array.isArray(incoming) || isObject(incoming)) {
			const container = (Array.isArray(incoming) ? (Array.isArray(current) ? current : []) : isObject(current) ? current : {}) as Record<string | number, unknown>;
			mergeInto(container, incoming as Record<string | number, unknown>);
			target[key] = container;
		} else {
			target[key] = incoming;
		}
	}
}

/** Routes one field (and what it contains) into `body`, under `basePath` ("additionalFields.", "…message[0]."). */
function routeField(context: IExecuteSingleFunctions, field: FormField, basePath: string, index: number | undefined, values: INodeParameters, body: IDataObject): void {
	if (!isShown(context, field, values)) return;
	const send = field.routing?.send;
	if (send?.property !== undefined) {
		const value = context.getNodeParameter(`${basePath}${field.name}`, undefined, {
			extractValue: field.extractValue !== undefined || field.type === 'resourceLocator',
		});
		mergeInto(body, objectAt(bodyPath(send.property, index), value));
	}
	const path = `${basePath}${field.name}`;
	if (field.type === 'collection') {
		const given = context.getNodeParameter(path, {}) as IDataObject;
		for (const option of (field.options ?? []) as FormField[]) {
			if (option.type !== undefined && Object.keys(given).includes(option.name)) routeField(context, option, `${path}.`, index, values, body);
		}
	} else if (field.type === 'fixedCollection') {
		for (const group of (field.options ?? []) as INodePropertyCollection[]) {
			const given = context.getNodeParameter(`${path}.${group.name}`, null) as unknown;
			if (given === null || given === undefined) continue;
			const entries = Array.isArray(given) ? given : [given];
			entries.forEach((_entry, position) => {
				const entryPath = field.typeOptions?.multipleValues ? `${path}.${group.name}[${position}].` : `${path}.${group.name}.`;
				for (const value of group.values) routeField(context, value, entryPath, position, values, body);
			});
		}
	}
}

/**
 * The fields whose routing the router above does not follow (query parameters, computed values, routing
 * on a dropdown's options, paths with expressions other than `{{$index}}`); a test keeps this empty.
 */
export function unsupportedRouting(fields: FormField[]): string[] {
	const problems: string[] = [];
	const visit = (entries: Array<FormField | INodePropertyCollection>, where: string) => {
		for (const entry of entries) {
			const name = `${where}${entry.name}`;
			if ('routing' in entry && entry.routing) {
				const { send, ...rest } = entry.routing;
				if (Object.keys(rest).length) problems.push(`${name}: routing other than send`);
				if (send && (send.type !== 'body' || send.value !== undefined || send.propertyInDotNotation === false || send.preSend || send.paginate !== undefined)) {
					problems.push(`${name}: send other than a body property`);
				}
				if (send?.property?.startsWith('=') && /\{\{(?!\s*\$index\s*\}\})/.test(send.property)) problems.push(`${name}: body path ${send.property}`);
			}
			if ('type' in entry && entry.type === 'options') {
				if (((entry.options ?? []) as INodePropertyOptions[]).some((option) => option.routing)) problems.push(`${name}: routing on an option`);
			}
			if ('values' in entry) visit(entry.values, `${name}.`);
			if ('type' in entry && (entry.type === 'collection' || entry.type === 'fixedCollection')) {
				visit((entry.options ?? []) as Array<FormField | INodePropertyCollection>, `${name}.`);
			}
		}
	};
	visit(fields, '');
	return problems;
}

/**
 * preSend of Send, before the body checks: refuses a steering value the form does not offer and, when
 * a steering value was an expression, replaces the body n8n routed with the one the form routes for the
 * resolved values. `form` returns Send's fields (a function, as the fields are defined after the operation).
 */
export function routeResolvedForm(form: () => FormField[]): PreSendAction {
	let steering: Set<string> | undefined;
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const fields = form();
		steering ??= new Set(steeringParameterNames(fields));
		const { values, hadExpression } = resolvedSteeringValues(this, steering);
		refuseUnofferedChoices(this, fields, steering, values);
		if (!hadExpression) return requestOptions;
		const body: IDataObject = {};
		for (const field of fields) routeField(this, field, '', undefined, values, body);
		return { ...requestOptions, body };
	};
}
