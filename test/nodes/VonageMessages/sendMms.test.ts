import type { INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

const addresses = { channel: 'mms', from: '14155550100', to: '14155550199' };

async function sendMms(parameters: INodeParameters, authentication: 'jwt' | 'basic' = 'jwt') {
	return await runMessages(fake, { authentication, operation: 'send', ...addresses, ...parameters });
}

function sentBody(): unknown {
	return theOnlyRequest(fake).body;
}

describe('Send MMS', () => {
	it('sends a text', async () => {
		await sendMms({ messageType: 'text', text: 'Your order has shipped' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'text', text: 'Your order has shipped' });
	});

	it('sends from a short code', async () => {
		await sendMms({ messageType: 'text', from: '12345', text: 'Hi' });

		expect(sentBody()).toEqual({ ...addresses, from: '12345', message_type: 'text', text: 'Hi' });
	});

	it.each([
		['image', { imageUrl: 'https://example.com/store.jpg', imageCaption: 'Our new store' }, { image: { url: 'https://example.com/store.jpg', caption: 'Our new store' } }],
		['vcard', { vCardUrl: 'https://example.com/contact.vcf', vCardCaption: 'Our hotline' }, { vcard: { url: 'https://example.com/contact.vcf', caption: 'Our hotline' } }],
		['audio', { audioUrl: 'https://example.com/jingle.mp3', audioCaption: 'Our jingle' }, { audio: { url: 'https://example.com/jingle.mp3', caption: 'Our jingle' } }],
		['video', { videoUrl: 'https://example.com/tour.mp4', videoCaption: 'A tour' }, { video: { url: 'https://example.com/tour.mp4', caption: 'A tour' } }],
		['file', { fileUrl: 'https://example.com/menu.pdf', fileCaption: 'Menu' }, { file: { url: 'https://example.com/menu.pdf', caption: 'Menu' } }],
	])('sends %s with its URL and caption', async (messageType, parameters, expected) => {
		await sendMms({ messageType, ...parameters });

		expect(sentBody()).toEqual({ ...addresses, message_type: messageType, ...expected });
	});

	it('leaves an empty caption out (Vonage refuses empty captions)', async () => {
		await sendMms({ messageType: 'image', imageUrl: 'https://example.com/store.jpg', imageCaption: '' });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'image', image: { url: 'https://example.com/store.jpg' } });
	});

	it('sends multi-part content listed in fields, in order, without empty captions', async () => {
		await sendMms({
			messageType: 'content',
			contentInput: 'fields',
			content: {
				attachment: [
					{ type: 'image', url: 'https://example.com/a.jpg', caption: 'Front' },
					{ type: 'vcard', url: 'https://example.com/contact.vcf', caption: '' },
				],
			},
		});

		expect(sentBody()).toEqual({
			...addresses,
			message_type: 'content',
			content: [
				{ type: 'image', url: 'https://example.com/a.jpg', caption: 'Front' },
				{ type: 'vcard', url: 'https://example.com/contact.vcf' },
			],
		});
	});

	it('sends multi-part content given as JSON', async () => {
		const content = [
			{ type: 'video', url: 'https://example.com/a.mp4' },
			{ type: 'file', url: 'https://example.com/b.pdf', caption: 'Terms' },
		];
		await sendMms({ messageType: 'content', contentInput: 'json', contentJson: JSON.stringify(content) });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'content', content });
	});

	it('sends group participants as normalized numbers', async () => {
		await sendMms({ messageType: 'text', text: 'Hi all', mmsOptions: { participants: '+1 415 555 0101, 0014155550102' } });

		expect(sentBody()).toEqual({ ...addresses, message_type: 'text', text: 'Hi all', mms: { participants: ['14155550101', '14155550102'] } });
	});

	it('sends with the Basic credential', async () => {
		await sendMms({ messageType: 'text', text: 'Hi' }, 'basic');

		expect(fake.requests[0].authScheme).toBe('basic');
		expect(sentBody()).toEqual({ ...addresses, message_type: 'text', text: 'Hi' });
	});

	describe('refuses bad input before sending anything', () => {
		it.each([
			['a recipient that is not a phone number', { messageType: 'text', text: 'Hi', to: '555-CALL-NOW' }, 'To "555-CALL-NOW" is not a phone number in E.164 format (item 0)'],
			['an alphanumeric sender (MMS needs a number)', { messageType: 'text', text: 'Hi', from: 'Acme' }, 'From "Acme" is not a phone number or short code (item 0)'],
			['an empty text', { messageType: 'text', text: '' }, 'Text is required (item 0)'],
			['an image URL that is not a URL', { messageType: 'image', imageUrl: 'store.jpg' }, 'Image URL "store.jpg" is not a URL (item 0)'],
			['an image URL that is not http(s)', { messageType: 'image', imageUrl: 'ftp://example.com/a.jpg' }, 'Image URL "ftp://example.com/a.jpg" is not an http(s) URL (item 0)'],
			['a missing vCard URL', { messageType: 'vcard', vCardUrl: '' }, 'vCard URL is required (item 0)'],
			[
				'a caption over 3,000 characters',
				{ messageType: 'video', videoUrl: 'https://example.com/a.mp4', videoCaption: 'x'.repeat(3001) },
				'Caption is 3001 characters long; the limit is 3000 (item 0)',
			],
			['multi-part content without attachments', { messageType: 'content', contentInput: 'fields', content: {} }, 'Content needs at least one attachment (item 0)'],
			['content JSON that does not parse', { messageType: 'content', contentInput: 'json', contentJson: '[{"type": "image",' }, 'Content (JSON) "[{"type": "image"," is not valid JSON (item 0)'],
			['content JSON that is an object', { messageType: 'content', contentInput: 'json', contentJson: '{"type": "image"}' }, 'Content (JSON) "{"type":"image"}" is not a JSON array (item 0)'],
			[
				'a content item of an unknown type',
				{ messageType: 'content', contentInput: 'json', contentJson: '[{"type": "image", "url": "https://example.com/a.jpg"}, {"type": "gif", "url": "https://example.com/b.gif"}]' },
				'Content item 2 type "gif" is not a valid choice (item 0)',
			],
			[
				'a content item with a bad URL',
				{ messageType: 'content', contentInput: 'fields', content: { attachment: [{ type: 'image', url: 'example.com/a.jpg', caption: '' }] } },
				'Content item 1 URL "example.com/a.jpg" is not a URL (item 0)',
			],
			[
				'a group participant that is not a number',
				{ messageType: 'text', text: 'Hi', mmsOptions: { participants: '14155550101, bob' } },
				'Group Participants "bob" is not a phone number in E.164 format (item 0)',
			],
		])('%s', async (_case, parameters, message) => {
			await expect(sendMms(parameters as INodeParameters)).rejects.toThrow(message);
			expect(fake.requests).toHaveLength(0);
		});
	});
});
