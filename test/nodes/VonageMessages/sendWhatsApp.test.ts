import type { INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

const addresses = { channel: 'whatsapp', from: '447700900001', to: '447700900000' };
const repliedTo = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';

async function sendWhatsApp(parameters: INodeParameters, authentication: 'jwt' | 'basic' = 'jwt') {
	return await runMessages(fake, { authentication, operation: 'send', ...addresses, ...parameters });
}

function sentBody(): unknown {
	return theOnlyRequest(fake).body;
}

describe('Send WhatsApp', () => {
	it('sends a text by default message type, with the JWT credential', async () => {
		await sendWhatsApp({ text: 'Hello 👋' });

		expect(fake.requests[0].authScheme).toBe('bearer');
		expect(sentBody()).toEqual({ ...addresses, message_type: 'text', text: 'Hello 👋' });
	});

	it('sends with the Basic credential', async () => {
		await sendWhatsApp({ messageType: 'text', text: 'Hello' }, 'basic');

		expect(fake.requests[0].authScheme).toBe('basic');
		expect(sentBody()).toEqual({ ...addresses, message_type: 'text', text: 'Hello' });
	});

	it('sends to a business-scoped user ID (BSUID) as it is', async () => {
		await sendWhatsApp({ to: 'US.13491208655302741918', text: 'Hi' });

		expect(sentBody()).toEqual({ ...addresses, to: 'US.13491208655302741918', message_type: 'text', text: 'Hi' });
	});

	it('sends a text as a reply that quotes an earlier message', async () => {
		await sendWhatsApp({ messageType: 'text', text: 'Yes, we are open', whatsappOptions: { replyToMessageUuid: repliedTo } });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'text', text: 'Yes, we are open', context: { message_uuid: repliedTo } });
	});

	it.each([
		['image', { imageUrl: 'https://example.com/cat.jpg', imageCaption: 'Oliver' }, { image: { url: 'https://example.com/cat.jpg', caption: 'Oliver' } }],
		['audio', { audioUrl: 'https://example.com/note.mp3' }, { audio: { url: 'https://example.com/note.mp3' } }],
		['video', { videoUrl: 'https://example.com/tour.mp4', videoCaption: 'A tour' }, { video: { url: 'https://example.com/tour.mp4', caption: 'A tour' } }],
		[
			'file',
			{ fileUrl: 'https://example.com/i/2041', fileCaption: 'Your invoice', fileName: 'invoice-2041.pdf' },
			{ file: { url: 'https://example.com/i/2041', caption: 'Your invoice', name: 'invoice-2041.pdf' } },
		],
	])('sends %s', async (messageType, parameters, expected) => {
		await sendWhatsApp({ messageType, ...parameters });

		expect(sentBody()).toEqual({ ...addresses, message_type: messageType, ...expected });
	});

	it('sends media without the optional caption and file name when they are empty', async () => {
		await sendWhatsApp({ messageType: 'file', fileUrl: 'https://example.com/menu.pdf', fileCaption: '', fileName: '' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'file', file: { url: 'https://example.com/menu.pdf' } });
	});

	it('sends an image as a reply', async () => {
		await sendWhatsApp({ messageType: 'image', imageUrl: 'https://example.com/cat.jpg', whatsappOptions: { replyToMessageUuid: repliedTo } });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'image', image: { url: 'https://example.com/cat.jpg' }, context: { message_uuid: repliedTo } });
	});

	it('sends a template with locale, policy and parameters listed in fields', async () => {
		await sendWhatsApp({
			messageType: 'template',
			templateName: 'verify',
			templateLocale: 'en_GB',
			templateParameters: { parameter: [{ value: 'Verification' }, { value: '2526' }, { value: '5' }] },
		});

		expect(sentBody()).toEqual({
			...addresses,
			message_type: 'template',
			template: { name: 'verify', parameters: ['Verification', '2526', '5'] },
			whatsapp: { locale: 'en_GB', policy: 'deterministic' },
		});
	});

	it('sends a template without parameters', async () => {
		await sendWhatsApp({ messageType: 'template', templateName: 'hello_world' });

		expect(sentBody()).toEqual({
			...addresses,
			message_type: 'template',
			template: { name: 'hello_world' },
			whatsapp: { locale: 'en_US', policy: 'deterministic' },
		});
	});

	it('sends template parameters given as JSON, numbers as text', async () => {
		await sendWhatsApp({
			messageType: 'template',
			templateName: 'order_update',
			templateLocale: 'de',
			templateParametersInput: 'json',
			templateParametersJson: '["Anna", 2041, "morgen"]',
		});

		expect(sentBody()).toEqual({
			...addresses,
			message_type: 'template',
			template: { name: 'order_update', parameters: ['Anna', '2041', 'morgen'] },
			whatsapp: { locale: 'de', policy: 'deterministic' },
		});
	});

	it('takes template parameters in the v0.1 form {"default": "..."} as their text', async () => {
		await sendWhatsApp({
			messageType: 'template',
			templateName: 'verify',
			templateParametersInput: 'json',
			templateParametersJson: '[{"default": "Verification"}, {"default": "64873"}]',
		});

		expect(sentBody()).toEqual({
			...addresses,
			message_type: 'template',
			template: { name: 'verify', parameters: ['Verification', '64873'] },
			whatsapp: { locale: 'en_US', policy: 'deterministic' },
		});
	});

	it('sends a sticker by URL', async () => {
		await sendWhatsApp({ messageType: 'sticker', stickerUrl: 'https://example.com/thumbs-up.webp' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'sticker', sticker: { url: 'https://example.com/thumbs-up.webp' } });
	});

	it('sends a sticker by ID', async () => {
		await sendWhatsApp({ messageType: 'sticker', stickerSource: 'id', stickerId: 'aabb7a31-1d1f-4755-a574-2971d831cd5b' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'sticker', sticker: { id: 'aabb7a31-1d1f-4755-a574-2971d831cd5b' } });
	});

	it('reacts to a message with an emoji', async () => {
		await sendWhatsApp({ messageType: 'reaction', reactToMessageUuid: repliedTo, reactionEmoji: '👍' });

		expect(sentBody()).toEqual({
			...addresses,
			message_type: 'reaction',
			reaction: { action: 'react', emoji: '👍' },
			context: { message_uuid: repliedTo },
		});
	});

	it('removes a reaction', async () => {
		await sendWhatsApp({ messageType: 'reaction', reactToMessageUuid: repliedTo, reactionAction: 'unreact', reactionEmoji: '👍' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'reaction', reaction: { action: 'unreact' }, context: { message_uuid: repliedTo } });
	});

	it('sends a custom payload as the object it describes', async () => {
		const custom = {
			type: 'interactive',
			interactive: { type: 'button', body: { text: 'Confirm?' }, action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] } },
		};
		await sendWhatsApp({ messageType: 'custom', customPayload: JSON.stringify(custom) });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'custom', custom });
	});

	it('sends a custom payload that an expression gives as an object', async () => {
		await sendWhatsApp({ messageType: 'custom', customPayload: '={{ { "type": "location", "location": { "latitude": 1, "longitude": 2 } } }}' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'custom', custom: { type: 'location', location: { latitude: 1, longitude: 2 } } });
	});

	describe('refuses bad input before sending anything', () => {
		it.each([
			['a recipient that is neither a number nor a BSUID', { text: 'Hi', to: 'us.1349' }, 'To "us.1349" is not a phone number in E.164 format (item 0)'],
			['a sender that is not a number', { text: 'Hi', from: 'Acme' }, 'From "Acme" is not a phone number in E.164 format (item 0)'],
			['a text over 4,096 characters', { text: 'a'.repeat(4097) }, 'Text is 4097 characters long; the limit is 4096 (item 0)'],
			[
				'an image caption over 3,000 characters',
				{ messageType: 'image', imageUrl: 'https://example.com/a.jpg', imageCaption: 'x'.repeat(3001) },
				'Caption is 3001 characters long; the limit is 3000 (item 0)',
			],
			['a video URL that is not a URL', { messageType: 'video', videoUrl: 'tour.mp4' }, 'Video URL "tour.mp4" is not a URL (item 0)'],
			['a missing file URL', { messageType: 'file', fileUrl: '' }, 'File URL is required (item 0)'],
			['a missing template name', { messageType: 'template', templateName: '' }, 'Template Name is required (item 0)'],
			['a missing template locale', { messageType: 'template', templateName: 'verify', templateLocale: '' }, 'Template Locale is required (item 0)'],
			[
				'a template locale that is not a language code',
				{ messageType: 'template', templateName: 'verify', templateLocale: 'English' },
				'Template Locale "English" is not a language code (item 0)',
			],
			[
				'an empty template parameter',
				{ messageType: 'template', templateName: 'verify', templateParameters: { parameter: [{ value: 'a' }, { value: '' }] } },
				'Template parameter 2 is required (item 0)',
			],
			[
				'template parameters JSON that does not parse',
				{ messageType: 'template', templateName: 'verify', templateParametersInput: 'json', templateParametersJson: '["a", ' },
				'Template Parameters (JSON) "["a", " is not valid JSON (item 0)',
			],
			[
				'a template parameter that is an object',
				{ messageType: 'template', templateName: 'verify', templateParametersInput: 'json', templateParametersJson: '["a", {"text": "b"}]' },
				'Template parameter 2 "{"text":"b"}" is not text (item 0)',
			],
			['a sticker URL that is not a URL', { messageType: 'sticker', stickerUrl: 'sticker.webp' }, 'Sticker URL "sticker.webp" is not a URL (item 0)'],
			['a sticker without its ID', { messageType: 'sticker', stickerSource: 'id', stickerId: '' }, 'Sticker ID is required (item 0)'],
			['a reaction without the message to react to', { messageType: 'reaction', reactionEmoji: '👍' }, 'Message UUID to React To is required (item 0)'],
			['a reaction without an emoji', { messageType: 'reaction', reactToMessageUuid: repliedTo }, 'Emoji is required (item 0)'],
			['a custom payload that does not parse', { messageType: 'custom', customPayload: '{"type": ' }, 'Custom Payload (JSON) "{"type": " is not valid JSON (item 0)'],
			['a custom payload that is an array', { messageType: 'custom', customPayload: '[1, 2]' }, 'Custom Payload (JSON) "[1,2]" is not a JSON object (item 0)'],
			['an empty custom payload', { messageType: 'custom', customPayload: '{}' }, 'Custom Payload (JSON) is an empty object (item 0)'],
		])('%s', async (_case, parameters, message) => {
			await expect(sendWhatsApp(parameters as INodeParameters)).rejects.toThrow(message);
			expect(fake.requests).toHaveLength(0);
		});
	});
});
