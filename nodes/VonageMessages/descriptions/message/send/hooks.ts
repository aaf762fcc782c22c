import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { isObject, assignOrDelete } from '../../../../shared/objects';
import { InputError, refuse, refuseMessage, optionalText, requireUrl, optionalOneOf, parseJson } from '../../../../shared/validation';
import { CHANNEL_NAMES, CLIENT_REF_MAX_LENGTH, TTL_RANGES } from './channelRules';
import { CHANNEL_BODY_CHECKS, type ChannelBodyCheck } from './checks';
import { LEGACY_MESSAGES_URL, describeLegacyBody, toLegacyBody, usesLegacyFormat } from './legacyFormat';


const FAILOVER_EXAMPLE = '[{"channel": "sms", "message_type": "text", "from": "447700900001", "text": "Hello"}]';

/** A channel Send supports: its name (as the Channel dropdown shows it) and its body check. */
interface KnownChannel {
	name: string;
	check: ChannelBodyCheck;
}

function knownChannel(value: unknown): KnownChannel | undefined {
	if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(CHANNEL_BODY_CHECKS, value)) return undefined;
	return { name: CHANNEL_NAMES[value] ?? value, check: CHANNEL_BODY_CHECKS[value] };
}

function findChannel(context: IExecuteSingleFunctions, field: string, value: unknown): KnownChannel {
	const channel = knownChannel(value);
	if (channel) return channel;
	throw refuse(
		context,
		field,
		value,
		'is not a channel',
		`Use one of: ${Object.keys(CHANNEL_BODY_CHECKS).map((candidate) => `"${candidate}"`).join(', ')}.`,
	);
}

/** The options every channel shares: client reference, status webhook, TTL and trusted recipient. */
function checkCommonOptions(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	const checked: IDataObject = { ...body };
	assignOrDelete(checked, 'client_ref', optionalText(context, 'Client Reference', checked.client_ref, CLIENT_REF_MAX_LENGTH));
	if (typeof checked.webhook_url === 'string' && !checked.webhook_url.trim()) delete checked.webhook_url;
	if (checked.webhook_url !== undefined) checked.webhook_url = requireUrl(context, 'Status Webhook URL', checked.webhook_url);
	optionalOneOf(context, 'Status Webhook Version', checked.webhook_version, ['v0.1', 'v1']);

	const range = TTL_RANGES[String(checked.channel)];
	const channelName = knownChannel(checked.channel)?.name ?? String(checked.channel);
	for (const [key, label] of [
		['ttl', 'Time to Live'],
		['trusted_recipient', 'Trusted Recipient'],
	] as const) {
		if (checked[key] !== undefined && !range) {
			throw refuseMessage(context, `${label} is not available for ${channelName}`, `Vonage takes ${label} for SMS, MMS and RCS messages only. Remove it from this message.`);
		}
	}
	if (checked.ttl !== undefined && range) {
		// A TTL typed into a JSON failover message may be a numeric string.
		const ttl = typeof checked.ttl === 'string' && /^\d+$/.test(checked.ttl.trim()) ? Number(checked.ttl) : checked.ttl;
		checked.ttl = ttl;
		if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < range.min || ttl > range.max) {
			throw refuseMessage(
				context,
				`Time to Live ${JSON.stringify(ttl)} is outside the range ${channelName} allows`,
				`For ${channelName}, enter whole seconds from ${range.min.toLocaleString('en-US')} to ${range.max.toLocaleString('en-US')}.`,
			);
		}
	}
	if (checked.trusted_recipient !== undefined && typeof checked.trusted_recipient !== 'boolean') {
		throw refuse(context, 'Trusted Recipient', checked.trusted_recipient, 'is not true or false', 'Set Trusted Recipient to true or false.');
	}
	return checked;
}

/**
 * One failover message, before its channel checks it: `to` defaults to the first message's recipient
 * and a message with text but no type is a text message. Its own refusals name the failover message.
 */
function failoverMessage(context: IExecuteSingleFunctions, entry: unknown, position: number, primaryTo: IDataObject[string]): { channel: KnownChannel; message: IDataObject } {
	const label = `Failover message ${position}`;
	if (!isObject(entry)) {
		throw refuse(context, label, entry, 'is not an object', `Each failover message is a message object, e.g. ${FAILOVER_EXAMPLE}`);
	}
	const message: IDataObject = { ...entry };
	if (message.channel === undefined || message.channel === '') {
		throw refuse(context, `${label} channel`, '', 'is required', `Add "channel" to the message, e.g. ${FAILOVER_EXAMPLE}`);
	}
	const channel = findChannel(context, `${label} channel`, message.channel);
	if (message.failover !== undefined) {
		throw refuse(context, label, message.failover, 'has a failover of its own', 'List all failover messages in one array, in the order to try them.');
	}
	if (message.to === undefined || message.to === '') message.to = primaryTo;
	if ((message.message_type === undefined || message.message_type === '') && message.text !== undefined) message.message_type = 'text';
	if (message.message_type === undefined || message.message_type === '') {
		throw refuse(
			context,
			`${label} message_type`,
			'',
			'is required',
			`Add "message_type" to the ${channel.name} message, e.g. "text" or "image".`,
		);
	}
	return { channel, message };
}

/**
 * A failover message is checked exactly like a first message, by its channel; the input errors of those
 * checks (by type: InputError) are relabelled with the failover message they are about.
 */
function checkAsFailoverMessage(context: IExecuteSingleFunctions, position: number, check: () => IDataObject): IDataObject {
	let failure: unknown;
	try {
		return check();
	} catch (error) {
		failure = error;
	}
	if (!(failure instanceof InputError)) throw failure;
	throw new InputError(context.getNode(), `Failover message ${position}: ${failure.message}`, {
		itemIndex: context.getItemIndex(),
		description: failure.description ?? undefined,
	});
}

function checkFailover(context: IExecuteSingleFunctions, value: unknown, primaryTo: IDataObject[string]): IDataObject[] | undefined {
	if (value === undefined) return undefined;
	const list = parseJson(context, 'Failover Messages (JSON)', value, { shape: 'array', example: FAILOVER_EXAMPLE }) as unknown[];
	if (!list.length) return undefined;
	return list.map((entry, index) => {
		const { channel, message } = failoverMessage(context, entry, index + 1, primaryTo);
		return checkAsFailoverMessage(context, index + 1, () => checkCommonOptions(context, channel.check(context, message)));
	});
}

/**
 * preSend of Send: the chosen channel checks and normalizes the assembled v1 body before anything
 * leaves, and, when API Format is the legacy v0.1, rewrites URL and body to that format.
 */
export async function checkSendBodyAndApplyApiFormat(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const channel = findChannel(this, 'Channel', body.channel);

	const additionalFields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const structuredFailover = (additionalFields.failoverMessages as IDataObject | undefined)?.message;
	if (Array.isArray(structuredFailover) && structuredFailover.length && additionalFields.failoverJson !== undefined) {
		throw refuseMessage(
			this,
			'Failover Messages and Failover Messages (JSON) are both set',
			'Use one of them: list text messages in Failover Messages, or give every failover message in Failover Messages (JSON).',
		);
	}

	const { failover, ...message } = body;
	const checked = checkCommonOptions(this, channel.check(this, message));
	const failoverMessages = checkFailover(this, failover, checked.to);
	const v1Body = failoverMessages ? { ...checked, failover: failoverMessages } : checked;
	if (usesLegacyFormat(this)) return { ...requestOptions, url: LEGACY_MESSAGES_URL, body: toLegacyBody(this, v1Body) };
	return { ...requestOptions, body: v1Body };
}

/** Output of a send: Vonage's ids plus what joins later status events to this send. */
export function shapeSendOutput(this: IExecutePaginationFunctions, items: INodeExecutionData[], requestBody: IDataObject): INodeExecutionData[] {
	const response = (items[0]?.json ?? {}) as IDataObject;
	// A legacy v0.1 body is nested; its summary uses the same names as a v1 body.
	const sent = describeLegacyBody(requestBody) ?? requestBody;
	const json: IDataObject = {
		message_uuid: response.message_uuid,
		...(response.workflow_id !== undefined ? { workflow_id: response.workflow_id } : {}),
		channel: sent.channel,
		message_type: sent.message_type,
		to: sent.to,
		from: sent.from,
		...(sent.client_ref !== undefined ? { client_ref: sent.client_ref } : {}),
	};
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}
