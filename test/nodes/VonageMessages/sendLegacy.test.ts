import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

/**
 * Send with Options > API Format "Legacy V0.1": the same fields as a v1 send, sent in v0.1's nested
 * format to POST /v0.1/messages. FakeVonage checks every body against the v0.1 spec (0.4.0).
 */
describe('Send in the legacy v0.1 format', () => {
	const fake = useFakeVonage((answering) => answering.on('NewMessage', () => ({ status: 202, body: { message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } })));

	async function send(parameters: INodeParameters, authentication: 'jwt' | 'basic' = 'jwt', items?: IDataObject[], continueOnFail = false) {
		return await runMessages(
			fake,
			{
				authentication,
				operation: 'send',
				...parameters,
				options: { apiFormat: 'v0.1', ...((parameters.options as IDataObject | undefined) ?? {}) },
			},
			{ items, continueOnFail },
		);
	}

	/** The one request the send made: on the v0.1 path, valid against the v0.1 spec. */
	function sentBody(): unknown {
		const request = theOnlyRequest(fake);
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/v0.1/messages');
		expect(request.operationId).toBe('NewMessage');
		return request.body;
	}

	async function expectRefused(parameters: INodeParameters, message: string, description?: string) {
		const refusal = send(parameters);
		await expect(refusal).rejects.toMatchObject({ message, ...(description ? { description } : {}) });
		expect(fake.requests).toHaveLength(0);
	}

	const whatsapp = { channel: 'whatsapp', from: '447700900001', to: '447700900000' };

	describe('SMS', () => {
		it('sends text with a JWT, numbers normalized, and reports the send as a v1 send does', async () => {
			const { items } = await send({
				channel: 'sms',
				messageType: 'text',
				from: '+44 7700 900001',
				to: '0044 7700 900000',
				text: 'Your order has shipped',
				additionalFields: { clientRef: 'order-2041' },
			});
			expect(sentBody()).toEqual({
				to: { type: 'sms', number: '447700900000' },
				from: { type: 'sms', number: '447700900001' },
				message: { content: { type: 'text', text: 'Your order has shipped' } },
				client_ref: 'order-2041',
			});
			expect(fake.requests[0].authScheme).toBe('bearer');
			expect(items.map((item) => item.json)).toEqual([
				{
					message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
					channel: 'sms',
					message_type: 'text',
					to: '447700900000',
					from: '447700900001',
					client_ref: 'order-2041',
				},
			]);
		});

		it('sends with Basic auth, from an alphanumeric sender ID', async () => {
			const { items } = await send({ channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'Hello' }, 'basic');
			expect(sentBody()).toEqual({
				to: { type: 'sms', number: '447700900000' },
				from: { type: 'sms', number: 'Acme' },
				message: { content: { type: 'text', text: 'Hello' } },
			});
			expect(fake.requests[0].authScheme).toBe('basic');
			expect(items[0].json).toMatchObject({ channel: 'sms', from: 'Acme', to: '447700900000' });
		});

		it('sends one request per item, each in the v0.1 format', async () => {
			const { items } = await send(
				{ channel: 'sms', messageType: 'text', from: 'Acme', to: '={{ $json.to }}', text: '={{ "Hi " + $json.name }}' },
				'jwt',
				[
					{ to: '447700900010', name: 'Ana' },
					{ to: '447700900011', name: 'Ben' },
				],
			);
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => [request.path, request.body]).sort()).toEqual([
				['/v0.1/messages', { to: { type: 'sms', number: '447700900010' }, from: { type: 'sms', number: 'Acme' }, message: { content: { type: 'text', text: 'Hi Ana' } } }],
				['/v0.1/messages', { to: { type: 'sms', number: '447700900011' }, from: { type: 'sms', number: 'Acme' }, message: { content: { type: 'text', text: 'Hi Ben' } } }],
			]);
			expect(items.map((item) => item.json.to)).toEqual(['447700900010', '447700900011']);
		});

		it('drops the default encoding "auto" (v0.1 detects unicode itself) and refuses an explicit encoding', async () => {
			await send({ channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'Grüße', smsOptions: { encodingType: 'auto' } });
			expect(sentBody()).toEqual({
				to: { type: 'sms', number: '447700900000' },
				from: { type: 'sms', number: 'Acme' },
				message: { content: { type: 'text', text: 'Grüße' } },
			});
			fake.reset();
			await expectRefused(
				{ channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'Hi', smsOptions: { encodingType: 'unicode' } },
				'Encoding Type (sms.encoding_type) is not available for SMS in the legacy v0.1 format (item 0)',
			);
		});

		it("refuses text over v0.1's SMS limit of 1,000 characters before sending", async () => {
			await expectRefused(
				{ channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'x'.repeat(1001) },
				'Text is 1001 characters long; the legacy v0.1 format allows 1000 for SMS (item 0)',
			);
		});
	});

	describe('MMS', () => {
		it('sends an image with caption', async () => {
			await send({ channel: 'mms', messageType: 'image', from: '14155550100', to: '14155550101', imageUrl: 'https://example.com/store.jpg', imageCaption: 'Our new store' });
			expect(sentBody()).toEqual({
				to: { type: 'mms', number: '14155550101' },
				from: { type: 'mms', number: '14155550100' },
				message: { content: { type: 'image', image: { url: 'https://example.com/store.jpg', caption: 'Our new store' } } },
			});
		});

		it('refuses the MMS types v0.1 does not have, naming them', async () => {
			await expectRefused(
				{ channel: 'mms', messageType: 'vcard', from: '14155550100', to: '14155550101', vCardUrl: 'https://example.com/contact.vcf' },
				'MMS vcard messages cannot be sent in the legacy v0.1 format (item 0)',
				'In the legacy v0.1 format MMS sends image messages. To send a vcard message, set Options > API Format to "Messages API V1 (Current)".',
			);
		});
	});

	describe('WhatsApp', () => {
		it('sends text with Basic auth', async () => {
			const { items } = await send({ ...whatsapp, messageType: 'text', text: 'Hello from Acme' }, 'basic');
			expect(sentBody()).toEqual({
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content: { type: 'text', text: 'Hello from Acme' } },
			});
			expect(fake.requests[0].authScheme).toBe('basic');
			expect(items[0].json).toEqual({
				message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
				channel: 'whatsapp',
				message_type: 'text',
				to: '447700900000',
				from: '447700900001',
			});
		});

		it.each([
			['image with caption', { messageType: 'image', imageUrl: 'https://example.com/cat.jpg', imageCaption: 'Oliver' }, { type: 'image', image: { url: 'https://example.com/cat.jpg', caption: 'Oliver' } }],
			['audio', { messageType: 'audio', audioUrl: 'https://example.com/note.mp3' }, { type: 'audio', audio: { url: 'https://example.com/note.mp3' } }],
			['video', { messageType: 'video', videoUrl: 'https://example.com/clip.mp4' }, { type: 'video', video: { url: 'https://example.com/clip.mp4' } }],
			['file with caption', { messageType: 'file', fileUrl: 'https://example.com/invoice.pdf', fileCaption: 'Invoice 2041' }, { type: 'file', file: { url: 'https://example.com/invoice.pdf', caption: 'Invoice 2041' } }],
		])('sends %s', async (_name, fields, content) => {
			await send({ ...whatsapp, ...fields });
			expect(sentBody()).toEqual({
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: { content },
			});
		});

		it('sends a template with locale, policy and parameters, each parameter as {"default": ...}', async () => {
			await send({
				...whatsapp,
				messageType: 'template',
				templateName: 'acme:order_confirmation',
				templateLocale: 'en_GB',
				templatePolicy: 'deterministic',
				templateParametersInput: 'fields',
				templateParameters: { parameter: [{ value: 'Ana' }, { value: '2041' }] },
				additionalFields: { clientRef: 'order-2041' },
			});
			expect(sentBody()).toEqual({
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: {
					content: { type: 'template', template: { name: 'acme:order_confirmation', parameters: [{ default: 'Ana' }, { default: '2041' }] } },
					whatsapp: { locale: 'en-GB', policy: 'deterministic' },
				},
				client_ref: 'order-2041',
			});
		});

		it('sends a template whose parameters come as JSON', async () => {
			await send({
				...whatsapp,
				messageType: 'template',
				templateName: 'acme:verify',
				templateLocale: 'de',
				templateParametersInput: 'json',
				templateParametersJson: '["64873", 10]',
			});
			expect(sentBody()).toEqual({
				to: { type: 'whatsapp', number: '447700900000' },
				from: { type: 'whatsapp', number: '447700900001' },
				message: {
					content: { type: 'template', template: { name: 'acme:verify', parameters: [{ default: '64873' }, { default: '10' }] } },
					whatsapp: { locale: 'de', policy: 'deterministic' },
				},
			});
		});

		it.each([
			[{ messageType: 'reaction', reactToMessageUuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab', reactionAction: 'react', reactionEmoji: '👍' }, 'reaction'],
			[{ messageType: 'sticker', stickerSource: 'url', stickerUrl: 'https://example.com/sticker.webp' }, 'sticker'],
			[{ messageType: 'custom', customPayload: '{"type": "interactive", "interactive": {"type": "button"}}' }, 'custom'],
		])('refuses %j without sending anything', async (fields, type) => {
			await expectRefused(
				{ ...whatsapp, ...fields },
				`WhatsApp ${type} messages cannot be sent in the legacy v0.1 format (item 0)`,
				`In the legacy v0.1 format WhatsApp sends text, image, audio, video, file and template messages. To send a ${type} message, set Options > API Format to "Messages API V1 (Current)".`,
			);
		});

		it('refuses what v0.1 cannot carry: business-scoped user ID, video caption, file name, reply context', async () => {
			await expectRefused(
				{ ...whatsapp, to: 'US.13491208655302741918', messageType: 'text', text: 'Hi' },
				'To "US.13491208655302741918" is not a phone number; the legacy v0.1 format sends WhatsApp to phone numbers only (item 0)',
			);
			await expectRefused(
				{ ...whatsapp, messageType: 'video', videoUrl: 'https://example.com/clip.mp4', videoCaption: 'Watch this' },
				'Caption (video.caption) is not available for WhatsApp in the legacy v0.1 format (item 0)',
			);
			await expectRefused(
				{ ...whatsapp, messageType: 'file', fileUrl: 'https://example.com/invoice.pdf', fileName: 'invoice.pdf' },
				'File Name (file.name) is not available for WhatsApp in the legacy v0.1 format (item 0)',
			);
			await expectRefused(
				{ ...whatsapp, messageType: 'text', text: 'Yes', whatsappOptions: { replyToMessageUuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } },
				'Reply To Message UUID (context) is not available for WhatsApp in the legacy v0.1 format (item 0)',
			);
		});
	});

	describe('Messenger', () => {
		const messenger = { channel: 'messenger', from: '107200000000000', to: '1234567890123456' };

		it('sends text with ids in to.id and from.id, the default category included', async () => {
			const { items } = await send({ ...messenger, messageType: 'text', text: 'Your table is ready' }, 'basic');
			expect(sentBody()).toEqual({
				to: { type: 'messenger', id: '1234567890123456' },
				from: { type: 'messenger', id: '107200000000000' },
				message: { content: { type: 'text', text: 'Your table is ready' }, messenger: { category: 'response' } },
			});
			expect(fake.requests[0].authScheme).toBe('basic');
			expect(items[0].json).toEqual({
				message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
				channel: 'messenger',
				message_type: 'text',
				to: '1234567890123456',
				from: '107200000000000',
			});
		});

		it.each(['image', 'audio', 'video', 'file'])('sends %s with a message tag', async (kind) => {
			await send({
				...messenger,
				messageType: kind,
				[`${kind}Url`]: `https://example.com/media/${kind}-attachment`,
				messengerCategory: 'message_tag',
				messengerTag: 'POST_PURCHASE_UPDATE',
			});
			expect(sentBody()).toEqual({
				to: { type: 'messenger', id: '1234567890123456' },
				from: { type: 'messenger', id: '107200000000000' },
				message: {
					content: { type: kind, [kind]: { url: `https://example.com/media/${kind}-attachment` } },
					messenger: { category: 'message_tag', tag: 'POST_PURCHASE_UPDATE' },
				},
			});
		});
	});

	describe('Viber', () => {
		const viber = { channel: 'viber_service', from: '16273', to: '447700900000' };

		it('sends text with category, TTL and type in message.viber_service_msg', async () => {
			const { items } = await send({ ...viber, messageType: 'text', text: 'Your code is 1234', viberOptions: { category: 'transaction', ttl: 600, type: 'template' } });
			expect(sentBody()).toEqual({
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: { content: { type: 'text', text: 'Your code is 1234' }, viber_service_msg: { category: 'transaction', ttl: 600, type: 'template' } },
			});
			expect(items[0].json).toMatchObject({ channel: 'viber_service', message_type: 'text', to: '447700900000', from: '16273' });
		});

		it('sends an image with Basic auth', async () => {
			await send({ ...viber, messageType: 'image', imageUrl: 'https://example.com/offer.png', viberOptions: { category: 'promotion' } }, 'basic');
			expect(sentBody()).toEqual({
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: { content: { type: 'image', image: { url: 'https://example.com/offer.png' } }, viber_service_msg: { category: 'promotion' } },
			});
			expect(fake.requests[0].authScheme).toBe('basic');
		});

		it('sends a Viber template (a v0.1-only message) with its parameters as {"default": ...} and the Viber type "template"', async () => {
			const { items } = await send({
				...viber,
				messageType: 'template',
				templateName: 'order_update',
				templateParameters: { parameter: [{ value: 'Ada' }, { value: 'A-1042' }] },
				viberOptions: { category: 'transaction' },
				additionalFields: { clientRef: 'order-2041' },
			});
			expect(sentBody()).toEqual({
				to: { type: 'viber_service_msg', number: '447700900000' },
				from: { type: 'viber_service_msg', id: '16273' },
				message: {
					content: { type: 'template', template: { name: 'order_update', parameters: [{ default: 'Ada' }, { default: 'A-1042' }] } },
					viber_service_msg: { category: 'transaction', type: 'template' },
				},
				client_ref: 'order-2041',
			});
			expect(items[0].json).toMatchObject({ channel: 'viber_service', message_type: 'template', to: '447700900000', from: '16273', client_ref: 'order-2041' });
		});

		it('sends a Viber template whose parameters come as JSON, with Basic auth', async () => {
			await send({ ...viber, messageType: 'template', templateName: ' welcome ', templateParametersInput: 'json', templateParametersJson: '["Ada", 42]' }, 'basic');
			expect(sentBody()).toMatchObject({
				message: { content: { type: 'template', template: { name: 'welcome', parameters: [{ default: 'Ada' }, { default: '42' }] } } },
			});
			expect(fake.requests[0].authScheme).toBe('basic');
		});

		it('refuses a Viber template without a name or with an empty parameter', async () => {
			await expectRefused({ ...viber, messageType: 'template', templateName: '' }, 'Template Name is required (item 0)');
			await expectRefused(
				{ ...viber, messageType: 'template', templateName: 'welcome', templateParameters: { parameter: [{ value: 'Ada' }, { value: ' ' }] } },
				'Template parameter 2 is required (item 0)',
			);
		});

		it('refuses a Viber template in the v1 format, which has none, and says to switch the format', async () => {
			const refusal = runMessages(fake, { operation: 'send', ...viber, messageType: 'template', templateName: 'welcome' });
			await expect(refusal).rejects.toMatchObject({
				message: 'Viber template messages exist only in the legacy v0.1 format (item 0)',
				description: 'Set Options > API Format to "Legacy V0.1", or send a Viber text, image, video or file message.',
			});
			expect(fake.requests).toHaveLength(0);
		});

		it('refuses video, file, image captions and action buttons, which v0.1 does not have', async () => {
			await expectRefused(
				{ ...viber, messageType: 'file', fileUrl: 'https://example.com/terms.pdf' },
				'Viber file messages cannot be sent in the legacy v0.1 format (item 0)',
			);
			await expectRefused(
				{ ...viber, messageType: 'video', videoUrl: 'https://example.com/clip.mp4', videoThumbnailUrl: 'https://example.com/thumb.jpg', videoDuration: 30, videoFileSize: 2 },
				'Viber video messages cannot be sent in the legacy v0.1 format (item 0)',
			);
			await expectRefused(
				{ ...viber, messageType: 'image', imageUrl: 'https://example.com/offer.png', imageCaption: 'Spring sale' },
				'Caption (image.caption) is not available for Viber in the legacy v0.1 format (item 0)',
			);
			await expectRefused(
				{ ...viber, messageType: 'text', text: 'Spring sale', viberActionButton: { button: { text: 'Shop now', url: 'https://example.com/shop' } } },
				'Action Button (viber_service.action) is not available for Viber in the legacy v0.1 format (item 0)',
			);
		});
	});

	describe('RCS', () => {
		it('is refused: v0.1 has no RCS channel', async () => {
			await expectRefused(
				{ channel: 'rcs', messageType: 'text', from: 'AcmeAgent', to: '447700900000', text: 'Your parcel arrives today' },
				'RCS messages cannot be sent in the legacy v0.1 format (item 0)',
				'The legacy v0.1 format covers SMS, MMS, WhatsApp, Messenger and Viber only. To send RCS messages, set Options > API Format to "Messages API V1 (Current)".',
			);
		});
	});

	describe('options v0.1 does not have', () => {
		it('refuses failover, naming it', async () => {
			await expectRefused(
				{
					...whatsapp,
					messageType: 'text',
					text: 'Your code is 1234',
					additionalFields: { failoverMessages: { message: [{ channel: 'sms', from: 'Acme', text: 'Your code is 1234' }] } },
				},
				'Failover Messages (failover) is not available for WhatsApp in the legacy v0.1 format (item 0)',
				'Remove Failover Messages, or set Options > API Format to "Messages API V1 (Current)". v0.1 sends one message per request and has no failover.',
			);
		});

		it('refuses a status webhook URL and says where v0.1 sends status events', async () => {
			await expectRefused(
				{ ...whatsapp, messageType: 'text', text: 'Hi', additionalFields: { webhookUrl: 'https://example.com/status' } },
				'Status Webhook URL (webhook_url) is not available for WhatsApp in the legacy v0.1 format (item 0)',
				'Remove Status Webhook URL, or set Options > API Format to "Messages API V1 (Current)". In v0.1, Vonage sends status events to the status URL of your application (JWT) or account (Basic).',
			);
		});

		it('refuses an SMS time to live', async () => {
			await expectRefused(
				{ channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'Hi', additionalFields: { ttl: 600 } },
				'Time to Live (ttl) is not available for SMS in the legacy v0.1 format (item 0)',
			);
		});

		it("refuses a client reference over v0.1's 40 characters", async () => {
			await expectRefused(
				{ ...whatsapp, messageType: 'text', text: 'Hi', additionalFields: { clientRef: 'r'.repeat(41) } },
				'Client Reference is 41 characters long; the legacy v0.1 format allows 40 (item 0)',
			);
		});

		it('with Continue On Fail, a refused item keeps its error and the others are sent', async () => {
			const { items } = await send(
				{ ...whatsapp, messageType: 'text', text: 'Hi', additionalFields: { clientRef: '={{ $json.ref }}' } },
				'jwt',
				[{ ref: 'ok-1' }, { ref: 'r'.repeat(41) }, { ref: 'ok-3' }],
				true,
			);
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => (request.body as IDataObject).client_ref).sort()).toEqual(['ok-1', 'ok-3']);
			expect(items.map((item) => item.json.client_ref ?? item.error?.message)).toEqual([
				'ok-1',
				'Client Reference is 41 characters long; the legacy v0.1 format allows 40 (item 1)',
				'ok-3',
			]);
		});
	});

	it("shows Vonage's v0.1 error with its title and detail", async () => {
		fake.on('NewMessage', () => ({
			status: 400,
			body: {
				type: 'https://www.nexmo.com/messages/Errors#InvalidParams',
				title: 'Invalid Parameters',
				detail: 'Your request parameters did not validate.',
				instance: 'f94b4e56604e07e5e5ad5a7228618f81',
			},
		}));
		await expect(send({ channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'Hi' })).rejects.toMatchObject({
			message: expect.stringContaining('Invalid Parameters'),
		});
		expect(fake.requests.map((request) => request.path)).toEqual(['/v0.1/messages']);
	});

	it('leaves the default format alone: without the option, Send uses /v1/messages', async () => {
		fake.on('SendMessage', () => ({ status: 202, body: { message_uuid: 'bbbbbbbb-bbbb-4ccc-8ddd-0123456789ab' } }));
		await runMessages(fake, { authentication: 'jwt', operation: 'send', channel: 'sms', messageType: 'text', from: 'Acme', to: '447700900000', text: 'Hi' });
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => [request.path, request.body])).toEqual([
			['/v1/messages', { channel: 'sms', message_type: 'text', from: 'Acme', to: '447700900000', text: 'Hi' }],
		]);
	});
});
