/**
 * Runs a node's `methods.listSearch` method the way the n8n editor does: inside n8n-core's
 * LoadOptionsContext, with the node's current parameters, so requests go through n8n's real
 * `httpRequestWithAuthentication` and the credential type's own `authenticate`.
 */
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { credentialTypes } from './runNode';

export interface RunListSearchOptions {
	nodeType: INodeType;
	/** Name of the method in `methods.listSearch`. */
	method: string;
	/** The node's parameters as the user set them so far (e.g. authentication, provider). */
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	filter?: string;
	paginationToken?: string;
}

type ListSearchMethod = (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>;

export async function runListSearch(options: RunListSearchOptions): Promise<INodeListSearchResult> {
	const { nodeType } = options;
	const description = nodeType.description;
	const parameters = NodeHelpers.getNodeParameters(description.properties, options.parameters, true, false, null, description) ?? {};
	const node: INode = {
		id: 'node-under-test',
		name: description.defaults.name ?? description.displayName,
		type: `n8n-nodes-vonage-messages.${description.name}`,
		typeVersion: Array.isArray(description.version) ? description.version[description.version.length - 1] : description.version,
		position: [0, 0],
		parameters,
		credentials: Object.fromEntries(Object.keys(options.credentials).map((type) => [type, { id: `${type}-id`, name: `${type} test` }])),
	};
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ id: 'test-workflow', name: 'test', nodes: [node], connections: {}, active: false, nodeTypes });
	const credentialsHelper = {
		getParentTypes: () => [],
		isCredentialUsableByNode: () => true,
		getDecrypted: async (_data: unknown, _nodeCredentials: unknown, type: string) => {
			const data = options.credentials[type];
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
	};
	const additionalData = {
		credentialsHelper,
		currentNodeParameters: parameters,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		variables: {},
		userId: 'test-user',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const method = (nodeType.methods?.listSearch as Record<string, ListSearchMethod> | undefined)?.[options.method];
	if (!method) throw new Error(`${description.name} has no listSearch method ${options.method}`);
	return await method.call(context, options.filter, options.paginationToken);
}
