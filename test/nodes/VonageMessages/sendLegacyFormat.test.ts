import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import {
	apiFormatOption,
	convertToLegacyFormat,
	describeLegacyBody,
	type LegacyBody,
	type LegacyConversion,
	type LegacyRefusal,
} from '../../../nodes/VonageMessages/descriptions/message/send/legacyFormat';
import { SpecValidator } from '../../helpers/specValidator';

const specs = new SpecValidator();

function converted(v1Body: IDataObject): LegacyBody {
	const conversion: LegacyConversion = convertToLegacyFormat(v1Body);
	if ('refusal' in conversion) throw new Error(`unexpected refusal: ${conversion.refusal.message}`);
	return conversion.body;
}

function refused(v1Body: IDataObject): LegacyRefusal {
	const conversion = convertToLegacyFormat(v1Body);
	if (!('refusal' in conversion)) throw new Error(`expected a refusal, got ${JSON.stringify(conversion.body)}`);
	return conversion.refusal;
}

/** What the v0.1 spec (0.4.0, as the test server applies it) says about a body. */
function specViolations(body: LegacyBody): string[] {
	return specs.check('POST', '/v0.1/messages', new URLSearchParams(), 'Bearer token', body, JSON.stringify(body)).violations;
}

const whatsapp = { channel: 'whatsapp', to: '447700900000', from: '447700900001' };
const messenger = { channel: 'messenger', to: '4455667788', from: '1122334455' };
const viber = { channel: 'viber_service', to: '447700900000', from: '16273' };

describe('convertToLegacyFormat: v1 bodies that v0.1 can carry', () => {
	const cases: Array<[string, IDataObject, LegacyBody]> = [
		[
			'SMS text with client reference',
			{ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'Hello', client_ref: 'order-17' },
			{
				to: { type: 'sms', number: '447700900000' },
				from: { type: 'sms', number: 'Acme' },
				message: { content: { type: 'text', text: 'Hello' } },
				client_ref: 'order-17',
			},
		],
		[
			'SMS text with the default encoding "auto", which v0.1 applies by itself',
			{ channel: 'sms', message_type: 'text', to: '447700900000', from: '447700900001', text: 'Hi', sms: { encoding_type: 'auto' } },
			{
				to: { type: 'sms', number: '447700900000' },
				from: { type: 'sms', number: '447700900001' },
				message: { content: { type: 'text', text: 'Hi' } },
			},
		],
		[
			'MMS image with caption',
			{ channel: 'mms', message_type: 'image', to: '14155550100', from: '12345', image: { url: 'https://example.com/a.jpg', caption: 'New store' } },
			{
				to: { type: 'mms', number: '14155550100' },
				from: { type: 'mms', number: '12345' },
				message: { content: { type: 'image', image: { url: 'https://example.com/a.jpg', caption: 'New store' } } },
			},
		],
		[
			'WhatsApp text',
			{ ...whatsapp, message_type: 'text', text: 'Hi there' },
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'text', text: 'Hi there' } },
			},
		],
		[
			'WhatsApp image with caption',
			{ ...whatsapp, message_type: 'image', image: { url: 'https://example.com/cat.jpg', caption: 'Oliver' } },
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'image', image: { url: 'https://example.com/cat.jpg', caption: 'Oliver' } } },
			},
		],
		[
			'WhatsApp audio',
			{ ...whatsapp, message_type: 'audio', audio: { url: 'https://example.com/a.mp3' } },
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'audio', audio: { url: 'https://example.com/a.mp3' } } },
			},
		],
		[
			'WhatsApp video',
			{ ...whatsapp, message_type: 'video', video: { url: 'https://example.com/v.mp4' } },
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'video', video: { url: 'https://example.com/v.mp4' } } },
			},
		],
		[
			'WhatsApp file with caption',
			{ ...whatsapp, message_type: 'file', file: { url: 'https://example.com/r.pdf', caption: 'Report' } },
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'file', file: { url: 'https://example.com/r.pdf', caption: 'Report' } } },
			},
		],
		[
			'WhatsApp template with locale, policy and parameters',
			{
				...whatsapp,
				message_type: 'template',
				template: { name: 'acme:verify', parameters: ['Acme', '64873'] },
				whatsapp: { locale: 'en-GB', policy: 'deterministic' },
			},
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: {
					content: { type: 'template', template: { name: 'acme:verify', parameters: [{ default: 'Acme' }, { default: '64873' }] } },
					whatsapp: { locale: 'en-GB', policy: 'deterministic' },
				},
			},
		],
		[
			'WhatsApp template without parameters',
			{ ...whatsapp, message_type: 'template', template: { name: 'acme:welcome', parameters: [] }, whatsapp: { locale: 'de' } },
			{
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'template', template: { name: 'acme:welcome' } }, whatsapp: { locale: 'de' } },
			},
		],
		[
			'Messenger text with category and tag',
			{ ...messenger, message_type: 'text', text: 'Your ticket was updated', messenger: { category: 'message_tag', tag: 'ACCOUNT_UPDATE' } },
			{
				to: { type: 'messenger', id: '4455667788' },
				from: { type: 'messenger', id: '1122334455' },
				message: { content: { type: 'text', text: 'Your ticket was updated' }, messenger: { category: 'message_tag', tag: 'ACCOUNT_UPDATE' } },
			},
		],
		...(['image', 'audio', 'video', 'file'] as const).map((kind): [string, IDataObject, LegacyBody] => [
			`Messenger ${kind}`,
			{ ...messenger, message_type: kind, [kind]: { url: `https://example.com/${kind}` }, messenger: { category: 'response' } },
			{
				to: { type: 'messenger', id: '4455667788' },
				from: { type: 'messenger', id: '1122334455' },
				message: { content: { type: kind, [kind]: { url: `https://example.com/${kind}` } }, messenger: { category: 'response' } },
			},
		]),
		[
			'Viber text with category, TTL and type',
			{ ...viber, message_type: 'text', text: 'Your code is 1234', viber_service: { category: 'transaction', ttl: 600, type: 'string' } },
			{
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: { content: { type: 'text', text: 'Your code is 1234' }, viber_service_msg: { category: 'transaction', ttl: 600, type: 'string' } },
			},
		],
		[
			'Viber image',
			{ ...viber, message_type: 'image', image: { url: 'https://example.com/offer.png' }, viber_service: { category: 'promotion' } },
			{
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: { content: { type: 'image', image: { url: 'https://example.com/offer.png' } }, viber_service_msg: { category: 'promotion' } },
			},
		],
		[
			'Viber template (v0.1 only), with the Viber type "template" the spec names for it',
			{ ...viber, message_type: 'template', template: { name: 'order_update', parameters: ['Ada', 'A-1042'] }, viber_service: { ttl: 3600 } },
			{
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: {
					content: { type: 'template', template: { name: 'order_update', parameters: [{ default: 'Ada' }, { default: 'A-1042' }] } },
					viber_service_msg: { ttl: 3600, type: 'template' },
				},
			},
		],
		[
			'Viber template without parameters, keeping a Viber Type the user set',
			{ ...viber, message_type: 'template', template: { name: 'welcome' }, viber_service: { type: 'string' } },
			{
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: { content: { type: 'template', template: { name: 'welcome' } }, viber_service_msg: { type: 'string' } },
			},
		],
	];

	it.each(cases)('%s', (_name, v1Body, legacyBody) => {
		const body = converted(v1Body);
		expect(body).toEqual(legacyBody);
		expect(specViolations(body)).toEqual([]);
	});

	it("writes WhatsApp's template locale (en_US) in BCP 47 (en-US), as v0.1 expects", () => {
		const body = converted({ ...whatsapp, message_type: 'template', template: { name: 'acme:welcome' }, whatsapp: { locale: 'pt_BR', policy: 'deterministic' } });
		expect(body.message.whatsapp).toEqual({ locale: 'pt-BR', policy: 'deterministic' });
	});

	it('leaves empty optional parts out instead of sending empty objects', () => {
		expect(
			converted({ ...messenger, message_type: 'text', text: 'Hi', messenger: {}, client_ref: '', webhook_url: '', trusted_recipient: false }),
		).toEqual({
			to: { type: 'messenger', id: '4455667788' },
			from: { type: 'messenger', id: '1122334455' },
			message: { content: { type: 'text', text: 'Hi' } },
		});
	});
});

describe('convertToLegacyFormat: what v0.1 cannot carry is refused, naming it', () => {
	it.each([
		[{ channel: 'rcs', message_type: 'text', to: '447700900000', from: 'agent', text: 'Hi' }, 'RCS messages cannot be sent in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'reaction', reaction: { action: 'react', emoji: '👍' } }, 'WhatsApp reaction messages cannot be sent in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'sticker', sticker: { url: 'https://example.com/s.webp' } }, 'WhatsApp sticker messages cannot be sent in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'custom', custom: { type: 'interactive' } }, 'WhatsApp custom messages cannot be sent in the legacy v0.1 format'],
		[{ channel: 'mms', message_type: 'vcard', to: '14155550100', from: '12345', vcard: { url: 'https://example.com/c.vcf' } }, 'MMS vcard messages cannot be sent in the legacy v0.1 format'],
		[{ channel: 'mms', message_type: 'text', to: '14155550100', from: '12345', text: 'Hi' }, 'MMS text messages cannot be sent in the legacy v0.1 format'],
		[{ ...viber, message_type: 'video', video: { url: 'https://example.com/v.mp4', thumb_url: 'https://example.com/t.jpg' } }, 'Viber video messages cannot be sent in the legacy v0.1 format'],
		[{ ...viber, message_type: 'file', file: { url: 'https://example.com/f.pdf' } }, 'Viber file messages cannot be sent in the legacy v0.1 format'],
	])('refuses %j', (v1Body, message) => {
		const refusal = refused(v1Body);
		expect(refusal.message).toBe(message);
		expect(refusal.description).toContain('set Options > API Format to "Messages API V1 (Current)"');
	});

	it('names the v1 entry of the API Format option exactly as the form shows it', () => {
		const current = (apiFormatOption.options as INodePropertyOptions[]).find((option) => option.value === 'v1');
		expect(apiFormatOption.default).toBe('v1');
		expect(refused({ channel: 'rcs', message_type: 'text', to: '447700900000', from: 'agent', text: 'Hi' }).description).toContain(`"${current?.name}"`);
	});

	it('refuses names that only exist on JavaScript objects, not as channels or types', () => {
		expect(refused({ channel: 'constructor', message_type: 'text', to: '447700900000', from: 'x', text: 'Hi' }).message).toBe(
			'constructor messages cannot be sent in the legacy v0.1 format',
		);
		expect(refused({ ...whatsapp, message_type: 'toString', text: 'Hi' }).message).toBe('WhatsApp toString messages cannot be sent in the legacy v0.1 format');
	});

	it('says which message types the channel has in v0.1', () => {
		expect(refused({ ...whatsapp, message_type: 'reaction', reaction: { action: 'react', emoji: '👍' } }).description).toBe(
			'In the legacy v0.1 format WhatsApp sends text, image, audio, video, file and template messages. To send a reaction message, set Options > API Format to "Messages API V1 (Current)".',
		);
	});

	it.each([
		[{ ...whatsapp, message_type: 'text', text: 'Hi', failover: [{ channel: 'sms', message_type: 'text', text: 'Hi' }] }, 'Failover Messages (failover) is not available for WhatsApp in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'text', text: 'Hi', webhook_url: 'https://example.com/status' }, 'Status Webhook URL (webhook_url) is not available for WhatsApp in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'text', text: 'Hi', webhook_version: 'v1' }, 'Status Webhook Version (webhook_version) is not available for WhatsApp in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'text', text: 'Hi', context: { message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } }, 'Reply To Message UUID (context) is not available for WhatsApp in the legacy v0.1 format'],
		[{ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'Hi', ttl: 600 }, 'Time to Live (ttl) is not available for SMS in the legacy v0.1 format'],
		[{ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'Hi', trusted_recipient: true }, 'Trusted Recipient (trusted_recipient) is not available for SMS in the legacy v0.1 format'],
		[{ channel: 'sms', message_type: 'text', to: '919876543210', from: 'ACMEIN', text: 'Hi', sms: { encoding_type: 'auto', entity_id: '1101456' } }, 'Entity ID (sms.entity_id) is not available for SMS in the legacy v0.1 format'],
		[{ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'Hi', sms: { pool_id: 'pool-1' } }, 'Number Pool ID (sms.pool_id) is not available for SMS in the legacy v0.1 format'],
		[{ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'Hi', sms: { encoding_type: 'unicode' } }, 'Encoding Type (sms.encoding_type) is not available for SMS in the legacy v0.1 format'],
		[{ channel: 'mms', message_type: 'image', to: '14155550100', from: '12345', image: { url: 'https://example.com/a.jpg' }, mms: { participants: ['14155550101'] } }, 'Group Participants (mms.participants) is not available for MMS in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'video', video: { url: 'https://example.com/v.mp4', caption: 'Watch' } }, 'Caption (video.caption) is not available for WhatsApp in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'file', file: { url: 'https://example.com/r.pdf', name: 'report.pdf' } }, 'File Name (file.name) is not available for WhatsApp in the legacy v0.1 format'],
		[{ ...viber, message_type: 'image', image: { url: 'https://example.com/o.png', caption: 'Offer' } }, 'Caption (image.caption) is not available for Viber in the legacy v0.1 format'],
		[{ ...viber, message_type: 'text', text: 'Hi', viber_service: { category: 'promotion', action: { url: 'https://example.com', text: 'Shop' } } }, 'Action Button (viber_service.action) is not available for Viber in the legacy v0.1 format'],
		[{ ...whatsapp, message_type: 'text', text: 'Hi', some_new_field: 'x' }, 'The field some_new_field is not available for WhatsApp in the legacy v0.1 format'],
	])('refuses %j', (v1Body, message) => {
		const refusal = refused(v1Body);
		expect(refusal.message).toBe(message);
		expect(refusal.description).toMatch(/^Remove .+, or set Options > API Format to "Messages API V1 \(Current\)"\./);
	});

	it('refuses a WhatsApp Business-scoped User ID as recipient: v0.1 addresses phone numbers', () => {
		expect(refused({ ...whatsapp, to: 'US.13491208655302741918', message_type: 'text', text: 'Hi' })).toEqual({
			message: 'To "US.13491208655302741918" is not a phone number; the legacy v0.1 format sends WhatsApp to phone numbers only',
			description: 'Enter the recipient\'s phone number in international format, e.g. 447700900000, or set Options > API Format to "Messages API V1 (Current)".',
		});
	});

	it('explains where status events go when a webhook URL is refused', () => {
		expect(refused({ ...whatsapp, message_type: 'text', text: 'Hi', webhook_url: 'https://example.com/status' }).description).toBe(
			'Remove Status Webhook URL, or set Options > API Format to "Messages API V1 (Current)". In v0.1, Vonage sends status events to the status URL of your application (JWT) or account (Basic).',
		);
	});

	it("applies v0.1's shorter limits: SMS text 1,000 characters, client reference 40", () => {
		expect(refused({ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'x'.repeat(1001) }).message).toBe(
			'Text is 1001 characters long; the legacy v0.1 format allows 1000 for SMS',
		);
		expect(converted({ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'x'.repeat(1000) }).message.content.text).toHaveLength(1000);
		expect(refused({ ...whatsapp, message_type: 'text', text: 'Hi', client_ref: 'r'.repeat(41) }).message).toBe(
			'Client Reference is 41 characters long; the legacy v0.1 format allows 40',
		);
		expect(converted({ ...whatsapp, message_type: 'text', text: 'Hi', client_ref: 'r'.repeat(40) }).client_ref).toHaveLength(40);
	});
});

describe('describeLegacyBody', () => {
	it('reports a legacy body with the names of v1, so outputs look the same in both formats', () => {
		const body = converted({ ...viber, message_type: 'text', text: 'Hi', client_ref: 'c-1' });
		expect(describeLegacyBody(body)).toEqual({ channel: 'viber_service', message_type: 'text', to: '447700900000', from: '16273', client_ref: 'c-1' });
		expect(describeLegacyBody(converted({ ...messenger, message_type: 'text', text: 'Hi' }))).toEqual({
			channel: 'messenger',
			message_type: 'text',
			to: '4455667788',
			from: '1122334455',
		});
	});

	it('leaves a v1 body alone', () => {
		expect(describeLegacyBody({ channel: 'sms', message_type: 'text', to: '447700900000', from: 'Acme', text: 'Hi' })).toBeUndefined();
	});
});
