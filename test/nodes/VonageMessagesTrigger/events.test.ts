import type { IDataObject } from 'n8n-workflow';

import { jwtCredentials } from '../../helpers/credentials';
import {
	BUSINESS_EMAIL,
	BUSINESS_NUMBER,
	CUSTOMER_EMAIL,
	CUSTOMER_NUMBER,
	emailStatus,
	emailUndeliverable,
	rcsLocation,
	rcsSuggestionReply,
	smsDelivered,
	smsText,
	v01StatusRejected,
	whatsappImageWithCaption,
	whatsappInteractiveReply,
	whatsappRejected,
	whatsappTemplateButton,
	whatsappText,
} from './payloads';
import { v01Examples, v1Examples } from './specExamples';
import { TriggerHarness, type WebhookOutcome } from './triggerHarness';

type Json = Record<string, unknown>;

const MEDIA_TYPES = ['image', 'audio', 'video', 'file', 'vcard', 'sticker'];

/** A trigger listening to every event, without a signature secret, so bodies are all that matters. */
function unsignedTrigger(): TriggerHarness {
	return new TriggerHarness({
		parameters: { events: ['inboundMessage', 'messageStatus'], registerWebhooks: false },
		credentials: { vonageMessagesJwtApi: jwtCredentials('http://127.0.0.1:9', { signatureSecret: '' }) },
	});
}

async function deliver(body: Json): Promise<WebhookOutcome> {
	return await unsignedTrigger().call({ rawBody: JSON.stringify(body) });
}

function onlyItem(outcome: WebhookOutcome): IDataObject {
	const items = outcome.result.workflowData?.[0] ?? [];
	expect(items).toHaveLength(1);
	expect(outcome.result.workflowData).toHaveLength(1);
	return items[0].json;
}

function address(value: unknown): string | null {
	if (value && typeof value === 'object') {
		const { number, id } = value as { number?: string; id?: string };
		return number ?? id ?? null;
	}
	return value === undefined ? null : String(value);
}

describe('Vonage Messages Trigger: payload shapes from the specs', () => {
	const v1 = v1Examples();
	const v01 = v01Examples();

	it('finds every documented variant (so the spec tests below cannot silently shrink)', () => {
		expect(v1.inbound).toHaveLength(39);
		expect(v1.status).toHaveLength(7);
		expect(v01.inbound).toHaveLength(17);
		expect(v01.status).toHaveLength(1);
		const channels = new Set(v1.inbound.map((example) => example.body.channel));
		expect([...channels].sort()).toEqual(['messenger', 'mms', 'rcs', 'sms', 'viber_service', 'whatsapp']);
		// Email (beta) has status events but no inbound webhook in the v1 spec.
		const statusChannels = new Set(v1.status.map((example) => example.body.channel));
		expect([...statusChannels].sort()).toEqual(['email', 'messenger', 'mms', 'rcs', 'sms', 'viber_service', 'whatsapp']);
	});

	it.each(v1.inbound.map((example) => [`${example.name} / ${String(example.body.message_type ?? 'text')}`, example.body] as const))(
		'%s becomes one inbound message item',
		async (_name, body) => {
			const outcome = await deliver(body);
			const item = onlyItem(outcome);
			const messageType = String(body.message_type ?? 'text');
			expect(item).toMatchObject({
				eventType: 'inboundMessage',
				apiVersion: 'v1',
				channel: body.channel,
				messageType,
				messageUuid: body.message_uuid,
				timestamp: body.timestamp,
				from: address(body.from),
				to: address(body.to),
				status: null,
				errorCode: null,
				raw: body,
			});
			if (messageType === 'text') expect(item.text).toBe(body.text);
			if (MEDIA_TYPES.includes(messageType)) expect(item.mediaUrl).toBe((body[messageType] as Json).url);
			else expect(item.mediaUrl).toBeNull();
			if (messageType === 'reply') expect([item.replyId, item.replyTitle]).toEqual([(body.reply as Json).id, (body.reply as Json).title]);
			if (messageType === 'location') expect([item.latitude, item.longitude]).toEqual([(body.location as Json).lat, (body.location as Json).long]);
			if (body.channel === 'whatsapp') expect(item.profileName).toBe((body.profile as Json).name);
			expect(outcome.response).toEqual({ statusCode: 200, body: { received: true }, ended: true });
			expect(outcome.result.noWebhookResponse).toBe(true);
		},
	);

	it.each(v1.status.map((example) => [`${example.name} / ${String(example.body.channel)}`, example.body] as const))(
		'%s becomes one status item, never an inbound message',
		async (_name, body) => {
			const item = onlyItem(await deliver(body));
			const error = body.error as Json;
			expect(item).toMatchObject({
				eventType: 'messageStatus',
				apiVersion: 'v1',
				channel: body.channel,
				messageType: null,
				messageUuid: body.message_uuid,
				status: body.status,
				from: address(body.from),
				to: address(body.to),
				errorCode: '1000',
				errorReason: error.detail,
				clientRef: body.client_ref,
				text: null,
			});
		},
	);

	it.each(v01.inbound.map((example) => [example.name, example.body] as const))('%s becomes one inbound message item', async (_name, body) => {
		const item = onlyItem(await deliver(body));
		const content = (body.message as Json).content as Json;
		const type = String(content.type);
		expect(item).toMatchObject({
			eventType: 'inboundMessage',
			apiVersion: 'v0.1',
			channel: (body.to as Json).type === 'viber_service_msg' ? 'viber_service' : (body.to as Json).type,
			messageType: type,
			messageUuid: body.message_uuid,
			from: address(body.from),
			to: address(body.to),
			status: null,
		});
		if (type === 'text') expect(item.text).toBe(content.text);
		if (MEDIA_TYPES.includes(type)) {
			const media = content[type] as Json;
			expect(item.mediaUrl).toBe(media.url);
			expect(item.text).toBe(media.caption ?? null);
		}
		if (type === 'location') {
			const location = content.location as Json;
			expect([item.latitude, item.longitude]).toEqual([Number(location.latitude), Number(location.longitude)]);
		}
	});

	it.each(v01.status.map((example) => [example.name, example.body] as const))('%s becomes one status item', async (_name, body) => {
		expect(onlyItem(await deliver(body))).toMatchObject({
			eventType: 'messageStatus',
			apiVersion: 'v0.1',
			channel: 'sms',
			messageType: null,
			status: 'delivered',
			to: '447700900000',
			errorCode: '1300',
			errorReason: 'Not part of the provider network',
			clientRef: 'my-personal-reference',
		});
	});
});

describe('Vonage Messages Trigger: realistic variants and output fields', () => {
	it('gives a WhatsApp text every output field, in a stable shape', async () => {
		const body = whatsappText();
		const item = onlyItem(await deliver(body));
		expect(item).toEqual({
			eventType: 'inboundMessage',
			apiVersion: 'v1',
			channel: 'whatsapp',
			messageType: 'text',
			messageUuid: body.message_uuid,
			timestamp: '2025-02-03T12:14:25Z',
			from: CUSTOMER_NUMBER,
			to: BUSINESS_NUMBER,
			text: 'Where is my order?',
			mediaUrl: null,
			replyId: null,
			replyTitle: null,
			latitude: null,
			longitude: null,
			profileName: 'Jane Smith',
			contextMessageUuid: 'bbbbbbbb-1111-4ccc-8ddd-0123456789ab',
			status: null,
			errorCode: null,
			errorReason: null,
			clientRef: null,
			signatureVerified: false,
			raw: body,
		});
		expect(Object.keys(item).slice(-1)).toEqual(['raw']);
	});

	it('exposes the id and title of a WhatsApp interactive reply, and uses the title as text', async () => {
		expect(onlyItem(await deliver(whatsappInteractiveReply()))).toMatchObject({
			messageType: 'reply',
			replyId: 'slot-9am',
			replyTitle: '9am',
			text: '9am',
		});
	});

	it('exposes the payload and text of a WhatsApp template quick-reply button', async () => {
		expect(onlyItem(await deliver(whatsappTemplateButton()))).toMatchObject({
			messageType: 'button',
			replyId: 'STOP_PROMOTIONS',
			replyTitle: 'Stop promotions',
			text: 'Stop promotions',
		});
	});

	it('exposes an RCS suggested reply and an RCS location', async () => {
		expect(onlyItem(await deliver(rcsSuggestionReply()))).toMatchObject({
			channel: 'rcs',
			to: 'MyBrandAgent',
			replyId: 'confirm-booking',
			replyTitle: 'Confirm',
		});
		expect(onlyItem(await deliver(rcsLocation()))).toMatchObject({ messageType: 'location', latitude: 51.5072, longitude: -0.1276, text: null });
	});

	it('puts a media caption into text and the media URL into mediaUrl', async () => {
		expect(onlyItem(await deliver(whatsappImageWithCaption()))).toMatchObject({
			messageType: 'image',
			text: 'My broken parcel',
			mediaUrl: 'https://api-eu.nexmo.com/v3/media/6882bbe2-fe14-4e2f-910f-652beee058d4',
		});
	});

	it('takes the error code from the error type and the reason from its detail', async () => {
		expect(onlyItem(await deliver(whatsappRejected()))).toMatchObject({
			eventType: 'messageStatus',
			status: 'rejected',
			errorCode: '1340',
			errorReason: 'The user has not responded in the last 24 hours; only template messages can be sent.',
			clientRef: 'order-4711',
			from: BUSINESS_NUMBER,
			to: CUSTOMER_NUMBER,
		});
		expect(onlyItem(await deliver(v01StatusRejected()))).toMatchObject({
			apiVersion: 'v0.1',
			channel: 'viber_service',
			from: '654321',
			errorCode: '1300',
			errorReason: 'Not part of the provider network',
		});
	});

	it.each(['submitted', 'delivered', 'read'])('gives an email status (%s) the addresses, status and client reference', async (status) => {
		const body = emailStatus(status);
		expect(onlyItem(await deliver(body))).toEqual({
			eventType: 'messageStatus',
			apiVersion: 'v1',
			channel: 'email',
			messageType: null,
			messageUuid: body.message_uuid,
			timestamp: '2025-02-03T12:17:00Z',
			from: BUSINESS_EMAIL,
			to: CUSTOMER_EMAIL,
			text: null,
			mediaUrl: null,
			replyId: null,
			replyTitle: null,
			latitude: null,
			longitude: null,
			profileName: null,
			contextMessageUuid: null,
			status,
			errorCode: null,
			errorReason: null,
			clientRef: 'order-4711',
			signatureVerified: false,
			raw: body,
		});
	});

	it('takes the error code and reason of an undeliverable email', async () => {
		expect(onlyItem(await deliver(emailUndeliverable()))).toMatchObject({
			eventType: 'messageStatus',
			channel: 'email',
			status: 'undeliverable',
			errorCode: '2003',
			errorReason: 'Destination unavailable - Recipient email address is in the suppression list.',
		});
	});

	it('keeps an SMS status with text-like fields a status, and an SMS text an inbound message', async () => {
		expect(onlyItem(await deliver(smsDelivered(undefined, { text: 'echo of the message' })))).toMatchObject({
			eventType: 'messageStatus',
			messageType: null,
			text: null,
		});
		expect(onlyItem(await deliver(smsText()))).toMatchObject({ eventType: 'inboundMessage', text: 'STOP' });
	});
});
