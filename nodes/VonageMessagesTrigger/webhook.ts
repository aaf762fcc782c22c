import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { BASIC_CREDENTIAL, JWT_CREDENTIAL, type AuthKind } from '../shared/auth';
import { eventKey, isDuplicate } from './deduplication';
import { DEFAULT_OPTIONS, PARAMETER, type TriggerFilters, type TriggerOptions } from './description';
import { DOWNLOADABLE_TYPES, normalizeAddress, parseVonageEvent, type EventType, type VonageEvent } from './events';
import { downloadMedia } from './media';
import { verifySignedWebhook } from './signature';

/**
 * Handles one call of the trigger's URL. Vonage retries callbacks answered late or with an error,
 * so everything that is accepted is answered 200 at once: events that do not match the filters and
 * duplicates too, only without starting the workflow. Requests that fail the signature check get 401
 * and malformed bodies 400; both are written to n8n's log with the reason, so they are never silent.
 */

/** The answer Vonage gets for an event it should not send again. */
const ACKNOWLEDGED = { received: true };

function refuse(context: IWebhookFunctions, statusCode: 400 | 401, reason: string): IWebhookResponseData {
	const node = context.getNode();
	context.logger.warn(`Vonage Messages Trigger "${node.name}" refused a webhook request with HTTP ${statusCode}: ${reason}`, {
		workflowId: context.getWorkflow().id,
		nodeName: node.name,
		statusCode,
	});
	context.getResponseObject().status(statusCode).json({ error: statusCode === 401 ? 'Unauthorized' : 'Bad Request', reason });
	return { noWebhookResponse: true };
}

/** Answers 200 without starting the workflow; the reason goes to n8n's debug log for whoever wonders why nothing ran. */
function acknowledge(context: IWebhookFunctions, event: VonageEvent, ignored: string): IWebhookResponseData {
	context.logger.debug(`Vonage Messages Trigger "${context.getNode().name}" ignored ${event.eventType} ${event.messageUuid}: ${ignored}`);
	return { webhookResponse: { ...ACKNOWLEDGED, ignored } };
}

/** The exact bytes Vonage sent. n8n reads them for every webhook request before parsing the body. */
async function rawBodyOf(context: IWebhookFunctions): Promise<Buffer | undefined> {
	const request = context.getRequestObject();
	if (!Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') await request.readRawBody();
	return Buffer.isBuffer(request.rawBody) ? request.rawBody : undefined;
}

type BodyResult = { ok: true; body: unknown } | { ok: false; reason: string };

function parseBody(context: IWebhookFunctions, rawBody: Buffer | undefined): BodyResult {
	if (rawBody === undefined) return { ok: true, body: context.getBodyData() };
	const text = rawBody.toString('utf8');
	if (!text.trim()) return { ok: false, reason: 'the body is empty' };
	try {
		return { ok: true, body: JSON.parse(text) as unknown };
	} catch {
		return { ok: false, reason: 'the body is not JSON' };
	}
}

function listOfAddresses(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((entry) => normalizeAddress(entry))
		.filter(Boolean);
}

/** The reason an event is not for this trigger, or undefined when it matches every filter. */
function filteredOutBecause(event: VonageEvent, events: EventType[], filters: TriggerFilters): string | undefined {
	if (!events.includes(event.eventType)) return `${event.eventType} events are not selected in "Trigger On"`;
	if (filters.channels?.length && !filters.channels.includes(event.channel ?? '')) return `channel ${event.channel} is not selected`;
	if (event.eventType === 'inboundMessage' && filters.messageTypes?.length && !filters.messageTypes.includes(event.messageType ?? '')) {
		return `message type ${event.messageType} is not selected`;
	}
	if (event.eventType === 'messageStatus' && filters.statuses?.length && !filters.statuses.includes(event.status ?? '')) {
		return `status ${event.status} is not selected`;
	}
	const numbers = listOfAddresses(filters.businessNumbers);
	if (numbers.length) {
		const business = event.eventType === 'inboundMessage' ? event.to : event.from;
		if (!business || !numbers.includes(normalizeAddress(business))) return `business number or sender ID ${business} is not selected`;
	}
	return undefined;
}

function mediaFileName(event: VonageEvent): string | undefined {
	const type = event.messageType ?? '';
	const v1Media = event.raw[type];
	const v01Media = (event.raw.message as IDataObject | undefined)?.content as IDataObject | undefined;
	const media = (typeof v1Media === 'object' && v1Media !== null ? v1Media : v01Media?.[type]) as IDataObject | undefined;
	return typeof media?.name === 'string' ? media.name : undefined;
}

export async function handleWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const authKind = this.getNodeParameter(PARAMETER.authentication, 'jwt') as AuthKind;
	const events = this.getNodeParameter(PARAMETER.events, []) as EventType[];
	const filters = this.getNodeParameter(PARAMETER.filters, {}) as TriggerFilters;
	const options = { ...DEFAULT_OPTIONS, ...(this.getNodeParameter(PARAMETER.options, {}) as TriggerOptions) };
	const credentials = await this.getCredentials(authKind === 'jwt' ? JWT_CREDENTIAL : BASIC_CREDENTIAL);
	const nowSeconds = Math.floor(Date.now() / 1000);

	const rawBody = await rawBodyOf(this);
	const secret = typeof credentials.signatureSecret === 'string' ? credentials.signatureSecret.trim() : '';
	if (secret) {
		if (!rawBody) return refuse(this, 401, 'n8n did not provide the raw request body, so its signature cannot be checked');
		const check = verifySignedWebhook({
			authorization: this.getHeaderData().authorization,
			rawBody,
			secret,
			toleranceSeconds: Math.round(options.signatureToleranceMinutes * 60),
			nowSeconds,
		});
		if (!check.valid) return refuse(this, 401, `signature check failed: ${check.reason}`);
	} else if (options.requireSignature) {
		return refuse(
			this,
			401,
			'"Require Signature" is on but the credential has no Signature Secret: enter the signature secret of your Vonage account in the credential',
		);
	}

	const body = parseBody(this, rawBody);
	if (!body.ok) return refuse(this, 400, body.reason);
	const parsed = parseVonageEvent(body.body);
	if (!parsed.valid) return refuse(this, 400, parsed.reason);
	const event = parsed.event;

	const ignored = filteredOutBecause(event, events, filters);
	if (ignored) return acknowledge(this, event, ignored);

	if (options.ignoreDuplicates) {
		const scope = `${this.getWorkflow().id ?? ''}/${this.getNode().id}`;
		const windowSeconds = Math.round(options.duplicateWindowMinutes * 60);
		if (isDuplicate(this.getWorkflowStaticData('node'), scope, eventKey(event), windowSeconds, nowSeconds)) {
			return acknowledge(this, event, 'duplicate: this event was already received');
		}
	}

	// The trigger answers Vonage itself, before anything slow (a media download) and before n8n starts the
	// execution. n8n saves the static data (the memory of seen events) when the request is answered; once the
	// execution is being prepared, a change made here would no longer be saved (measured with n8n 2.41).
	this.getResponseObject().status(200).json(ACKNOWLEDGED);

	const { raw, ...fields } = event;
	const json: IDataObject = { ...fields, signatureVerified: Boolean(secret) };
	const item: INodeExecutionData = { json };
	if (options.downloadMedia) {
		json.mediaDownloaded = false;
		json.mediaDownloadError = null;
		if (event.eventType === 'inboundMessage' && event.mediaUrl && DOWNLOADABLE_TYPES.includes(event.messageType ?? '')) {
			const download = await downloadMedia(this, event.mediaUrl, mediaFileName(event), Math.round(options.maxMediaSizeMb * 1024 * 1024), {
				applicationId: authKind === 'jwt' ? String(credentials.applicationId ?? '') : undefined,
				privateKey: authKind === 'jwt' ? String(credentials.privateKey ?? '') : undefined,
				customBaseUrl: credentials.host === 'custom' ? String(credentials.customBaseUrl ?? '') : undefined,
			});
			if (download.ok) {
				item.binary = { [options.binaryPropertyName || DEFAULT_OPTIONS.binaryPropertyName]: download.binary };
				json.mediaDownloaded = true;
			} else {
				json.mediaDownloadError = download.reason;
				this.logger.warn(`Vonage Messages Trigger "${this.getNode().name}" could not download the media of message ${event.messageUuid}: ${download.reason}`);
			}
		}
	}
	json.raw = raw;

	return { noWebhookResponse: true, workflowData: [[item]] };
}
