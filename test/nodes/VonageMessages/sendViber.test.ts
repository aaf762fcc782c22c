import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const RECIPIENT = '447700900000';
const SERVICE_ID = '16273';

const fake = useFakeVonage();

function sendViber(parameters: INodeParameters) {
	return runMessages(fake, { operation: 'send', channel: 'viber_service', from: SERVICE_ID, to: `00${RECIPIENT}`, ...parameters });
}

async function sentBody(parameters: INodeParameters): Promise<IDataObject> {
	const { items } = await sendViber(parameters);
	expect(theOnlyRequest(fake)).toMatchObject({ method: 'POST', path: '/v1/messages', operationId: 'SendMessage' });
	expect(items[0].json).toMatchObject({ channel: 'viber_service', message_uuid: expect.any(String) });
	return fake.requests[0].body as IDataObject;
}

const base = { channel: 'viber_service', to: RECIPIENT, from: SERVICE_ID };
const button = { button: { text: 'View Offer', url: 'https://example.com/offer' } };
const video = {
	messageType: 'video',
	videoUrl: 'https://example.com/clip.mp4',
	videoThumbnailUrl: 'https://example.com/clip.jpg',
	videoDuration: 42,
	videoFileSize: 7,
};

describe('Send Viber', () => {
	it('sends a plain text without Viber options', async () => {
		const body = await sentBody({ messageType: 'text', text: 'Your code is 1234' });
		expect(body).toEqual({ ...base, message_type: 'text', text: 'Your code is 1234' });
	});

	it('sends a text with an action button and every Viber option', async () => {
		const body = await sentBody({
			messageType: 'text',
			text: 'Spring sale!',
			viberActionButton: button,
			viberOptions: { category: 'promotion', ttl: 3600, type: 'template' },
		});
		expect(body).toEqual({
			...base,
			message_type: 'text',
			text: 'Spring sale!',
			viber_service: { category: 'promotion', ttl: 3600, type: 'template', action: { url: 'https://example.com/offer', text: 'View Offer' } },
		});
	});

	it('sends an image with caption and action button', async () => {
		const body = await sentBody({ messageType: 'image', imageUrl: 'https://example.com/a.png', imageCaption: 'New in', viberActionButton: button });
		expect(body).toEqual({
			...base,
			message_type: 'image',
			image: { url: 'https://example.com/a.png', caption: 'New in' },
			viber_service: { action: { url: 'https://example.com/offer', text: 'View Offer' } },
		});
	});

	it('sends an image without caption', async () => {
		const body = await sentBody({ messageType: 'image', imageUrl: 'https://example.com/a.png', viberOptions: { category: 'transaction' } });
		expect(body).toEqual({ ...base, message_type: 'image', image: { url: 'https://example.com/a.png' }, viber_service: { category: 'transaction' } });
	});

	it('sends a video with thumbnail, duration and file size', async () => {
		const body = await sentBody({ ...video, videoCaption: 'Watch this', viberOptions: { ttl: 86400 } });
		expect(body).toEqual({
			...base,
			message_type: 'video',
			video: { url: 'https://example.com/clip.mp4', thumb_url: 'https://example.com/clip.jpg', caption: 'Watch this' },
			viber_service: { duration: '42', file_size: '7', ttl: 86400 },
		});
	});

	it('sends a file with and without a name', async () => {
		const named = await sentBody({ messageType: 'file', fileUrl: 'https://example.com/docs/terms', fileName: 'terms.pdf' });
		expect(named).toEqual({ ...base, message_type: 'file', file: { url: 'https://example.com/docs/terms', name: 'terms.pdf' } });
		fake.reset();
		const unnamed = await sentBody({ messageType: 'file', fileUrl: 'https://example.com/terms.pdf' });
		expect(unnamed).toEqual({ ...base, message_type: 'file', file: { url: 'https://example.com/terms.pdf' } });
	});
});

describe('Send Viber refuses bad input before sending', () => {
	it.each<[string, INodeParameters, string]>([
		['a phone number as recipient', { to: 'abc', messageType: 'text', text: 'Hi' }, 'To "abc" is not a phone number in E.164 format (item 0)'],
		['a service ID', { from: '', messageType: 'text', text: 'Hi' }, 'From is required (item 0)'],
		['text', { messageType: 'text', text: '' }, 'Text is required (item 0)'],
		['text up to 1000 characters', { messageType: 'text', text: 'x'.repeat(1001) }, 'Text is 1001 characters long; the limit is 1000 (item 0)'],
		['button text up to 30 characters', { messageType: 'text', text: 'Hi', viberActionButton: { button: { text: 'x'.repeat(31), url: 'https://example.com' } } }, 'Action Button: Text is 31 characters long; the limit is 30 (item 0)'],
		['button text', { messageType: 'text', text: 'Hi', viberActionButton: { button: { text: '', url: 'https://example.com' } } }, 'Action Button: Text is required (item 0)'],
		['a button URL', { messageType: 'text', text: 'Hi', viberActionButton: { button: { text: 'Go', url: 'example.com' } } }, 'Action Button: URL "example.com" is not a URL (item 0)'],
		['a caption on an image with a button', { messageType: 'image', imageUrl: 'https://example.com/a.png', viberActionButton: button }, 'Caption is required when the image has an action button (item 0)'],
		['an image URL', { messageType: 'image', imageUrl: '' }, 'Image URL is required (item 0)'],
		['a video thumbnail', { ...video, videoThumbnailUrl: '' }, 'Thumbnail URL is required (item 0)'],
		['a thumbnail URL up to 1000 characters', { ...video, videoThumbnailUrl: `https://example.com/${'t'.repeat(1000)}.jpg` }, 'Thumbnail URL is 1024 characters long; the limit is 1000'],
		['a video duration', { ...video, videoDuration: 0 }, 'Video Duration (Seconds) "0" is out of range (item 0)'],
		['a video duration up to 600 seconds', { ...video, videoDuration: 601 }, 'Video Duration (Seconds) "601" is out of range (item 0)'],
		['a video file size up to 200 MB', { ...video, videoFileSize: 250 }, 'Video File Size (MB) "250" is out of range (item 0)'],
		['a file name up to 25 characters', { messageType: 'file', fileUrl: 'https://example.com/a', fileName: `${'n'.repeat(22)}.pdf` }, 'File Name is 26 characters long; the limit is 25 (item 0)'],
		['a TTL of at least 30 seconds', { messageType: 'text', text: 'Hi', viberOptions: { ttl: 10 } }, 'Time to Live (Seconds) "10" is out of range (item 0)'],
		['a known category', { messageType: 'text', text: 'Hi', viberOptions: { category: 'marketing' } }, 'Category "marketing" is not allowed (item 0)'],
	])('requires %s', async (_name, parameters, message) => {
		await expect(sendViber(parameters)).rejects.toThrow(message);
		expect(fake.requests).toHaveLength(0);
	});
});
