import type { IDataObject, IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { isObject } from '../../../../shared/objects';
import { refuseMessage } from '../../../../shared/validation';

/*
 * Send builds every message as a Messages API v1 body. Accounts still on the legacy v0.1 format get that
 * body rewritten here into v0.1's nested shape (to/from objects, message.content), following the v0.1
 * spec 0.4.0 (test/fixtures/specs/messages-olympus.yml) and Vonage's v0.1 API reference
 * (developer.vonage.com/en/api/messages-olympus.v0). Whatever v0.1 cannot carry is refused before sending:
 * dropping it silently would send a different message than the one the user built.
 */

export const LEGACY_API_FORMAT = 'v0.1';
export const LEGACY_MESSAGES_URL = '/v0.1/messages';
// Names the v1 entry of apiFormatOption below; the linter needs that name as a literal there.
const CURRENT_FORMAT_HINT = 'set Options > API Format to "Messages API V1 (Current)"';

/** The "API Format" entry of Send's Options collection. */
export const apiFormatOption: INodeProperties = {
	displayName: 'API Format',
	name: 'apiFormat',
	type: 'options',
	options: [
		{
			name: 'Legacy V0.1',
			value: 'v0.1',
			description:
				'The nested to/from/message format on /v0.1/messages, for accounts still on it: SMS text, MMS image, WhatsApp text, media and templates, Messenger, and Viber text, image and template. No status webhook URL or failover.',
		},
		{
			name: 'Messages API V1 (Current)',
			value: 'v1',
			description: 'The current format on /v1/messages: every channel and message type',
		},
	],
	default: 'v1',
	description: 'Which format of the Messages API the message is sent in',
};

/** Channel names as v0.1 spells them in `to.type` and `from.type`. */
export type LegacyChannel = 'sms' | 'mms' | 'whatsapp' | 'messenger' | 'viber_service_msg';

export type LegacyAddress = { type: LegacyChannel; number?: string; id?: string };

export type LegacyMedia = { url: string; caption?: string };

export type LegacyTemplate = { name: string; parameters?: Array<{ default: string }> };

export type LegacyContent = {
	type: 'text' | 'image' | 'audio' | 'video' | 'file' | 'template';
	text?: string;
	image?: LegacyMedia;
	audio?: LegacyMedia;
	video?: LegacyMedia;
	file?: LegacyMedia;
	template?: LegacyTemplate;
};

export type LegacyMessage = {
	content: LegacyContent;
	whatsapp?: { locale?: string; policy?: string };
	messenger?: { category?: string; tag?: string };
	viber_service_msg?: { category?: string; ttl?: number; type?: string };
};

export type LegacyBody = {
	to: LegacyAddress;
	from: LegacyAddress;
	message: LegacyMessage;
	client_ref?: string;
};

/** Why a v1 body cannot be sent in v0.1: the error's message and its "what to do" description. */
export type LegacyRefusal = { message: string; description: string };

export type LegacyConversion = { body: LegacyBody } | { refusal: LegacyRefusal };

type ChannelOptionsKey = 'whatsapp' | 'messenger' | 'viber_service';

interface LegacyChannelRule {
	label: string;
	legacyType: LegacyChannel;
	/** Whether the v0.1 address carries a phone number or a platform id. */
	to: 'number' | 'id';
	from: 'number' | 'id';
	/** The message types v0.1 has for this channel, each with the keys of its v1 object that v0.1 carries. */
	messageTypes: Record<string, readonly string[]>;
	maxTextLength: number;
	/** The v1 channel options object, its keys that v0.1 carries, and the message types it belongs to. */
	channelOptions?: { key: ChannelOptionsKey; legacyKey: keyof Omit<LegacyMessage, 'content'>; keys: readonly string[]; forTypes?: readonly string[] };
}

const LEGACY_RULES: Record<string, LegacyChannelRule> = {
	sms: { label: 'SMS', legacyType: 'sms', to: 'number', from: 'number', messageTypes: { text: [] }, maxTextLength: 1000 },
	mms: {
		label: 'MMS',
		legacyType: 'mms',
		to: 'number',
		from: 'number',
		// Vonage's v0.1 API reference lists the image caption as supported for MMS; spec 0.4.0 does not forbid it.
		messageTypes: { image: ['url', 'caption'] },
		maxTextLength: 0,
	},
	whatsapp: {
		label: 'WhatsApp',
		legacyType: 'whatsapp',
		to: 'number',
		from: 'number',
		// v0.1 has no caption on WhatsApp video and no file name (spec 0.4.0 and Vonage's v0.1 API reference agree).
		messageTypes: { text: [], image: ['url', 'caption'], audio: ['url'], video: ['url'], file: ['url', 'caption'], template: ['name', 'parameters'] },
		maxTextLength: 4096,
		channelOptions: { key: 'whatsapp', legacyKey: 'whatsapp', keys: ['locale', 'policy'], forTypes: ['template'] },
	},
	messenger: {
		label: 'Messenger',
		legacyType: 'messenger',
		to: 'id',
		from: 'id',
		messageTypes: { text: [], image: ['url'], audio: ['url'], video: ['url'], file: ['url'] },
		maxTextLength: 640,
		channelOptions: { key: 'messenger', legacyKey: 'messenger', keys: ['category', 'tag'] },
	},
	viber_service: {
		label: 'Viber',
		legacyType: 'viber_service_msg',
		to: 'number',
		from: 'id',
		// The template message exists in v0.1 only (templateMessageViber_outbound); its parameters take the same shape as WhatsApp's.
		messageTypes: { text: [], image: ['url'], template: ['name', 'parameters'] },
		maxTextLength: 1000,
		channelOptions: { key: 'viber_service', legacyKey: 'viber_service_msg', keys: ['category', 'ttl', 'type'] },
	},
};

const CHANNEL_LABELS: Record<string, string> = { rcs: 'RCS', email: 'Email' };

/** How the form names the v1 fields that v0.1 may refuse. */
const FIELD_LABELS: Record<string, string> = {
	webhook_url: 'Status Webhook URL',
	webhook_version: 'Status Webhook Version',
	ttl: 'Time to Live',
	trusted_recipient: 'Trusted Recipient',
	trusted_sender: 'Trusted Sender',
	failover: 'Failover Messages',
	context: 'Reply To Message UUID',
	'sms.encoding_type': 'Encoding Type',
	'sms.content_id': 'Content ID',
	'sms.entity_id': 'Entity ID',
	'sms.pool_id': 'Number Pool ID',
	'mms.participants': 'Group Participants',
	'image.caption': 'Caption',
	'video.caption': 'Caption',
	'file.name': 'File Name',
	'viber_service.action': 'Action Button',
};

const FIELD_HINTS: Record<string, string> = {
	webhook_url: 'In v0.1, Vonage sends status events to the status URL of your application (JWT) or account (Basic).',
	webhook_version: 'In v0.1, status events use the version set on your application or account.',
	failover: 'v0.1 sends one message per request and has no failover.',
};

const TOP_LEVEL_KEYS = new Set(['channel', 'message_type', 'to', 'from', 'client_ref']);

/** v0.1 limits the client reference to 40 characters (v1 allows 100). */
const LEGACY_CLIENT_REF_MAX = 40;

function hasOwn(object: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(object, key);
}

function isSet(value: unknown): boolean {
	if (value === undefined || value === null || value === '' || value === false) return false;
	if (Array.isArray(value)) return value.length > 0;
	if (typeof value === 'object') return Object.values(value as IDataObject).some(isSet);
	return true;
}

function asObject(value: unknown): IDataObject {
	return isObject(value) ? value : {};
}

function asText(value: unknown): string {
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function fieldRefusal(channelLabel: string, path: string): LegacyRefusal {
	const label = hasOwn(FIELD_LABELS, path) ? FIELD_LABELS[path] : undefined;
	const named = label ? `${label} (${path})` : `The field ${path}`;
	const topLevel = path.split('.')[0];
	const hint = hasOwn(FIELD_HINTS, topLevel) ? FIELD_HINTS[topLevel] : undefined;
	return {
		message: `${named} is not available for ${channelLabel} in the legacy v0.1 format`,
		description: `Remove ${label ?? path}, or ${CURRENT_FORMAT_HINT}.${hint ? ` ${hint}` : ''}`,
	};
}

function listTypes(rule: LegacyChannelRule): string {
	const types = Object.keys(rule.messageTypes);
	return types.length > 1 ? `${types.slice(0, -1).join(', ')} and ${types[types.length - 1]}` : types[0];
}

/** The first key of `object` that is set and not in `allowed`, as a dotted path under `prefix`. */
function firstUnsupportedKey(object: IDataObject, allowed: readonly string[], prefix: string): string | undefined {
	const key = Object.keys(object).find((name) => !allowed.includes(name) && isSet(object[name]));
	return key === undefined ? undefined : `${prefix}${key}`;
}

function address(kind: 'number' | 'id', type: LegacyChannel, value: unknown): LegacyAddress {
	return kind === 'number' ? { type, number: asText(value) } : { type, id: asText(value) };
}

function buildContent(rule: LegacyChannelRule, messageType: string, body: IDataObject): LegacyContent | LegacyRefusal {
	if (messageType === 'text') {
		const text = asText(body.text);
		const length = [...text].length;
		if (length > rule.maxTextLength) {
			return {
				message: `Text is ${length} characters long; the legacy v0.1 format allows ${rule.maxTextLength} for ${rule.label}`,
				description: `Shorten Text to at most ${rule.maxTextLength} characters, or ${CURRENT_FORMAT_HINT}.`,
			};
		}
		return { type: 'text', text };
	}
	const part = asObject(body[messageType]);
	const unsupported = firstUnsupportedKey(part, rule.messageTypes[messageType], `${messageType}.`);
	if (unsupported) return fieldRefusal(rule.label, unsupported);
	if (messageType === 'template') {
		const parameters = Array.isArray(part.parameters) ? part.parameters : [];
		const template: LegacyTemplate = { name: asText(part.name) };
		// v0.1 wraps each template parameter in an object: [{ "default": "value" }] (Vonage's v0.1 API reference).
		if (parameters.length) template.parameters = parameters.map((parameter) => ({ default: asText(parameter) }));
		return { type: 'template', template };
	}
	const media: LegacyMedia = { url: asText(part.url) };
	if (isSet(part.caption)) media.caption = asText(part.caption);
	return { type: messageType as LegacyContent['type'], [messageType]: media };
}

/**
 * Rewrites a checked Messages API v1 body into the legacy v0.1 body, or says why v0.1 cannot carry it.
 * Pure: the caller turns a refusal into the node's error.
 */
export function convertToLegacyFormat(v1Body: IDataObject): LegacyConversion {
	const channel = asText(v1Body.channel);
	const rule = hasOwn(LEGACY_RULES, channel) ? LEGACY_RULES[channel] : undefined;
	if (!rule) {
		const label = hasOwn(CHANNEL_LABELS, channel) ? CHANNEL_LABELS[channel] : channel || 'This channel';
		return {
			refusal: {
				message: `${label} messages cannot be sent in the legacy v0.1 format`,
				description: `The legacy v0.1 format covers SMS, MMS, WhatsApp, Messenger and Viber only. To send ${label} messages, ${CURRENT_FORMAT_HINT}.`,
			},
		};
	}
	const messageType = asText(v1Body.message_type);
	if (!hasOwn(rule.messageTypes, messageType)) {
		return {
			refusal: {
				message: `${rule.label} ${messageType || 'this'} messages cannot be sent in the legacy v0.1 format`,
				description: `In the legacy v0.1 format ${rule.label} sends ${listTypes(rule)} messages. To send ${messageType ? `a ${messageType} message` : 'other messages'}, ${CURRENT_FORMAT_HINT}.`,
			},
		};
	}

	const options = rule.channelOptions;
	const optionsApply = options !== undefined && (!options.forTypes || options.forTypes.includes(messageType));
	// v0.1 detects unicode by itself, so the v1 default encoding "auto" changes nothing and is dropped.
	const sms = asObject(v1Body.sms);
	const smsWithoutDefaults: IDataObject = sms.encoding_type === 'auto' ? { ...sms, encoding_type: undefined } : sms;
	const carried = new Set([...TOP_LEVEL_KEYS, ...(messageType === 'text' ? ['text'] : [messageType]), ...(optionsApply ? [options.key] : [])]);
	const withoutCarried: IDataObject = { ...v1Body, sms: smsWithoutDefaults };
	const unsupportedTopLevel = Object.keys(withoutCarried).find((key) => !carried.has(key) && isSet(withoutCarried[key]));
	if (unsupportedTopLevel) {
		const nested = asObject(withoutCarried[unsupportedTopLevel]);
		const firstNested = Object.keys(nested).find((key) => isSet(nested[key]));
		const path = firstNested && hasOwn(FIELD_LABELS, `${unsupportedTopLevel}.${firstNested}`) ? `${unsupportedTopLevel}.${firstNested}` : unsupportedTopLevel;
		return { refusal: fieldRefusal(rule.label, path) };
	}

	// v1 also takes a WhatsApp Business-scoped User ID in `to`; v0.1 knows phone numbers only.
	const recipient = asText(v1Body.to);
	if (rule.to === 'number' && !/^\d+$/.test(recipient)) {
		return {
			refusal: {
				message: `To "${recipient}" is not a phone number; the legacy v0.1 format sends ${rule.label} to phone numbers only`,
				description: `Enter the recipient's phone number in international format, e.g. 447700900000, or ${CURRENT_FORMAT_HINT}.`,
			},
		};
	}

	const clientRef = asText(v1Body.client_ref);
	if ([...clientRef].length > LEGACY_CLIENT_REF_MAX) {
		return {
			refusal: {
				message: `Client Reference is ${[...clientRef].length} characters long; the legacy v0.1 format allows ${LEGACY_CLIENT_REF_MAX}`,
				description: `Shorten Client Reference to at most ${LEGACY_CLIENT_REF_MAX} characters, or ${CURRENT_FORMAT_HINT} (up to 100).`,
			},
		};
	}

	const content = buildContent(rule, messageType, v1Body);
	if ('message' in content) return { refusal: content };
	const message: LegacyMessage = { content };
	if (optionsApply) {
		const channelOptions = asObject(v1Body[options.key]);
		const unsupported = firstUnsupportedKey(channelOptions, options.keys, `${options.key}.`);
		if (unsupported) return { refusal: fieldRefusal(rule.label, unsupported) };
		const carriedOptions: IDataObject = {};
		for (const key of options.keys) {
			const value = channelOptions[key];
			if (isSet(value)) carriedOptions[key] = key === 'ttl' ? Number(value) : asText(value);
		}
		// v0.1 takes the template locale in BCP 47 (en-GB) and maps it to WhatsApp's en_GB itself.
		if (typeof carriedOptions.locale === 'string') carriedOptions.locale = carriedOptions.locale.replace(/_/g, '-');
		// The spec's viber_service_msg.type names "template" as the Viber type of template messages; an explicit Viber Type wins.
		if (options.legacyKey === 'viber_service_msg' && messageType === 'template') carriedOptions.type ??= 'template';
		if (Object.keys(carriedOptions).length) Object.assign(message, { [options.legacyKey]: carriedOptions });
	}

	const body: LegacyBody = {
		to: address(rule.to, rule.legacyType, v1Body.to),
		from: address(rule.from, rule.legacyType, v1Body.from),
		message,
	};
	if (clientRef) body.client_ref = clientRef;
	return { body };
}

/** preSend step: the legacy body of a checked v1 body, or an error that names what v0.1 cannot send. */
export function toLegacyBody(context: IExecuteSingleFunctions, v1Body: IDataObject): IDataObject {
	const conversion = convertToLegacyFormat(v1Body);
	if ('refusal' in conversion) {
		throw refuseMessage(context, conversion.refusal.message, conversion.refusal.description);
	}
	return conversion.body;
}

/** Whether the user chose the legacy v0.1 format in Send's options. */
export function usesLegacyFormat(context: IExecuteSingleFunctions): boolean {
	const options = context.getNodeParameter('options', {}) as IDataObject;
	return options.apiFormat === LEGACY_API_FORMAT;
}

/**
 * What a send's output reports about a legacy body, named as in v1 (channel `viber_service`, flat
 * `to`/`from`) so that a workflow reads the same fields whichever format sent the message.
 */
export function describeLegacyBody(body: IDataObject): IDataObject | undefined {
	const to = asObject(body.to);
	const from = asObject(body.from);
	const content = asObject(asObject(body.message).content);
	if (typeof to.type !== 'string' || !content.type) return undefined;
	return {
		channel: to.type === 'viber_service_msg' ? 'viber_service' : to.type,
		message_type: content.type,
		to: to.number ?? to.id,
		from: from.number ?? from.id,
		...(body.client_ref !== undefined ? { client_ref: body.client_ref } : {}),
	};
}
