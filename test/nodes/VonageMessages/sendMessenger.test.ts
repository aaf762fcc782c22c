import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const PSID = '1234567890123456';
const PAGE_ID = '107200000000000';

const fake = useFakeVonage();

function sendMessenger(parameters: INodeParameters) {
	return runMessages(fake, { operation: 'send', channel: 'messenger', from: PAGE_ID, to: PSID, ...parameters });
}

async function sentBody(parameters: INodeParameters): Promise<IDataObject> {
	const { items } = await sendMessenger(parameters);
	expect(theOnlyRequest(fake)).toMatchObject({ method: 'POST', path: '/v1/messages', operationId: 'SendMessage' });
	expect(items[0].json).toMatchObject({ channel: 'messenger', to: PSID, from: PAGE_ID, message_uuid: expect.any(String) });
	return fake.requests[0].body as IDataObject;
}

const base = { channel: 'messenger', to: PSID, from: PAGE_ID };

describe('Send Messenger', () => {
	it('sends a text with the default response category', async () => {
		const body = await sentBody({ messageType: 'text', text: 'Thanks for your message!' });
		expect(body).toEqual({ ...base, message_type: 'text', text: 'Thanks for your message!', messenger: { category: 'response' } });
	});

	it.each([
		['image', 'imageUrl', 'https://example.com/photo.jpg'],
		['audio', 'audioUrl', 'https://example.com/message.mp3'],
		['video', 'videoUrl', 'https://example.com/clip.mp4'],
		['file', 'fileUrl', 'https://example.com/price-list.pdf'],
	])('sends a message of type %s', async (messageType, field, url) => {
		const body = await sentBody({ messageType, [field]: url, messengerCategory: 'update' });
		expect(body).toEqual({ ...base, message_type: messageType, [messageType]: { url }, messenger: { category: 'update' } });
	});

	it('sends a tagged message outside the 24-hour window', async () => {
		const body = await sentBody({ messageType: 'text', text: 'Your parcel is on its way', messengerCategory: 'message_tag', messengerTag: 'POST_PURCHASE_UPDATE' });
		expect(body).toEqual({
			...base,
			message_type: 'text',
			text: 'Your parcel is on its way',
			messenger: { category: 'message_tag', tag: 'POST_PURCHASE_UPDATE' },
		});
	});

	it('keeps IDs as they are: a PSID is not a phone number', async () => {
		const { items } = await sendMessenger({ to: ' 0123456789 ', messageType: 'text', text: 'Hi' });
		expect(fake.violations).toEqual([]);
		expect((fake.requests[0].body as IDataObject).to).toBe('0123456789');
		expect(items[0].json.to).toBe('0123456789');
	});
});

describe('Send Messenger refuses bad input before sending', () => {
	it.each<[string, INodeParameters, string]>([
		['a recipient PSID', { to: '', messageType: 'text', text: 'Hi' }, 'To is required (item 0)'],
		['a recipient ID without spaces', { to: '1234 5678', messageType: 'text', text: 'Hi' }, 'To "1234 5678" contains spaces (item 0)'],
		['a sender ID up to 50 characters', { from: '1'.repeat(51), messageType: 'text', text: 'Hi' }, 'From is 51 characters long; the limit is 50 (item 0)'],
		['text', { messageType: 'text', text: '' }, 'Text is required (item 0)'],
		['text up to 640 characters', { messageType: 'text', text: 'x'.repeat(641) }, 'Text is 641 characters long; the limit is 640 (item 0)'],
		['an image URL', { messageType: 'image', imageUrl: 'not a url' }, 'Image URL "not a url" is not a URL (item 0)'],
		['an audio URL', { messageType: 'audio', audioUrl: '' }, 'Audio URL is required (item 0)'],
		['an audio URL of 10 characters or more', { messageType: 'audio', audioUrl: 'http://a/' }, 'Audio URL "http://a/" is shorter than the 10 characters Vonage accepts'],
		['an audio URL up to 2000 characters', { messageType: 'audio', audioUrl: `https://example.com/${'a'.repeat(2000)}.mp3` }, 'Audio URL is 2024 characters long; the limit is 2000'],
		['a video URL', { messageType: 'video', videoUrl: 'ftp://example.com/a.mp4' }, 'Video URL "ftp://example.com/a.mp4" is not an http(s) URL'],
		['a file URL', { messageType: 'file', fileUrl: '' }, 'File URL is required (item 0)'],
		['a tag for tagged messages', { messageType: 'text', text: 'Hi', messengerCategory: 'message_tag', messengerTag: '' }, 'Message Tag is required (item 0)'],
		['a known category', { messageType: 'text', text: 'Hi', messengerCategory: 'marketing' }, 'Messaging Category "marketing" is not allowed (item 0)'],
	])('requires %s', async (_name, parameters, message) => {
		await expect(sendMessenger(parameters)).rejects.toThrow(message);
		expect(fake.requests).toHaveLength(0);
	});
});
