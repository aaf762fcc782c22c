import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodePropertyRouting,
	INodeTypeDescription,
	JsonObject,
	PostReceiveAction,
} from 'n8n-workflow';
import { deepCopy, NodeApiError, NodeHelpers, NodeOperationError, sleep } from 'n8n-workflow';

/*
 * Send runs as a custom operation that reads the same routing as n8n's declarative engine, only with less
 * work per item. Profiles of 1,000 sends in n8n 2.41.1 (BENCHMARKS.md) put 60% of the node's CPU in the
 * engine, not in our hooks: for every item it walks every property of the node twice (once more to find the
 * base URL), evaluates the credential's base-URL expression twice and each routed parameter's expression up
 * to four times (each evaluation a call into n8n's expression isolate), and loads and decrypts the
 * credential from the database once per request. Here:
 * - the routing plan (which properties are shown, which of them route where) depends on the node's
 *   parameters only, so it is made once per run; per item, each routed parameter is read once;
 * - the credential is read once per run and the base URL taken from it in code; every request is
 *   authenticated by the same function the credential type uses;
 * - requests leave while later items are still being prepared, instead of after all of them.
 * What the engine does and the operation relies on is kept: the preSend hooks run per item with an
 * item's context, `operations.pagination` (pacedRequest) sends, every postReceive runs on the answer,
 * n8n's Request Options (batching, timeout, proxy, SSL) apply, and errors and Continue On Fail end up as
 * the engine would leave them. Routing features Send does not use (expressions in routing values other
 * than `{{$index}}` in a property path, declarative postReceive actions, maxResults) are refused when the
 * plan is made; a unit test makes the plan of every Send form so that a new field cannot slip through.
 */

/** Authenticates one request with decrypted credential data, as the credential type's `authenticate` does. */
export type RequestAuthenticator = (credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

export interface LeanRoutingSettings {
	/** The node's description, as n8n loaded it (the properties, request defaults and credentials). */
	description: () => INodeTypeDescription;
	/** `authenticate` of each credential type the node offers. */
	authenticators: Record<string, RequestAuthenticator>;
	/** The base URL from the decrypted credential (what `requestDefaults.baseURL` computes as an expression). */
	baseUrl: (credentials: ICredentialDataDecryptedObject) => string;
}

/** One routed property found while walking the form: where its value is read from and what its routing does. */
interface RoutedStep {
	/** Parameter path to read with getNodeParameter; undefined for option entries (they have no value of their own). */
	parameterPath?: string;
	extractValue: boolean;
	routing: INodePropertyRouting;
	/** Position in a multiple-value fixed collection, for `{{$index}}` in a property path. */
	index?: number;
}

type RequestData = DeclarativeRestApiSettings.ResultOptions;

const INDEX_PLACEHOLDER = /\{\{\s*\$index\s*\}\}/g;

function refuse(node: INode, what: string): never {
	throw new NodeOperationError(node, `Vonage Messages cannot run this form directly: ${what}`, {
		description: 'This is a defect of the node, not of your workflow. Please report it with the node settings you used.',
	});
}

/** Why this routing needs more than the plan does (`{{$index}}` in a property path is the one expression it fills in), or undefined. */
function unsupportedPart(routing: INodePropertyRouting): string | undefined {
	for (const [key, value] of Object.entries(routing.request ?? {})) {
		if (typeof value === 'string' && value.startsWith('=')) return `the request's ${key} is an expression`;
	}
	const send = routing.send;
	if (send?.property?.startsWith('=') && send.property.slice(1).replace(INDEX_PLACEHOLDER, '').includes('{{')) {
		return `the routing property "${send.property}" is an expression`;
	}
	if (send?.value !== undefined) return 'a routing value is an expression';
	if (typeof send?.paginate === 'string') return 'paginate is an expression';
	if (routing.output?.maxResults !== undefined) return 'the output has maxResults';
	for (const action of routing.output?.postReceive ?? []) {
		if (typeof action !== 'function') return `the output has a declarative "${action.type}" action`;
	}
	return undefined;
}

/** Every routed field of these properties (shown or not) whose routing the plan cannot run, with the reason. */
export function unsupportedRouting(properties: Array<INodeProperties | INodePropertyOptions | INodePropertyCollection>, path = ''): string[] {
	const problems: string[] = [];
	for (const property of properties) {
		const name = `${path}${property.name}`;
		const reason = 'routing' in property && property.routing ? unsupportedPart(property.routing) : undefined;
		if (reason) problems.push(`${name}: ${reason}`);
		if ('values' in property && Array.isArray(property.values)) problems.push(...unsupportedRouting(property.values, `${name}.`));
		if ('options' in property && Array.isArray(property.options)) {
			problems.push(...unsupportedRouting(property.options as Array<INodeProperties | INodePropertyOptions | INodePropertyCollection>, `${name}.`));
		}
	}
	return problems;
}

/**
 * The routed properties shown for these parameters, in the engine's order: the same walk as n8n-core's
 * RoutingNode (shown properties, the chosen option of an options list, the set fields of a collection,
 * each entry of a fixed collection), with the parameters as typed in the node (not evaluated), as there.
 */
export function planRouting(description: INodeTypeDescription, node: INode): RoutedStep[] {
	const steps: RoutedStep[] = [];
	const parameters = node.parameters;
	const walk = (property: INodeProperties | INodePropertyOptions, path: string, index: number | undefined): void => {
		const basePath = path ? `${path}.` : '';
		if (!NodeHelpers.displayParameter(parameters, property, node, description, parameters)) return;
		if (property.routing) {
			const reason = unsupportedPart(property.routing);
			if (reason) refuse(node, reason);
			const hasValue = 'type' in property;
			steps.push({
				parameterPath: hasValue ? `${basePath}${property.name}` : undefined,
				extractValue: hasValue && ((property as INodeProperties).extractValue !== undefined || (property as INodeProperties).type === 'resourceLocator'),
				routing: property.routing,
				index,
			});
		}
		if (!('options' in property) || !property.options || !('type' in property)) return;
		if (property.type === 'options') {
			const chosen = NodeHelpers.getParameterValueByPath(parameters, property.name, basePath.slice(0, -1));
			const option = (property.options as INodePropertyOptions[]).find((candidate) => candidate.value === chosen);
			if (option) walk(option, `${basePath}${property.name}`, index);
		} else if (property.type === 'collection') {
			const value = (NodeHelpers.getParameterValueByPath(parameters, property.name, basePath.slice(0, -1)) ?? {}) as IDataObject;
			for (const option of property.options as INodeProperties[]) {
				if (Object.keys(value).includes(option.name) && option.type !== undefined) walk(option, `${basePath}${property.name}`, index);
			}
		} else if (property.type === 'fixedCollection') {
			const collectionPath = `${basePath}${property.name}`;
			for (const group of property.options as INodePropertyCollection[]) {
				const value = NodeHelpers.getParameterValueByPath(parameters, group.name, collectionPath);
				if (value === undefined) continue;
				const entries = Array.isArray(value) ? value.length : 1;
				const groupPath = `${collectionPath}.${group.name}`;
				for (let entry = 0; entry < entries; entry++) {
					for (const field of group.values) {
						walk(field, property.typeOptions?.multipleValues ? `${groupPath}[${entry}]` : groupPath, entry);
					}
				}
			}
		}
	};
	for (const property of description.properties) walk(property, '', undefined);
	return steps;
}

/** Sets `value` at a path such as `sms.content_id` or `failover[1].to`, creating objects and arrays on the way. */
function setAtPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.match(/[^.[\]]+/g) ?? [];
	let current: IDataObject | unknown[] = target;
	keys.forEach((key, position) => {
		const slot: string | number = Array.isArray(current) ? Number(key) : key;
		const container = current as Record<string | number, unknown>;
		if (position === keys.length - 1) {
			// As lodash's merge in the engine: an undefined value does not replace one that is there.
			if (value !== undefined || !(slot in container)) container[slot] = value;
			return;
		}
		if (typeof container[slot] !== 'object' || container[slot] === null) container[slot] = /^\d+$/.test(keys[position + 1]) ? [] : {};
		current = container[slot] as IDataObject | unknown[];
	});
}

/** Deep merge of request options as the engine's lodash merge does for the plain values routing produces. */
function mergeInto(target: IDataObject, source: IDataObject): void {
	for (const [key, value] of Object.entries(source)) {
		const existing = target[key];
		if (value !== null && typeof value === 'object' && !Array.isArray(value) && existing !== null && typeof existing === 'object' && !Array.isArray(existing)) {
			mergeInto(existing as IDataObject, value as IDataObject);
		} else if (value !== undefined || !(key in target)) {
			target[key] = value !== null && typeof value === 'object' ? deepCopy(value as IDataObject) : value;
		}
	}
}

/** The request of one item: the request defaults, then every routed property of the plan, in order. */
function buildRequestData(
	context: IExecuteFunctions,
	steps: RoutedStep[],
	defaults: IDataObject,
	requestOperations: RequestData['requestOperations'],
	itemIndex: number,
): RequestData {
	const requestData: RequestData = {
		options: { qs: {}, body: {}, headers: {}, ...deepCopy(defaults) } as RequestData['options'],
		preSend: [],
		postReceive: [],
		requestOperations: { ...requestOperations },
	};
	const body = () => requestData.options.body as IDataObject;
	for (const step of steps) {
		const value =
			step.parameterPath === undefined ? undefined : context.getNodeParameter(step.parameterPath, itemIndex, undefined, { extractValue: step.extractValue });
		const { routing } = step;
		if (routing.operations) requestData.requestOperations = { ...requestData.requestOperations, ...routing.operations };
		if (routing.request) mergeInto(requestData.options as IDataObject, routing.request as IDataObject);
		const send = routing.send;
		if (send) {
			if (send.property !== undefined) {
				const property = send.property.startsWith('=') ? send.property.slice(1).replace(INDEX_PLACEHOLDER, String(step.index ?? 0)) : send.property;
				const stored = value !== null && typeof value === 'object' ? deepCopy(value) : value;
				const target = send.type === 'body' ? body() : (requestData.options.qs as IDataObject);
				if (send.propertyInDotNotation === false) {
					if (stored !== undefined || !(property in target)) target[property] = stored;
				} else {
					setAtPath(target, property, stored);
				}
			}
			if (send.paginate !== undefined) requestData.paginate ??= Boolean(send.paginate);
			if (send.preSend) requestData.preSend.push(...send.preSend);
		}
		const actions = routing.output?.postReceive;
		if (actions?.length) {
			requestData.postReceive.push({ data: { parameterValue: value as string | IDataObject | undefined }, actions });
		}
	}
	return requestData;
}

interface RequestSettings {
	batching?: { batch?: { batchSize?: number; batchInterval?: number } };
	proxy?: string;
	timeout?: number;
	allowUnauthorizedCerts?: boolean;
}

/**
 * n8n's "Request Options" of a declarative node (proxy, timeout, SSL) as the engine applies them to each
 * request; they are read once per run (the engine reads item 0's for every item too). An invalid proxy
 * fails each item, as there.
 */
function requestOptionsApplier(context: IExecuteFunctions, settings: RequestSettings): (options: RequestData['options']) => void {
	const { proxy, timeout, allowUnauthorizedCerts } = settings;
	let proxyOptions: IHttpRequestOptions['proxy'];
	let proxyError: NodeOperationError | undefined;
	if (proxy) {
		try {
			const parsed = new URL(proxy);
			proxyOptions = {
				host: parsed.hostname,
				port: Number.parseInt(parsed.port, 10),
				protocol: parsed.protocol.replace(/:$/, '') || undefined,
				...(parsed.username ? { auth: { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) } } : {}),
			};
		} catch {
			proxyError = new NodeOperationError(context.getNode(), 'The proxy is not valid', { description: 'The proxy URL does not contain a valid value for "host"' });
		}
	}
	return (options) => {
		if (proxyError) throw proxyError;
		if (proxyOptions) options.proxy = { ...proxyOptions };
		if (allowUnauthorizedCerts) options.skipSslCertificateValidation = allowUnauthorizedCerts;
		options.timeout = timeout || 300_000;
	};
}

/** An item's view of the run's context: what the engine hands each preSend and postReceive hook. */
function itemContext(context: IExecuteFunctions, items: INodeExecutionData[], itemIndex: number): IExecuteSingleFunctions {
	return Object.create(context, {
		getItemIndex: { value: () => itemIndex },
		getInputData: { value: () => items[itemIndex] },
		getNodeParameter: {
			value: (name: string, fallback?: unknown, options?: { extractValue?: boolean }) => context.getNodeParameter(name, itemIndex, fallback, options),
		},
		getCredentials: { value: async (type: string) => await context.getCredentials(type, itemIndex) },
		evaluateExpression: { value: (expression: string) => context.evaluateExpression(expression, itemIndex) },
		getWorkflowDataProxy: { value: () => context.getWorkflowDataProxy(itemIndex) },
	}) as IExecuteSingleFunctions;
}

async function postProcess(single: IExecuteSingleFunctions, response: IN8nHttpFullResponse, requestData: RequestData): Promise<INodeExecutionData[]> {
	let items: INodeExecutionData[] = [{ json: response.body as IDataObject }];
	if (requestData.postReceive.length) {
		for (const { actions } of requestData.postReceive) {
			for (const action of actions) items = await (action as Extract<PostReceiveAction, (...args: never[]) => unknown>).call(single, items, response);
		}
	} else if (Array.isArray(response.body)) {
		items = (response.body as IDataObject[]).map((json) => ({ json }));
	}
	return items;
}

/** Requests leave while later items are prepared: after this many items the run lets the event loop send. */
const ITEMS_BETWEEN_YIELDS = 10;

/**
 * A custom operation that runs a declarative operation of `settings.description()` with the engine's
 * semantics and less work per item (see the comment at the top of this file).
 */
export function leanRoutedOperation(settings: LeanRoutingSettings) {
	return async function (this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const node = this.getNode();
		const description = settings.description();
		const steps = planRouting(description, node);

		const authentication = this.getNodeParameter('authentication', 0, '') as string;
		const offered = description.credentials ?? [];
		const credentialType = (offered.length === 1 ? offered[0] : offered.find((entry) => entry.displayOptions?.show?.authentication?.includes(authentication)))?.name;
		if (!credentialType) throw new NodeOperationError(node, `Node type "${node.type}" does not have any credentials of type "${authentication}" defined`);
		const authenticate = settings.authenticators[credentialType];
		if (!authenticate) refuse(node, `no authenticate function for ${credentialType}`);
		const credentials = await this.getCredentials(credentialType, 0);

		const { requestDefaults = {} } = description;
		const defaults: IDataObject = { ...(requestDefaults as IDataObject), baseURL: settings.baseUrl(credentials) };
		const requestSettings = this.getNodeParameter('requestOptions', 0, {}) as RequestSettings;
		const applyRequestOptions = requestOptionsApplier(this, requestSettings);
		const { batching } = requestSettings;
		const batchSize = (batching?.batch?.batchSize ?? 0) > 0 ? (batching?.batch?.batchSize as number) : 1;
		const batchInterval = batching?.batch?.batchInterval ?? 0;

		const send = async (single: IExecuteSingleFunctions, requestOptions: RequestData['options'], requestData: RequestData): Promise<INodeExecutionData[]> => {
			const authenticated = await authenticate(credentials, { ...requestOptions, returnFullResponse: true } as IHttpRequestOptions);
			const response = (await this.helpers.httpRequest(authenticated)) as IN8nHttpFullResponse;
			return await postProcess(single, response, requestData);
		};

		const runItem = async (itemIndex: number, requestData: RequestData): Promise<INodeExecutionData[]> => {
			const single = itemContext(this, items, itemIndex);
			for (const preSend of requestData.preSend) requestData.options = await preSend.call(single, requestData.options as IHttpRequestOptions);
			const pagination = requestData.requestOperations?.pagination;
			if (requestData.paginate && typeof pagination === 'function') {
				const paginationContext = Object.create(single, {
					makeRoutingRequest: { value: async (data: RequestData) => await send(single, data.options, requestData) },
				}) as IExecutePaginationFunctions;
				return await pagination.call(paginationContext, requestData);
			}
			if (requestData.paginate && pagination) refuse(node, 'declarative pagination');
			return await send(single, requestData.options, requestData);
		};

		const pending: Array<Promise<INodeExecutionData[]>> = [];
		for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
			if (itemIndex > 0 && batchInterval > 0 && itemIndex % batchSize === 0) await sleep(batchInterval);
			let requestData: RequestData;
			try {
				requestData = buildRequestData(this, steps, defaults, description.requestOperations, itemIndex);
				applyRequestOptions(requestData.options);
			} catch (error) {
				const nodeError =
					error instanceof NodeApiError || error instanceof NodeOperationError
						? error
						: new NodeOperationError(node, error instanceof Error ? error : new Error(String(error)), { itemIndex });
				Object.assign(nodeError, { context: { ...(nodeError.context ?? {}), itemIndex, runIndex: 0 } });
				if (this.continueOnFail()) {
					pending.push(Promise.resolve([{ json: {}, error: nodeError }]));
					continue;
				}
				// Requests already on their way finish before the node fails, so none is left running.
				await Promise.allSettled(pending);
				throw nodeError;
			}
			pending.push(runItem(itemIndex, requestData));
			if (itemIndex % ITEMS_BETWEEN_YIELDS === ITEMS_BETWEEN_YIELDS - 1) await sleep(0);
		}

		const settled = await Promise.allSettled(pending);
		const output: INodeExecutionData[] = [];
		settled.forEach((result, itemIndex) => {
			if (result.status === 'fulfilled') {
				for (const item of result.value) output.push({ ...item, pairedItem: item.pairedItem ?? { item: itemIndex } });
				return;
			}
			const reason = result.reason as Error & { statusCode?: number; context?: IDataObject; description?: string; isAxiosError?: boolean; response?: { status?: number } };
			// The engine's own hint for a 429 that reached it (pacedRequest retries them first).
			if (reason?.statusCode === 429) reason.message = "Try spacing your requests out using the batching settings under 'Options'";
			if (this.continueOnFail()) {
				output.push({ json: {}, error: reason as NodeApiError, pairedItem: { item: itemIndex } });
				return;
			}
			if (reason instanceof NodeApiError) {
				reason.context = { ...(reason.context ?? {}), itemIndex, runIndex: 0 };
				throw reason;
			}
			throw new NodeApiError(node, reason as unknown as JsonObject, {
				runIndex: 0,
				itemIndex,
				message: reason?.message,
				description: reason?.description,
				httpCode: reason?.isAxiosError && reason.response ? String(reason.response.status) : 'none',
			});
		});
		return [output];
	};
}
