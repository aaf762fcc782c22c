import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { CREDENTIAL_LABEL, type AuthKind } from './auth';

/** A Vonage error with what the retry logic needs to know about it. */
export class VonageApiError extends NodeApiError {
	/** Seconds Vonage asked us to wait (Retry-After), when it said so. */
	retryAfterSeconds?: number;
}

interface InvalidParameter {
	name?: string;
	reason?: string;
}

function asText(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim()) return value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}

/** Collects Vonage's invalid parameters from every error body shape its APIs use. */
function invalidParameters(body: IDataObject): string[] {
	const lists = [body.invalid_parameters, body.errors, body.invalid_params].filter(Array.isArray) as unknown[][];
	const lines: string[] = [];
	for (const list of lists) {
		for (const entry of list) {
			if (typeof entry === 'string') {
				lines.push(entry);
			} else if (entry && typeof entry === 'object') {
				const parameter = entry as InvalidParameter & IDataObject;
				const name = asText(parameter.name) ?? asText(parameter.param) ?? asText(parameter.field) ?? asText(parameter.parameter);
				const reason = asText(parameter.reason) ?? asText(parameter.message) ?? asText(parameter.detail) ?? asText(parameter.code);
				if (name || reason) lines.push(name ? `${name}: ${reason ?? 'invalid'}` : String(reason));
			}
		}
	}
	return lines;
}

export function parseRetryAfter(headerValue: unknown, nowMs = Date.now()): number | undefined {
	const text = asText(Array.isArray(headerValue) ? headerValue[0] : headerValue);
	if (!text) return undefined;
	const seconds = Number(text);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds;
	const date = Date.parse(text);
	if (!Number.isNaN(date)) return Math.max(0, (date - nowMs) / 1000);
	return undefined;
}

function bodyAsObject(body: unknown): IDataObject {
	if (body && typeof body === 'object' && !Buffer.isBuffer(body)) return body as IDataObject;
	if (typeof body === 'string' && body.trim()) {
		try {
			const parsed: unknown = JSON.parse(body);
			if (parsed && typeof parsed === 'object') return parsed as IDataObject;
		} catch {
			return { detail: body.slice(0, 500) };
		}
	}
	if (Buffer.isBuffer(body)) return bodyAsObject(body.toString('utf8'));
	return {};
}

const AUTH_HINT: Record<AuthKind, string> = {
	basic:
		'Usual causes: a wrong API key or secret, a key from another Vonage account or sub-account, or an operation that needs the JWT credential.',
	jwt: 'Usual causes: a wrong application ID or a private key from another application, a sender (number, WhatsApp number, Messenger page) that is not linked to this application, or an operation that needs Basic auth.',
};

/** Builds the error a user sees for a Vonage error response: Vonage's title, detail and each invalid parameter. */
export function vonageApiError(
	node: INode,
	response: IN8nHttpFullResponse,
	authKind: AuthKind,
	itemIndex?: number,
): VonageApiError {
	const body = bodyAsObject(response.body);
	const status = response.statusCode;
	const title = asText(body.title) ?? asText(body.error_title) ?? asText(body.error) ?? asText(body.message);
	const detail = asText(body.detail) ?? asText(body.error_text) ?? asText(body.error_description);
	const parameters = invalidParameters(body);

	const descriptionParts: string[] = [];
	if (detail && detail !== title) descriptionParts.push(detail);
	if (parameters.length) descriptionParts.push(`Invalid parameters:\n- ${parameters.join('\n- ')}`);
	let message = title ? `Vonage: ${title}` : `Vonage answered with HTTP ${status}`;
	const retryAfterSeconds = status === 429 ? parseRetryAfter(response.headers?.['retry-after']) : undefined;

	if (status === 401 || status === 403) {
		message = `${title ? `Vonage: ${title}` : 'Vonage refused the credentials'} (HTTP ${status}, using the ${CREDENTIAL_LABEL[authKind]} credential)`;
		descriptionParts.push(AUTH_HINT[authKind]);
	} else if (status === 404 && !title && !detail) {
		message = 'Vonage found nothing at this address (HTTP 404)';
		descriptionParts.push(
			'Check the ID or number in the node (it may be mistyped, deleted, or belong to another account or region), and that the API host in the credential is the region where it lives.',
		);
	} else if (status === 429) {
		descriptionParts.push(
			'Vonage is rate-limiting this account. Lower "Max Messages per Second" or "Max Requests in Flight" in the node options, or wait and run again.',
		);
	}
	if (asText(body.type)?.startsWith('http')) descriptionParts.push(`More: ${String(body.type)}`);
	if (asText(body.instance)) descriptionParts.push(`Vonage trace ID: ${String(body.instance)}`);

	const error = new VonageApiError(node, { ...body, httpCode: status } as JsonObject, {
		message,
		description: descriptionParts.join('\n\n') || undefined,
		httpCode: String(status),
		itemIndex,
	});
	error.retryAfterSeconds = retryAfterSeconds;
	return error;
}

/**
 * postReceive hook every operation of every node runs first: requests are sent with
 * `ignoreHttpStatusErrors`, so Vonage's error bodies arrive here and reach the user intact.
 */
export async function throwOnVonageError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;
	const authKind = this.getNodeParameter('authentication', 'jwt') as AuthKind;
	throw vonageApiError(this.getNode(), response, authKind, this.getItemIndex());
}
