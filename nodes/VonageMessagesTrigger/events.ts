import type { IDataObject } from 'n8n-workflow';

import { isObject } from '../shared/objects';

/**
 * Turns the webhook bodies Vonage sends (Messages API v1 and the legacy v0.1 format, inbound
 * messages and status events) into one flat item a no-code user can map. The payload is never
 * validated strictly against the spec: the spec's status enums contradict each other, and Vonage
 * adds fields over time. Only what tells the kind of event apart is required.
 */

export type EventType = 'inboundMessage' | 'messageStatus';

export type ApiVersion = 'v1' | 'v0.1';

/** The fields every output item has, in this order; `null` where an event has no such value. */
export interface VonageEvent extends IDataObject {
	eventType: EventType;
	apiVersion: ApiVersion;
	channel: string | null;
	messageType: string | null;
	messageUuid: string;
	timestamp: string | null;
	from: string | null;
	to: string | null;
	text: string | null;
	mediaUrl: string | null;
	replyId: string | null;
	replyTitle: string | null;
	latitude: number | null;
	longitude: number | null;
	profileName: string | null;
	contextMessageUuid: string | null;
	status: string | null;
	errorCode: string | null;
	errorReason: string | null;
	clientRef: string | null;
	raw: IDataObject;
}

export type ParsedBody = { valid: true; event: VonageEvent } | { valid: false; reason: string };

/** Message types whose payload carries a media object under a key of the same name. */
const MEDIA_TYPES = ['image', 'audio', 'video', 'file', 'vcard', 'sticker'] as const;

/** Message types whose media the trigger can download (stickers and vCards are small, but also media). */
export const DOWNLOADABLE_TYPES: readonly string[] = MEDIA_TYPES;

function text(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

function nonEmptyText(value: unknown): string | null {
	const result = text(value);
	return result && result.trim() ? result : null;
}

function coordinate(value: unknown): number | null {
	const number = typeof value === 'string' && value.trim() ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : null;
}

function child(parent: IDataObject | undefined, key: string): IDataObject | undefined {
	const value = parent?.[key];
	return isObject(value) ? value : undefined;
}

/** v0.1 addresses are objects (`{type, number}` or `{type, id}`); v1 addresses are strings. */
function address(value: unknown): string | null {
	if (isObject(value)) return nonEmptyText(value.number) ?? nonEmptyText(value.id);
	return nonEmptyText(value);
}

/** v0.1 names Viber `viber_service_msg`; v1 and the Send node name it `viber_service`. */
function normalizeChannel(channel: unknown): string | null {
	const name = nonEmptyText(channel);
	if (name === 'viber_service_msg') return 'viber_service';
	return name;
}

function emptyEvent(eventType: EventType, apiVersion: ApiVersion, raw: IDataObject): VonageEvent {
	return {
		eventType,
		apiVersion,
		channel: null,
		messageType: null,
		messageUuid: String(raw.message_uuid),
		timestamp: nonEmptyText(raw.timestamp),
		from: address(raw.from),
		to: address(raw.to),
		text: null,
		mediaUrl: null,
		replyId: null,
		replyTitle: null,
		latitude: null,
		longitude: null,
		profileName: null,
		contextMessageUuid: null,
		status: null,
		errorCode: null,
		errorReason: null,
		clientRef: nonEmptyText(raw.client_ref),
		raw,
	};
}

/** Text, media, location and reply fields of one message, in whichever format's `content` shape. */
function fillContent(event: VonageEvent, content: IDataObject, messageType: string): void {
	event.messageType = messageType;
	if (typeof content.text === 'string') event.text = content.text;

	const media = (MEDIA_TYPES as readonly string[]).includes(messageType) ? child(content, messageType) : undefined;
	if (media) {
		event.mediaUrl = nonEmptyText(media.url);
		event.text ??= text(media.caption);
	}

	const location = child(content, 'location');
	if (location) {
		event.latitude = coordinate(location.lat ?? location.latitude);
		event.longitude = coordinate(location.long ?? location.longitude);
	}

	// WhatsApp interactive replies (buttons, lists) and RCS suggested replies.
	const reply = child(content, 'reply');
	if (reply) {
		event.replyId = nonEmptyText(reply.id);
		event.replyTitle = text(reply.title);
	}

	// WhatsApp template quick-reply buttons and RCS suggested actions send a payload and the button's text.
	const button = child(content, 'button');
	if (button) {
		event.replyId = nonEmptyText(button.payload) ?? (isObject(button.payload) ? JSON.stringify(button.payload) : null);
		event.replyTitle = text(button.text);
	}
	event.text ??= event.replyTitle;

	const reaction = child(content, 'reaction');
	if (reaction) event.text ??= text(reaction.emoji);
}

function fillStatus(event: VonageEvent, raw: IDataObject): void {
	event.status = nonEmptyText(raw.status);
	const error = child(raw, 'error');
	if (!error) return;
	// v0.1: {code, reason}. v1: {type: "https://…#1000", title: "1000" or a title, detail}.
	const fragment = typeof error.type === 'string' && error.type.includes('#') ? error.type.slice(error.type.lastIndexOf('#') + 1) : null;
	const title = nonEmptyText(error.title);
	event.errorCode = text(error.code) ?? (title && /^\d+$/.test(title) ? title : nonEmptyText(fragment) ?? title);
	event.errorReason = nonEmptyText(error.reason) ?? nonEmptyText(error.detail) ?? (title !== event.errorCode ? title : null);
}

function fromV1(raw: IDataObject): ParsedBody {
	// The v1 spec gives inbound SMS no message_type: text without a status is an inbound text.
	const messageType = nonEmptyText(raw.message_type) ?? (raw.status === undefined && typeof raw.text === 'string' ? 'text' : null);
	if (messageType) {
		const event = emptyEvent('inboundMessage', 'v1', raw);
		event.channel = normalizeChannel(raw.channel);
		fillContent(event, raw, messageType);
		event.profileName = nonEmptyText(child(raw, 'profile')?.name);
		event.contextMessageUuid = nonEmptyText(child(raw, 'context')?.message_uuid);
		return { valid: true, event };
	}
	if (nonEmptyText(raw.status)) {
		const event = emptyEvent('messageStatus', 'v1', raw);
		event.channel = normalizeChannel(raw.channel);
		event.profileName = nonEmptyText(child(raw, 'profile')?.name);
		fillStatus(event, raw);
		return { valid: true, event };
	}
	return { valid: false, reason: 'the body has a "channel" but neither "message_type" or "text" (inbound message) nor "status" (status event)' };
}

function fromV01(raw: IDataObject): ParsedBody {
	const content = child(child(raw, 'message'), 'content');
	const channel = normalizeChannel(child(raw, 'to')?.type ?? child(raw, 'from')?.type);
	if (content) {
		const messageType = nonEmptyText(content.type);
		if (!messageType) return { valid: false, reason: 'the v0.1 inbound message has no "message.content.type"' };
		const event = emptyEvent('inboundMessage', 'v0.1', raw);
		event.channel = channel;
		fillContent(event, content, messageType);
		return { valid: true, event };
	}
	if (nonEmptyText(raw.status)) {
		const event = emptyEvent('messageStatus', 'v0.1', raw);
		event.channel = channel;
		fillStatus(event, raw);
		return { valid: true, event };
	}
	return { valid: false, reason: 'the v0.1 body has neither "message.content" (inbound message) nor "status" (status event)' };
}

/**
 * Recognizes one Vonage Messages webhook body. A status event never becomes an inbound message:
 * only a body with `message_type` (v1) or `message.content` (v0.1) is an inbound message.
 */
export function parseVonageEvent(body: unknown): ParsedBody {
	if (!isObject(body)) {
		return { valid: false, reason: `the body is ${Array.isArray(body) ? 'a JSON array' : body === null ? 'null' : `a JSON ${typeof body}`}, not a JSON object` };
	}
	if (!nonEmptyText(body.message_uuid)) {
		return { valid: false, reason: 'the body has no "message_uuid", so it is not a Vonage Messages inbound message or status event' };
	}
	// v1 names the channel at the top level; v0.1 puts it in to.type / from.type objects.
	if (typeof body.channel === 'string') return fromV1(body);
	if (isObject(body.to) || isObject(body.from)) return fromV01(body);
	return { valid: false, reason: 'the body has neither "channel" (Messages API v1) nor "to"/"from" objects (v0.1)' };
}

/**
 * Compares numbers and sender IDs the way people type them: "+44 7700-900000" equals "447700900000".
 * An email address (the sender of an email status) keeps its dots and "+": only case and spaces around it are ignored.
 */
export function normalizeAddress(value: string): string {
	if (value.includes('@')) return value.trim().toLowerCase();
	const compact = value.trim().toLowerCase().replace(/[\s()+.-]/g, '');
	return /^00\d+$/.test(compact) ? compact.slice(2) : compact;
}
