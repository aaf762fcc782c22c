import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, updateDisplayOptions } from 'n8n-workflow';

import { authenticationProperty, vonageNodeCredentials, vonageRequestDefaults } from './transport';

/** Short words a title keeps in lower case (unless first). */
const MINOR_WORDS = new Set(['and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * An operation's action ("Get many RCS brands", n8n's sentence case) as a subtitle: Title Case, without "a", "an" and
 * "the" ("Get Many RCS Brands", "Add Test Device to RCS Agent", "Get Opt-Out Keywords and Replies of RCS Agent").
 * Words already in capitals (RCS, URL) stay as they are.
 */
export function subtitleOfAction(action: string): string {
	return action
		.split(/\s+/)
		.filter((word) => word !== 'a' && word !== 'an' && word !== 'the')
		.map((word, index) => (index > 0 && MINOR_WORDS.has(word) ? word : word.replace(/(^|[-(])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase())))
		.join(' ');
}

/**
 * A subtitle expression that looks a label up in `labels` by the parameters `keyParts` name, joined with "/", each
 * falling back to its default when the node does not store it (n8n leaves default values out of saved workflows).
 * The table is flat JSON: n8n's expression syntax ends at the first "}}", so it must never contain nested objects.
 */
export function lookupSubtitle(labels: Record<string, string>, keyParts: string[], fallback: string): string {
	for (const label of Object.values(labels)) {
		if (label.includes('{{') || label.includes('}}')) throw new Error(`A subtitle label must not contain {{ or }}: ${label}`);
	}
	return `={{ (${JSON.stringify(labels)})[${keyParts.join(' + "/" + ')}] || ${fallback} }}`;
}

/**
 * The subtitle of an action node: its current operation's action in Title Case, e.g. "Get Many Accounts", under the
 * node's name on the canvas. Built from the node's own operation options, so it follows every rename.
 */
export function operationSubtitle(properties: INodeProperties[], defaultResource: string): string {
	const labels: Record<string, string> = {};
	const defaultOperations: Record<string, string> = {};
	for (const property of properties) {
		if (property.name !== 'operation' || property.type !== 'options') continue;
		const resources = (property.displayOptions?.show?.resource ?? []) as string[];
		for (const resource of resources) {
			defaultOperations[resource] = String(property.default);
			for (const option of (property.options ?? []) as INodePropertyOptions[]) {
				labels[`${resource}/${String(option.value)}`] = subtitleOfAction(option.action ?? option.name);
			}
		}
	}
	const resource = `($parameter["resource"] || ${JSON.stringify(defaultResource)})`;
	const operation = `($parameter["operation"] || (${JSON.stringify(defaultOperations)})[${resource}])`;
	return lookupSubtitle(labels, [resource, operation], operation);
}

/**
 * A group of fields shown only for these operations of `resource`: n8n-workflow's `updateDisplayOptions`, applied
 * once to the group, so no field repeats the resource and operation. A field keeps its own further conditions
 * (e.g. Limit's "Return All is off"); it must not name resource or operation itself, since list conditions merge
 * entry by entry.
 */
export function forOperations(resource: string, operations: string[], fields: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource], operation: operations } }, fields);
}

/**
 * The Operation dropdown of `resource`: its options (sorted by name, each with its routing) and the one chosen
 * first. `operationSubtitle` reads the resource from its display conditions.
 */
export function operationProperty(resource: string, options: INodePropertyOptions[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options,
		default: defaultOperation,
	};
}

/** A group of fields shown for every operation of `resource`. */
export function forResource(resource: string, fields: INodeProperties[]): INodeProperties[] {
	return updateDisplayOptions({ show: { resource: [resource] } }, fields);
}

export interface ActionNodeParameters {
	/** The choices of the Resource parameter. */
	resources: INodePropertyOptions[];
	defaultResource: string;
	/** Every other parameter: operations and their fields. */
	properties: INodeProperties[];
}

type ActionNodeFrame = Pick<INodeTypeDescription, 'version' | 'inputs' | 'outputs' | 'credentials' | 'requestDefaults' | 'properties'>;

/**
 * What every Vonage action node shares: one main input and output, both credentials, the request
 * defaults, and its parameters in a fixed order. Authentication always comes first because its
 * postReceive is the error handler of every operation (see `authenticationProperty`); building the
 * list here makes that order a property of the code rather than something each node must remember.
 *
 * Spread it into the node's description. Icon, subtitle and usableAsTool stay in the node's own
 * object literal, where n8n's lint rules look for them.
 */
export function vonageActionNode({ resources, defaultResource, properties }: ActionNodeParameters): ActionNodeFrame {
	return {
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: vonageNodeCredentials,
		requestDefaults: vonageRequestDefaults,
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources,
				default: defaultResource,
			},
			...properties,
		],
	};
}

/**
 * The "Using Fields Below / Using JSON" choice in front of a list that can be entered row by row or as a JSON value
 * (e.g. from an expression); the fields after it show for one value or the other.
 */
export function fieldsOrJsonChoice(field: Pick<INodeProperties, 'displayName' | 'name'> & Partial<Pick<INodeProperties, 'description' | 'displayOptions'>>): INodeProperties {
	return {
		displayName: field.displayName,
		name: field.name,
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Using Fields Below', value: 'fields' },
			{ name: 'Using JSON', value: 'json' },
		],
		default: 'fields',
		...(field.description === undefined ? {} : { description: field.description }),
		...(field.displayOptions === undefined ? {} : { displayOptions: field.displayOptions }),
	};
}
