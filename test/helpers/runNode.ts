/**
 * The one node runner of the tests: runs our nodes the way n8n does, inside n8n-core's own contexts. An action
 * node's execution goes through n8n-core's RoutingNode (or its custom operation), a list search through
 * LoadOptionsContext, and the trigger harness (test/nodes/VonageMessagesTrigger/triggerHarness.ts) builds its
 * webhook and hook contexts from the same node, workflow and credential store. Requests go through n8n-core's
 * HTTP helpers; only the credential store is ours: it hands the test credentials to the credential type's own
 * `authenticate`.
 */
import { ExecuteContext, LoadOptionsContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeExecutionData,
	INodeListSearchResult,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';

import { VonageMessagesBasicApi } from '../../credentials/VonageMessagesBasicApi.credentials';
import { VonageMessagesJwtApi } from '../../credentials/VonageMessagesJwtApi.credentials';

export const credentialTypes: Record<string, ICredentialType> = {
	vonageMessagesBasicApi: new VonageMessagesBasicApi(),
	vonageMessagesJwtApi: new VonageMessagesJwtApi(),
};

/** Credential data by credential type name. */
export type TestCredentials = Record<string, ICredentialDataDecryptedObject>;

/**
 * The credentials helper n8n gives a node's context, holding `credentials`: it decrypts nothing and calls the
 * credential type's own `authenticate`, as n8n's does.
 */
export function testCredentialsHelper(credentials: TestCredentials): IWorkflowExecuteAdditionalData['credentialsHelper'] {
	return {
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		getDecrypted: async (_data: unknown, _nodeCredentials: unknown, type: string) => {
			const data = credentials[type];
			if (!data) throw new Error(`test has no credential of type ${type}`);
			return { ...data };
		},
		preAuthentication: async () => undefined,
		runPreAuthentication: async () => undefined,
		authenticate: async (data: ICredentialDataDecryptedObject, type: string, requestOptions: IHttpRequestOptions) => {
			const authenticate = credentialTypes[type]?.authenticate;
			if (typeof authenticate !== 'function') throw new Error(`credential ${type} has no authenticate function`);
			return await authenticate(data, requestOptions);
		},
		getCredentialsProperties: (type: string) => credentialTypes[type]?.properties ?? [],
	} as unknown as IWorkflowExecuteAdditionalData['credentialsHelper'];
}

/**
 * The node as a saved workflow holds it: `parameters` completed with the description's defaults (as the editor
 * does), and a reference to each credential of `credentials`. `overrides` sets what a test needs besides (id, name,
 * webhookId, error handling).
 */
export function nodeUnderTest(nodeType: INodeType, parameters: INodeParameters, credentials: TestCredentials, overrides: Partial<INode> = {}): INode {
	const description = nodeType.description;
	return {
		id: 'node-under-test',
		name: description.defaults.name ?? description.displayName,
		type: `n8n-nodes-vonage-messages.${description.name}`,
		typeVersion: Array.isArray(description.version) ? description.version[description.version.length - 1] : description.version,
		position: [0, 0],
		parameters: NodeHelpers.getNodeParameters(description.properties, parameters, true, false, null, description) ?? {},
		credentials: Object.fromEntries(Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: `${type} test` }])),
		...overrides,
	};
}

export interface WorkflowOptions {
	id?: string;
	active?: boolean;
	staticData?: IDataObject;
}

/** A workflow of the one node, whose node types know only `nodeType`. */
export function singleNodeWorkflow(nodeType: INodeType, node: INode, options: WorkflowOptions = {}): Workflow {
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	return new Workflow({
		id: options.id ?? 'test-workflow',
		name: 'test',
		nodes: [node],
		connections: {},
		active: options.active ?? false,
		nodeTypes,
		staticData: options.staticData,
	});
}

/** What n8n passes every context besides the node: the credential store and the instance's URLs. */
export function testAdditionalData(credentials: TestCredentials, extra: Record<string, unknown> = {}): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: testCredentialsHelper(credentials),
		hooks: undefined,
		restApiUrl: 'http://127.0.0.1/rest',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		instanceBaseUrl: 'http://127.0.0.1/',
		currentNodeParameters: undefined,
		executionTimeoutTimestamp: undefined,
		userId: 'test-user',
		setExecutionStatus: () => undefined,
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface RunNodeOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	/** Credential data by credential type name. */
	credentials: TestCredentials;
	items?: IDataObject[];
	continueOnFail?: boolean;
	executionId?: string;
}

export interface RunNodeResult {
	items: INodeExecutionData[];
	/** When the node put the execution to wait (Send and Wait), until when. */
	waitTill?: Date;
}

/** Runs the node once over the given items and returns its first output. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const { nodeType } = options;
	const node = nodeUnderTest(nodeType, options.parameters, options.credentials, {
		continueOnFail: options.continueOnFail,
		onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
	});
	const workflow = singleNodeWorkflow(nodeType, node);
	const items: INodeExecutionData[] = (options.items ?? [{}]).map((json, index) => ({ json, pairedItem: { item: index } }));
	const inputData = { main: [items] };
	const executeData: IExecuteData = { node, data: inputData, source: null };
	const runExecutionData: IRunExecutionData = createRunExecutionData();
	const additionalData = testAdditionalData(options.credentials, options.executionId ? { executionId: options.executionId } : {});
	const context = new ExecuteContext(workflow, node, additionalData, 'manual', runExecutionData, 0, items, inputData, executeData, []);
	// As n8n's WorkflowExecute does: an operation listed in customOperations runs as code, every other through routing.
	const { resource, operation } = node.parameters as { resource?: string; operation?: string };
	const customOperation = resource && operation ? nodeType.customOperations?.[resource]?.[operation] : undefined;
	const output = customOperation
		? ((await customOperation.call(context)) as INodeExecutionData[][])
		: await new RoutingNode(context, nodeType).runNode();
	return { items: output?.[0] ?? [], waitTill: runExecutionData.waitTill };
}

export interface RunListSearchOptions {
	nodeType: INodeType;
	/** Name of the method in `methods.listSearch`. */
	method: string;
	/** The node's parameters as the user set them so far (e.g. authentication, provider). */
	parameters: INodeParameters;
	credentials: TestCredentials;
	filter?: string;
	paginationToken?: string;
}

type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

/** Runs a node's `methods.listSearch` method the way the editor does, with the node's current parameters. */
export async function runListSearch(options: RunListSearchOptions): Promise<INodeListSearchResult> {
	const { nodeType } = options;
	const node = nodeUnderTest(nodeType, options.parameters, options.credentials);
	const workflow = singleNodeWorkflow(nodeType, node);
	const additionalData = testAdditionalData(options.credentials, { currentNodeParameters: node.parameters });
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const method = (nodeType.methods?.listSearch as Record<string, ListSearchMethod> | undefined)?.[options.method];
	if (!method) throw new Error(`${nodeType.description.name} has no listSearch method ${options.method}`);
	return await method.call(context, options.filter, options.paginationToken);
}
