import type { IDataObject, IHookFunctions, IHttpRequestMethods, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isObject } from '../shared/objects';
import { BASIC_CREDENTIAL, JWT_CREDENTIAL, type AuthKind } from '../shared/auth';
import { vonageApiError } from '../shared/errors';
import { VONAGE_HOSTS, resolveBaseUrl, type VonageHostChoice } from '../shared/hosts';
import { vonageApiResponse } from '../shared/transport';

/**
 * Points the Messages webhooks of a Vonage application at this trigger, and puts back what was
 * there before. The Applications API replaces the whole application on PUT, so the application is
 * read first and sent back unchanged except for the two webhook URLs.
 */

const WEBHOOK_FIELDS = ['inbound_url', 'status_url'] as const;
type WebhookField = (typeof WEBHOOK_FIELDS)[number];

const FIELD_LABEL: Record<WebhookField, string> = { inbound_url: 'Inbound URL', status_url: 'Status URL' };

const STATIC_DATA_FIELD = 'registration';

/** What the trigger remembers between activation and deactivation (workflow static data). */
interface RegistrationRecord {
	applicationId: string;
	webhookUrl: string;
	/** The webhook objects found before registration; `null` where the application had none. */
	previous: Record<WebhookField, IDataObject | null>;
}

interface ApplicationsTarget {
	baseUrl: string;
	applicationId: string;
}

function addressOf(webhook: unknown): string {
	return isObject(webhook) && typeof webhook.address === 'string' ? webhook.address.trim() : '';
}

function messagesWebhooks(application: IDataObject): IDataObject | undefined {
	const messages = isObject(application.capabilities) ? application.capabilities.messages : undefined;
	if (!isObject(messages)) return undefined;
	if (!isObject(messages.webhooks)) messages.webhooks = {};
	return messages.webhooks as IDataObject;
}

export function isRegistrationEnabled(context: IHookFunctions): boolean {
	return context.getNodeParameter('registerWebhooks', true) as boolean;
}

function readRecord(context: IHookFunctions): RegistrationRecord | undefined {
	const stored = context.getWorkflowStaticData('node')[STATIC_DATA_FIELD];
	if (!isObject(stored) || typeof stored.applicationId !== 'string' || typeof stored.webhookUrl !== 'string' || !isObject(stored.previous)) {
		return undefined;
	}
	const previous = stored.previous;
	const pick = (field: WebhookField) => (isObject(previous[field]) ? (previous[field] as IDataObject) : null);
	return { applicationId: stored.applicationId, webhookUrl: stored.webhookUrl, previous: { inbound_url: pick('inbound_url'), status_url: pick('status_url') } };
}

function ownWebhookUrl(context: IHookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n did not provide a webhook URL for this trigger');
	return url;
}

async function resolveTarget(context: IHookFunctions, applicationIdOverride?: string): Promise<ApplicationsTarget> {
	const node = context.getNode();
	const authKind = context.getNodeParameter('authentication', 'jwt') as AuthKind;
	const credentials = await context.getCredentials(authKind === 'jwt' ? JWT_CREDENTIAL : BASIC_CREDENTIAL);
	const apiKey = String(credentials.apiKey ?? '').trim();
	const apiSecret = String(credentials.apiSecret ?? '').trim();
	if (!apiKey || !apiSecret) {
		throw new NodeOperationError(node, 'Registering the webhook needs your Vonage API key and secret', {
			description:
				'Vonage lets only the API key and secret change an application\'s webhook URLs. Add the optional API Key and API Secret to your Vonage Messages JWT API credential, or turn off "Register Webhooks" and set the Inbound and Status URLs of your application in the Vonage Dashboard.',
		});
	}

	const applicationId = (
		applicationIdOverride ??
		(authKind === 'jwt' ? String(credentials.applicationId ?? '') : String(context.getNodeParameter('applicationId', '')))
	).trim();
	if (!applicationId) {
		throw new NodeOperationError(node, 'Application ID is empty', {
			description:
				'Enter the ID of the Vonage application whose webhooks this trigger should receive (Vonage Dashboard > Applications), or turn off "Register Webhooks".',
		});
	}

	const host = (credentials.host as VonageHostChoice | undefined) ?? 'global';
	if (host === 'sandbox') {
		throw new NodeOperationError(node, 'The Messages Sandbox has no application to register on', {
			description:
				'Sandbox webhooks are set on the Messages Sandbox page of the Vonage Dashboard. Turn off "Register Webhooks" and paste this trigger\'s Production URL into the sandbox\'s Inbound and Status fields.',
		});
	}
	// Applications belong to the account, not to a region: the Applications API is served globally.
	const baseUrl = host === 'custom' ? resolveBaseUrl({ host, customBaseUrl: String(credentials.customBaseUrl ?? '') }) : VONAGE_HOSTS.global;
	if (!baseUrl) {
		throw new NodeOperationError(node, 'The credential\'s Custom Base URL is empty', {
			description: 'Enter the Custom Base URL in the credential, or choose another API Host.',
		});
	}
	return { baseUrl, applicationId };
}

/**
 * One Applications API call through the same client as every other request (transport.ts). Vonage lets
 * only the API key and secret change an application, so Basic auth is required: a JWT credential serves
 * it with its optional API key and secret (checked by `resolveTarget`).
 */
async function callApplicationsApi(
	context: IHookFunctions,
	target: ApplicationsTarget,
	method: IHttpRequestMethods,
	body?: IDataObject,
): Promise<IN8nHttpFullResponse> {
	const path = `/v2/applications/${encodeURIComponent(target.applicationId)}`;
	try {
		return await vonageApiResponse(context, method, path, { body, requiredAuth: 'basic', baseUrl: target.baseUrl });
	} catch (error) {
		throw new NodeApiError(context.getNode(), (error ?? {}) as JsonObject, {
			message: `Could not reach the Vonage Applications API (${method} ${target.baseUrl}${path})`,
			description: 'Check the API Host of the credential and that n8n can reach it.',
		});
	}
}

function applicationsError(context: IHookFunctions, response: IN8nHttpFullResponse, target: ApplicationsTarget, action: string): NodeApiError {
	const error = vonageApiError(context.getNode(), response, 'basic');
	const hint =
		response.statusCode === 404
			? `Vonage has no application with ID "${target.applicationId}" in the account of this API key. Check the application ID (Vonage Dashboard > Applications).`
			: `The trigger could not ${action} application "${target.applicationId}".`;
	error.description = [hint, error.description].filter(Boolean).join('\n\n');
	return error;
}

async function readApplication(context: IHookFunctions, target: ApplicationsTarget): Promise<IDataObject> {
	const response = await callApplicationsApi(context, target, 'GET');
	if (response.statusCode >= 400) throw applicationsError(context, response, target, 'read');
	if (!isObject(response.body)) {
		throw new NodeOperationError(context.getNode(), `Vonage answered the request for application "${target.applicationId}" without an application`, {
			description: 'Check that the credential\'s API Host points at the Vonage API.',
		});
	}
	return response.body;
}

async function writeApplication(context: IHookFunctions, target: ApplicationsTarget, application: IDataObject): Promise<void> {
	const response = await callApplicationsApi(context, target, 'PUT', application);
	if (response.statusCode >= 400) throw applicationsError(context, response, target, 'update');
}

/** True only when the application sends both inbound messages and status events to this trigger by POST. */
export async function webhookExists(this: IHookFunctions): Promise<boolean> {
	if (!isRegistrationEnabled(this)) return false;
	const target = await resolveTarget(this);
	const application = await readApplication(this, target);
	const webhooks = messagesWebhooks(application);
	if (!webhooks) return false;
	const ownUrl = ownWebhookUrl(this);
	return WEBHOOK_FIELDS.every((field) => {
		const webhook = webhooks[field];
		const method = isObject(webhook) && typeof webhook.http_method === 'string' ? webhook.http_method.toUpperCase() : 'POST';
		return addressOf(webhook) === ownUrl && method === 'POST';
	});
}

/** An address that is one of this trigger node's own URLs (its test or production URL). */
function belongsToThisTrigger(context: IHookFunctions, address: string, ownUrl: string): boolean {
	if (address === ownUrl) return true;
	const webhookId = context.getNode().webhookId;
	return Boolean(webhookId) && address.includes(`/${webhookId}/`);
}

export async function registerWebhooks(this: IHookFunctions): Promise<boolean> {
	if (!isRegistrationEnabled(this)) return true;
	const node = this.getNode();
	const target = await resolveTarget(this);
	const ownUrl = ownWebhookUrl(this);
	const application = await readApplication(this, target);
	const name = typeof application.name === 'string' ? application.name : target.applicationId;

	const updated = JSON.parse(JSON.stringify(application)) as IDataObject;
	const webhooks = messagesWebhooks(updated);
	if (!webhooks) {
		throw new NodeOperationError(node, `The Vonage application "${name}" has no Messages capability`, {
			description:
				'Vonage Dashboard > Applications > edit the application: turn on Messages, save, then activate the workflow again. The trigger only changes the URLs of an application that already uses the Messages API.',
		});
	}

	const takeOver = this.getNodeParameter('takeOverWebhooks', false) as boolean;
	const foreign = WEBHOOK_FIELDS.filter((field) => {
		const address = addressOf(webhooks[field]);
		return address !== '' && !belongsToThisTrigger(this, address, ownUrl);
	});
	if (foreign.length && !takeOver) {
		const list = foreign.map((field) => `${FIELD_LABEL[field]}: ${addressOf(webhooks[field])}`).join('\n');
		throw new NodeOperationError(node, `The Vonage application "${name}" already sends its messages elsewhere`, {
			description: `${list}\n\nTo let this trigger replace these URLs (and put them back when the workflow is deactivated), turn on "Take Over Existing Webhooks". To keep them, use another application, or turn off "Register Webhooks" and route the webhooks yourself.`,
		});
	}

	// Re-registering over our own URL must not make our URL the one to restore later.
	const earlier = readRecord(this);
	const previous = {} as Record<WebhookField, IDataObject | null>;
	for (const field of WEBHOOK_FIELDS) {
		const current = webhooks[field];
		const keepEarlier = addressOf(current) === ownUrl && earlier?.applicationId === target.applicationId;
		previous[field] = keepEarlier
			? (earlier?.previous[field] ?? null)
			: isObject(current)
				? (JSON.parse(JSON.stringify(current)) as IDataObject)
				: null;
		webhooks[field] = { ...(isObject(current) ? current : {}), address: ownUrl, http_method: 'POST' };
	}

	await writeApplication(this, target, updated);
	const record: RegistrationRecord = { applicationId: target.applicationId, webhookUrl: ownUrl, previous };
	this.getWorkflowStaticData('node')[STATIC_DATA_FIELD] = record as unknown as IDataObject;
	return true;
}

/**
 * Puts back the URLs found at registration, but only where the application still points at this
 * trigger: a URL someone changed in the meantime is left alone.
 */
export async function unregisterWebhooks(this: IHookFunctions): Promise<boolean> {
	const staticData = this.getWorkflowStaticData('node');
	const record = readRecord(this);
	if (!record) return true;

	const target = await resolveTarget(this, record.applicationId);
	const response = await callApplicationsApi(this, target, 'GET');
	if (response.statusCode === 404) {
		// The application is gone: there is nothing left to restore.
		delete staticData[STATIC_DATA_FIELD];
		return true;
	}
	if (response.statusCode >= 400) throw applicationsError(this, response, target, 'read');
	if (!isObject(response.body)) {
		throw new NodeOperationError(this.getNode(), `Vonage answered the request for application "${target.applicationId}" without an application`);
	}

	const application = response.body;
	const webhooks = messagesWebhooks(application);
	let changed = false;
	if (webhooks) {
		for (const field of WEBHOOK_FIELDS) {
			if (addressOf(webhooks[field]) !== record.webhookUrl) continue;
			const previous = record.previous[field];
			if (previous) webhooks[field] = previous;
			else delete webhooks[field];
			changed = true;
		}
	}
	if (changed) await writeApplication(this, target, application);
	delete staticData[STATIC_DATA_FIELD];
	return true;
}
