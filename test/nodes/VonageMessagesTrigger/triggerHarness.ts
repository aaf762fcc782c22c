/**
 * Runs the Vonage Messages Trigger the way n8n does: n8n-core's own WebhookContext and HookContext,
 * so parameters resolve with the node's defaults, credentials come through the credentials helper,
 * static data lives on the Workflow, and helpers.httpRequest / prepareBinaryData are n8n's real ones.
 * Only the HTTP request and response objects (express in n8n) and the logger are test doubles. The node, its
 * workflow and the credential store are the node runner's (test/helpers/runNode.ts); what is here is the webhook's.
 */
import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INode,
	INodeParameters,
	IWebhookData,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	LogMetadata,
	Logger,
	Workflow,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { VonageMessagesTrigger } from '../../../nodes/VonageMessagesTrigger/VonageMessagesTrigger.node';
import { nodeUnderTest, singleNodeWorkflow, testCredentialsHelper } from '../../helpers/runNode';

export const WEBHOOK_ID = '5b0a2c3e-9d41-4e3a-b1de-7f6a0c2d8e19';
export const WEBHOOK_BASE = 'https://n8n.example.com/webhook';
export const WEBHOOK_TEST_BASE = 'https://n8n.example.com/webhook-test';
export const PRODUCTION_URL = `${WEBHOOK_BASE}/${WEBHOOK_ID}/webhook`;
export const TEST_URL = `${WEBHOOK_TEST_BASE}/${WEBHOOK_ID}/webhook`;

export interface LogLine {
	level: 'error' | 'warn' | 'info' | 'debug';
	message: string;
	metadata?: LogMetadata;
}

export interface CapturedResponse {
	statusCode?: number;
	body?: unknown;
	ended: boolean;
}

export interface WebhookCall {
	/** Exactly the bytes Vonage would send. */
	rawBody: string | Buffer;
	headers?: Record<string, string>;
	/** What n8n's body parser made of the body; by default JSON.parse of rawBody, or {} if that fails. */
	parsedBody?: unknown;
	/** Leave out rawBody on the request, as if n8n had not read it. */
	withoutRawBody?: boolean;
}

export interface WebhookOutcome {
	result: IWebhookResponseData;
	response: CapturedResponse;
	logs: LogLine[];
}

export interface TriggerSetup {
	parameters?: INodeParameters;
	/** Credential data by type; the authentication parameter decides which one the node asks for. */
	credentials: Record<string, ICredentialDataDecryptedObject>;
	staticData?: IDataObject;
	workflowId?: string;
}

let workflowCounter = 0;

function capturingLogger(logs: LogLine[]): Logger {
	const at = (level: LogLine['level']) => (message: string, metadata?: LogMetadata) => {
		logs.push({ level, message, metadata });
	};
	return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

/** One trigger node in one workflow; its static data persists across calls like n8n's saved static data. */
export class TriggerHarness {
	readonly nodeType = new VonageMessagesTrigger();

	readonly node: INode;

	readonly workflow: Workflow;

	readonly logs: LogLine[] = [];

	/** The response of the call in progress, to see what Vonage was answered before the call returns. */
	responseInFlight?: CapturedResponse;

	private readonly credentials: Record<string, ICredentialDataDecryptedObject>;

	constructor(setup: TriggerSetup) {
		this.credentials = setup.credentials;
		this.node = nodeUnderTest(this.nodeType, setup.parameters ?? {}, setup.credentials, {
			id: 'trigger-node',
			name: 'Vonage Messages Trigger',
			type: 'n8n-nodes-vonage-messages.vonageMessagesTrigger',
			typeVersion: 1,
			webhookId: WEBHOOK_ID,
		});
		workflowCounter += 1;
		this.workflow = singleNodeWorkflow(this.nodeType, this.node, {
			id: setup.workflowId ?? `trigger-test-workflow-${workflowCounter}`,
			active: true,
			staticData: setup.staticData ?? {},
		});
	}

	/** The node's own static data object (what `getWorkflowStaticData('node')` returns). */
	get nodeStaticData(): IDataObject {
		return this.workflow.getStaticData('node', this.node);
	}

	private additionalData(request?: unknown, response?: unknown): IWorkflowExecuteAdditionalData {
		return {
			credentialsHelper: testCredentialsHelper(this.credentials),
			webhookBaseUrl: WEBHOOK_BASE,
			webhookTestBaseUrl: WEBHOOK_TEST_BASE,
			webhookWaitingBaseUrl: 'https://n8n.example.com/webhook-waiting',
			formWaitingBaseUrl: 'https://n8n.example.com/form-waiting',
			restApiUrl: 'https://n8n.example.com/rest',
			instanceBaseUrl: 'https://n8n.example.com/',
			variables: {},
			httpRequest: request,
			httpResponse: response,
			executionId: 'webhook-execution',
		} as unknown as IWorkflowExecuteAdditionalData;
	}

	private webhookData(): IWebhookData {
		const description = this.nodeType.description.webhooks?.[0];
		if (!description) throw new Error('the trigger has no webhook description');
		return {
			httpMethod: 'POST',
			node: this.node.name,
			path: `${WEBHOOK_ID}/webhook`,
			webhookDescription: description,
			workflowId: this.workflow.id,
			workflowExecuteAdditionalData: this.additionalData(),
			webhookId: WEBHOOK_ID,
		};
	}

	private withLogger<T extends object>(context: T): T {
		Object.defineProperty(context, 'logger', { value: capturingLogger(this.logs) });
		return context;
	}

	/** Calls the trigger's `webhook()` with one request, as n8n does for a POST to its URL. */
	async call(call: WebhookCall, mode: WorkflowExecuteMode = 'webhook'): Promise<WebhookOutcome> {
		const logsBefore = this.logs.length;
		const rawBody = Buffer.isBuffer(call.rawBody) ? call.rawBody : Buffer.from(call.rawBody, 'utf8');
		let parsedBody = call.parsedBody;
		if (parsedBody === undefined) {
			try {
				parsedBody = JSON.parse(rawBody.toString('utf8')) as unknown;
			} catch {
				parsedBody = {};
			}
		}
		const headers = Object.fromEntries(Object.entries({ 'content-type': 'application/json', ...(call.headers ?? {}) }).map(([name, value]) => [name.toLowerCase(), value]));
		const request = {
			method: 'POST',
			headers,
			body: parsedBody,
			query: {},
			params: {},
			rawBody: call.withoutRawBody ? undefined : rawBody,
			readRawBody: async () => undefined,
		};
		const response: CapturedResponse & { status(code: number): unknown; json(body: unknown): unknown; send(body: unknown): unknown; end(): unknown } = {
			ended: false,
			status(code: number) {
				response.statusCode = code;
				return response;
			},
			json(body: unknown) {
				response.body = body;
				response.ended = true;
				return response;
			},
			send(body: unknown) {
				response.body = body;
				response.ended = true;
				return response;
			},
			end() {
				response.ended = true;
				return response;
			},
		};
		this.responseInFlight = response;
		const context = this.withLogger(
			new WebhookContext(this.workflow, this.node, this.additionalData(request, response), mode, this.webhookData(), [], null),
		);
		const result = await this.nodeType.webhook.call(context);
		return { result, response: { statusCode: response.statusCode, body: response.body, ended: response.ended }, logs: this.logs.slice(logsBefore) };
	}

	private hookContext(mode: WorkflowExecuteMode, activation: WorkflowActivateMode): HookContext {
		const webhookData = this.webhookData();
		webhookData.isTest = mode === 'manual';
		return this.withLogger(new HookContext(this.workflow, this.node, this.additionalData(), mode, activation, webhookData));
	}

	async checkExists(mode: WorkflowExecuteMode = 'trigger'): Promise<boolean> {
		return await this.nodeType.webhookMethods.default.checkExists.call(this.hookContext(mode, 'activate'));
	}

	async create(mode: WorkflowExecuteMode = 'trigger'): Promise<boolean> {
		return await this.nodeType.webhookMethods.default.create.call(this.hookContext(mode, 'activate'));
	}

	async delete(mode: WorkflowExecuteMode = 'trigger'): Promise<boolean> {
		return await this.nodeType.webhookMethods.default.delete.call(this.hookContext(mode, 'activate'));
	}

	/** What n8n does on activation: create only when checkExists says the webhook is not there. */
	async activate(mode: WorkflowExecuteMode = 'trigger'): Promise<void> {
		if (!(await this.checkExists(mode))) await this.create(mode);
	}
}
