/**
 * Runs one of our declarative nodes the way n8n does: n8n-core's RoutingNode builds and sends each
 * item's request from the node description, through n8n-core's HTTP helpers. Only the credential
 * store is ours: it hands the test credentials to the credential type's own `authenticate`.
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
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

export interface RunNodeOptions {
	nodeType: INodeType;
	parameters: INodeParameters;
	/** Credential data by credential type name. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	items?: IDataObject[];
	continueOnFail?: boolean;
	executionId?: string;
}

export interface RunNodeResult {
	items: INodeExecutionData[];
}

function nodeTypesFor(nodeType: INodeType): INodeTypes {
	return {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
}

function additionalDataFor(credentials: Record<string, ICredentialDataDecryptedObject>): IWorkflowExecuteAdditionalData {
	const credentialsHelper = {
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
			const credentialType = credentialTypes[type];
			const authenticate = credentialType?.authenticate;
			if (typeof authenticate !== 'function') throw new Error(`credential ${type} has no authenticate function`);
			return await authenticate(data, requestOptions);
		},
		getCredentialsProperties: (type: string) => credentialTypes[type]?.properties ?? [],
	};
	return {
		credentialsHelper,
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
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** Runs the node once over the given items and returns its first output. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const { nodeType } = options;
	const description = nodeType.description;
	const resolvedParameters =
		NodeHelpers.getNodeParameters(description.properties, options.parameters, true, false, null, description) ?? {};
	const credentialEntries = Object.keys(options.credentials).map((type) => [type, { id: `${type}-id`, name: `${type} test` }]);
	const node: INode = {
		id: 'node-under-test',
		name: description.defaults.name ?? description.displayName,
		type: `n8n-nodes-vonage-messages.${description.name}`,
		typeVersion: Array.isArray(description.version) ? description.version[description.version.length - 1] : description.version,
		position: [0, 0],
		parameters: resolvedParameters,
		credentials: Object.fromEntries(credentialEntries),
		continueOnFail: options.continueOnFail,
		onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
	};
	const workflow = new Workflow({
		id: 'test-workflow',
		name: 'test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: nodeTypesFor(nodeType),
	});
	const items: INodeExecutionData[] = (options.items ?? [{}]).map((json, index) => ({ json, pairedItem: { item: index } }));
	const inputData = { main: [items] };
	const executeData: IExecuteData = { node, data: inputData, source: null };
	const runExecutionData: IRunExecutionData = createRunExecutionData();
	const additionalData = additionalDataFor(options.credentials);
	if (options.executionId) (additionalData as unknown as { executionId: string }).executionId = options.executionId;
	const context = new ExecuteContext(workflow, node, additionalData, 'manual', runExecutionData, 0, items, inputData, executeData, []);
	const routingNode = new RoutingNode(context, nodeType);
	const output = await routingNode.runNode();
	return { items: output?.[0] ?? [] };
}
