import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { listOrIdLocator } from '../../shared/locator';
import { fillPathTemplate } from '../../shared/transport';
import { type JsonInput, InputError, normalizePhoneNumber, refuse, requireText } from '../../shared/validation';

// What several resources of the Channel Manager node share: output shaping of every resource, then what the RCS
// resources share, then what the WhatsApp resources share. What one resource needs stays in its own folder.

// ----- Every resource -----

/** Turns a full API record into the fields the Simplify toggle keeps. */
export type Simplifier = (record: IDataObject) => IDataObject;

/** postReceive for single-record answers with a Simplify toggle. */
export function simplifyResponse(simplify: Simplifier) {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!this.getNodeParameter('simplify', true)) return items;
		return items.map((item) => ({ ...item, json: simplify(item.json) }));
	};
}

/** `mapRecords` for a paginated list with a Simplify toggle. */
export function simplifyRecords(simplify: Simplifier) {
	return function (this: IExecuteSingleFunctions, records: IDataObject[]): IDataObject[] {
		return this.getNodeParameter('simplify', true) ? records.map(simplify) : records;
	};
}

/** The order option of a list the API sorts by its `order` query parameter; `records` names what is listed. */
export function sortOrderOption(records: string): INodeProperties {
	return {
		displayName: 'Sort Order',
		name: 'order',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: 'asc',
		description: `The order in which Vonage returns the ${records}`,
		routing: { send: { type: 'query', property: 'order' } },
	};
}

/** Turns a response's list property into one item per record. */
export function splitList(listOf: (body: unknown) => IDataObject[]) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const itemIndex = this.getItemIndex();
		return listOf(response.body).map((record) => ({ json: record, pairedItem: { item: itemIndex } }));
	};
}

/** The most results a Get Many may output: all of them, or the Limit. */
function maxResults(context: IExecuteSingleFunctions): number {
	if (context.getNodeParameter('returnAll', false) as boolean) return Number.POSITIVE_INFINITY;
	const limit = context.getNodeParameter('limit', 50) as number;
	return Math.max(1, Math.floor(limit));
}

/** postReceive of lists Vonage answers in one response (no paging): cuts them down to the Limit. */
export async function keepWithinLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const max = maxResults(this);
	return Number.isFinite(max) ? items.slice(0, max) : items;
}

/** Splits a comma-separated text or a list into trimmed, non-empty entries. */
export function listOf(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? String(value).split(',') : [];
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry.length > 0);
}

// ----- RCS resources -----

export const RCS_BASE = '/v1/channel-manager/rcs';

/** Reads a parameter as trimmed text; resource locators give their value. */
export function textParameter(context: IExecuteSingleFunctions, name: string): string {
	const value = context.getNodeParameter(name, '', { extractValue: true }) as unknown;
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return String(value);
	return '';
}

export interface PathParameter {
	/** Node parameter that holds the value (a string or a resource locator). */
	parameter: string;
	label: string;
	example: string;
}

/**
 * preSend that fills `{placeholder}` segments of the operation's URL, so the URL in the description
 * reads like the API reference and an empty identifier is refused before anything is sent.
 */
export function fillPath(placeholders: Record<string, PathParameter>) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = fillPathTemplate(requestOptions.url, (name) => {
			const placeholder = placeholders[name];
			return placeholder && requireText(this, placeholder.label, textParameter(this, placeholder.parameter), undefined, `Enter ${placeholder.label}, e.g. ${placeholder.example}.`);
		});
		return { ...requestOptions, url };
	};
}

/** The `{agent_id}` of an agent's path, from the Agent field. */
export const AGENT_ID_PATH: PathParameter = { parameter: 'agentId', label: 'Agent', example: '78d335fa-323d-0114-9c3d-d6f0d48968cf' };

/** The `{brand_id}` of a brand's path, from the Brand field. */
export const BRAND_ID_PATH: PathParameter = { parameter: 'brandId', label: 'Brand', example: '78d335fa-323d-0114-9c3d-d6f0d48968cf' };

/** The `{sender_id}` of an agent's path, from the Agent Sender ID field. */
export const SENDER_ID_PATH: PathParameter = { parameter: 'senderId', label: 'Agent Sender ID', example: 'ExampleCo-RCSAgent-1' };

/** A phone number as Vonage's RCS endpoints show it: E.164 with a leading "+". */
export function plusE164(context: IExecuteSingleFunctions, label: string, value: unknown): string {
	return `+${normalizePhoneNumber(context, label, value)}`;
}

const UUID_PATTERN = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** The agent's sender ID (what Messages uses as "from"), picked from the agents list or typed. */
export const senderIdLocator: INodeProperties = listOrIdLocator({
	displayName: 'Agent Sender ID',
	name: 'senderId',
	description: 'The sender ID of your RCS agent, the value you send RCS messages from',
	searchListMethod: 'searchRcsAgentSenderIds',
	typed: {
		displayName: 'By Sender ID',
		placeholder: 'e.g. ExampleCo-RCSAgent-1',
		pattern: { regex: '^\\S+$', errorMessage: 'A sender ID has no spaces' },
	},
});

export const agentLocator: INodeProperties = listOrIdLocator({
	displayName: 'Agent',
	name: 'agentId',
	description: 'The RCS agent',
	searchListMethod: 'searchRcsAgents',
	typed: {
		placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
		pattern: { regex: UUID_PATTERN, errorMessage: 'An agent ID looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf' },
	},
});

export const brandLocator: INodeProperties = listOrIdLocator({
	displayName: 'Brand',
	name: 'brandId',
	description: 'The RCS brand',
	searchListMethod: 'searchRcsBrands',
	typed: {
		placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
		pattern: { regex: UUID_PATTERN, errorMessage: 'A brand ID looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf' },
	},
});

// ----- WhatsApp resources -----

/** Path prefix of the WhatsApp endpoints of the Channel Manager API. */
export const WHATSAPP_PATH = '/v1/channel-manager/whatsapp';

export const WABAS_PATH = `${WHATSAPP_PATH}/wabas`;

export const WABA_LOCATOR_NAME = 'wabaId';
export const NUMBER_LOCATOR_NAME = 'phoneNumber';

/** The WhatsApp Business Account picker: a searchable list from the API, or the ID typed in. */
export function wabaLocator(description = 'The WhatsApp Business Account (WABA)'): INodeProperties {
	return listOrIdLocator({
		displayName: 'WhatsApp Business Account',
		name: WABA_LOCATOR_NAME,
		description,
		searchListMethod: 'searchWhatsappBusinessAccounts',
		typed: {
			placeholder: 'e.g. 345688589250625',
			pattern: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A WABA ID has digits only, e.g. 345688589250625' },
		},
	});
}

/** The WhatsApp number picker: numbers of the chosen WABA (or of every WABA), or the number typed in. */
export function numberLocator(description: string): INodeProperties {
	return listOrIdLocator({
		displayName: 'WhatsApp Number',
		name: NUMBER_LOCATOR_NAME,
		description,
		searchListMethod: 'searchWhatsappNumbers',
		typed: {
			displayName: 'By Number',
			placeholder: 'e.g. 447700900000',
			pattern: {
				regex: '^\\s*(\\+|00)?[1-9][\\d\\s().-]{5,20}$',
				errorMessage: 'Enter the number in international format, e.g. 447700900000',
			},
		},
	});
}

/** Reads a parameter the way the declarative engine does: a resource locator gives its value. */
function parameterValue(context: IExecuteSingleFunctions, name: string): unknown {
	return context.getNodeParameter(name, '', { extractValue: true });
}

function requireWabaId(context: IExecuteSingleFunctions): string {
	const raw = parameterValue(context, WABA_LOCATOR_NAME);
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	const fix =
		'Pick the account from the list, or enter its numeric WABA ID as shown in Meta Business Manager (WhatsApp Accounts), e.g. 345688589250625.';
	if (!value) throw refuse(context, 'WhatsApp Business Account', value, 'is required', fix);
	if (!/^\d+$/.test(value)) {
		throw refuse(context, 'WhatsApp Business Account', value, 'is not a WABA ID', fix);
	}
	return value;
}

function requireSubscriptionId(context: IExecuteSingleFunctions): string {
	const raw = parameterValue(context, 'subscriptionId');
	const value = typeof raw === 'string' ? raw.trim() : '';
	const fix = 'Enter the ID of the subscription, e.g. 9fa85698-c92a-4786-be0e-b5a489425120. The Get Many operation lists the subscriptions with their IDs.';
	if (!value) throw refuse(context, 'Subscription ID', value, 'is required', fix);
	if (/[\s/?#]/.test(value)) {
		throw refuse(context, 'Subscription ID', value, 'is not a subscription ID', fix);
	}
	return value;
}

const PATH_PARAMETERS: Record<string, (context: IExecuteSingleFunctions) => string> = {
	wabaId: requireWabaId,
	phoneNumber: (context) => normalizePhoneNumber(context, 'WhatsApp Number', parameterValue(context, NUMBER_LOCATOR_NAME)),
	subscriptionId: requireSubscriptionId,
};

/**
 * preSend that fills the path template ("/wabas/{wabaId}") from the node's parameters. An empty or
 * malformed identifier would otherwise produce another endpoint's URL (".../wabas/" lists every
 * WABA), so each one is checked and refused with a message before anything is sent.
 */
export function requestPath(template: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = fillPathTemplate(template, (name) => {
			const resolve = PATH_PARAMETERS[name];
			if (!resolve) throw new InputError(this.getNode(), `Unknown path parameter ${name}`);
			return resolve(this);
		});
		return { ...requestOptions, url };
	};
}

/** The Simplify toggle of an operation; `kept` names the fields simplified output keeps. */
export function simplifyProperty(kept: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of the response instead of the raw data. Simplified output keeps ${kept}.`,
	};
}

/** The Options collection of a WhatsApp list the API sorts: Sort Order. */
export function sortedListOptions(): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [sortOrderOption('records')],
	};
}

const OTHER_FIELDS_FIX = 'Enter a JSON object, e.g. {"field": "value"}, or leave Other Fields (JSON) empty.';

/** "Other Fields (JSON)": optional; anything but an object, also text that does not parse, is "not a JSON object". */
export const OTHER_FIELDS_JSON: JsonInput = {
	shape: 'object',
	example: '{"field": "value"}',
	emptyIsObject: true,
	wording: { unparsable: 'is not a JSON object', fixUnparsable: OTHER_FIELDS_FIX, fixShape: OTHER_FIELDS_FIX, quoteTyped: true },
};
