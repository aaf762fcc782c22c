/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test infrastructure: local HTTP media servers on 127.0.0.1 */
import { verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { basicCredentials, jwtCredentials, TEST_APPLICATION_ID, TEST_PUBLIC_KEY } from '../../helpers/credentials';
import { whatsappImageWithCaption, whatsappText } from './payloads';
import { TriggerHarness, type WebhookOutcome } from './triggerHarness';

/** A few bytes that start like a PNG file. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('test image body')]);

interface MediaServer {
	server: Server;
	baseUrl: string;
	requests: Array<{ path: string; headers: IncomingHttpHeaders; vonageAnsweredAlready?: boolean }>;
}

/** The trigger under test, so the media servers can see whether Vonage was already answered. */
let current: TriggerHarness | undefined;

/** True when the request carries an application JWT signed with the test application's key. */
function hasApplicationJwt(headers: IncomingHttpHeaders): boolean {
	const match = /^Bearer (.+)\.(.+)\.(.+)$/.exec(headers.authorization ?? '');
	if (!match) return false;
	const [, header, claims, signature] = match;
	const signed = verify('RSA-SHA256', Buffer.from(`${header}.${claims}`), TEST_PUBLIC_KEY, Buffer.from(signature, 'base64url'));
	const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { application_id?: string };
	return signed && payload.application_id === TEST_APPLICATION_ID;
}

async function startMediaServer(): Promise<MediaServer> {
	const requests: MediaServer['requests'] = [];
	const server = createServer((request, response) => {
		const path = request.url ?? '/';
		requests.push({ path, headers: request.headers, vonageAnsweredAlready: current?.responseInFlight?.ended });
		if (path === '/v3/media/secure-image') {
			if (!hasApplicationJwt(request.headers)) {
				response.writeHead(401, { 'Content-Type': 'application/json' }).end('{"title":"Unauthorized"}');
				return;
			}
			response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': String(PNG.length) }).end(PNG);
		} else if (path === '/public/photo.png') {
			response.writeHead(200, { 'Content-Type': 'image/png; charset=binary' }).end(PNG);
		} else if (path === '/big-declared') {
			response.writeHead(200, { 'Content-Type': 'video/mp4', 'Content-Length': String(3 * 1024 * 1024) });
			response.end(Buffer.alloc(3 * 1024 * 1024));
		} else if (path === '/big-chunked') {
			// No Content-Length: the size is only known while reading.
			response.writeHead(200, { 'Content-Type': 'video/mp4', 'Transfer-Encoding': 'chunked' });
			const chunk = Buffer.alloc(256 * 1024);
			let sent = 0;
			const push = () => {
				while (sent < 12) {
					sent += 1;
					if (!response.write(chunk)) {
						response.once('drain', push);
						return;
					}
				}
				response.end();
			};
			push();
		} else if (path === '/expired') {
			response.writeHead(410).end();
		} else {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { server, baseUrl: `http://127.0.0.1:${port}`, requests };
}

async function stop(media: MediaServer): Promise<void> {
	media.server.closeAllConnections();
	await new Promise<void>((resolve) => media.server.close(() => resolve()));
}

describe('media download', () => {
	let vonageHost: MediaServer;
	let thirdParty: MediaServer;

	beforeAll(async () => {
		vonageHost = await startMediaServer();
		thirdParty = await startMediaServer();
	});

	afterAll(async () => {
		await stop(vonageHost);
		await stop(thirdParty);
	});

	/** The credential's custom host is the local "Vonage" server, so its media URLs are trusted with the JWT. */
	function trigger(options: IDataObject = {}, parameters: INodeParameters = {}): TriggerHarness {
		current = new TriggerHarness({
			parameters: { registerWebhooks: false, options: { downloadMedia: true, ...options }, ...parameters },
			credentials: {
				vonageMessagesJwtApi: jwtCredentials(vonageHost.baseUrl, { signatureSecret: '' }),
				vonageMessagesBasicApi: basicCredentials(vonageHost.baseUrl, { signatureSecret: '' }),
			},
		});
		return current;
	}

	function item(outcome: WebhookOutcome) {
		const items = outcome.result.workflowData?.[0] ?? [];
		expect(items).toHaveLength(1);
		return items[0];
	}

	it('downloads secure inbound media with the application JWT into binary data', async () => {
		const body = whatsappImageWithCaption(`${vonageHost.baseUrl}/v3/media/secure-image`);
		const outcome = await trigger().call({ rawBody: JSON.stringify(body) });
		const result = item(outcome);
		expect(result.json).toMatchObject({ mediaDownloaded: true, mediaDownloadError: null, text: 'My broken parcel' });
		// Vonage got its 200 before the download started, and n8n is told not to answer again.
		expect(outcome.response).toEqual({ statusCode: 200, body: { received: true }, ended: true });
		expect(outcome.result.noWebhookResponse).toBe(true);
		expect(vonageHost.requests.find((request) => request.path === '/v3/media/secure-image')?.vonageAnsweredAlready).toBe(true);
		expect(result.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: 'parcel.jpg' });
		expect(Buffer.from(result.binary?.data.data ?? '', 'base64')).toEqual(PNG);
	});

	it('puts the media into the binary field the user chose', async () => {
		const body = whatsappImageWithCaption(`${vonageHost.baseUrl}/public/photo.png`);
		const result = item(await trigger({ binaryPropertyName: 'photo' }).call({ rawBody: JSON.stringify(body) }));
		expect(Object.keys(result.binary ?? {})).toEqual(['photo']);
		expect(result.binary?.photo.mimeType).toBe('image/png');
	});

	it('never sends the application JWT to a host that is not Vonage', async () => {
		const body = whatsappImageWithCaption(`${thirdParty.baseUrl}/public/photo.png`);
		const result = item(await trigger().call({ rawBody: JSON.stringify(body) }));
		expect(result.json.mediaDownloaded).toBe(true);
		const request = thirdParty.requests.find((entry) => entry.path === '/public/photo.png');
		expect(request?.headers.authorization).toBeUndefined();
	});

	it('keeps the event and says why when secure media needs the JWT credential', async () => {
		const body = whatsappImageWithCaption(`${vonageHost.baseUrl}/v3/media/secure-image`);
		const harness = trigger({}, { authentication: 'basic' });
		const outcome = await harness.call({ rawBody: JSON.stringify(body) });
		const result = item(outcome);
		expect(result.binary).toBeUndefined();
		expect(result.json).toMatchObject({ mediaDownloaded: false, messageType: 'image' });
		expect(result.json.mediaDownloadError).toMatch(/HTTP 401.*secure inbound media.*JWT credential/);
		expect(outcome.logs.map((line) => line.message).join('\n')).toMatch(/could not download the media/);
	});

	it('refuses media larger than the limit, whether the size is declared or only seen while reading', async () => {
		const declared = whatsappText({ text: undefined, message_type: 'video', video: { url: `${vonageHost.baseUrl}/big-declared` } });
		const declaredResult = item(await trigger({ maxMediaSizeMb: 1 }).call({ rawBody: JSON.stringify(declared) }));
		expect(declaredResult.binary).toBeUndefined();
		expect(declaredResult.json.mediaDownloadError).toMatch(/3\.0 MB, more than the limit of 1\.0 MB/);

		const chunked = whatsappText({ text: undefined, message_type: 'video', video: { url: `${vonageHost.baseUrl}/big-chunked` } });
		const chunkedResult = item(await trigger({ maxMediaSizeMb: 1 }).call({ rawBody: JSON.stringify(chunked) }));
		expect(chunkedResult.binary).toBeUndefined();
		expect(chunkedResult.json.mediaDownloadError).toMatch(/larger than the limit of 1\.0 MB/);
	});

	it('explains an expired media URL', async () => {
		const body = whatsappText({ text: undefined, message_type: 'audio', audio: { url: `${vonageHost.baseUrl}/expired` } });
		const result = item(await trigger().call({ rawBody: JSON.stringify(body) }));
		expect(result.json.mediaDownloadError).toMatch(/HTTP 410: inbound media URLs expire/);
	});

	it('leaves messages without media alone, and downloads nothing unless asked', async () => {
		const text = item(await trigger().call({ rawBody: JSON.stringify(whatsappText()) }));
		expect(text.json).toMatchObject({ mediaDownloaded: false, mediaDownloadError: null });
		expect(text.binary).toBeUndefined();

		const before = vonageHost.requests.length;
		const body = whatsappImageWithCaption(`${vonageHost.baseUrl}/public/photo.png`);
		const off = item(await trigger({ downloadMedia: false }).call({ rawBody: JSON.stringify(body) }));
		expect(off.json).not.toHaveProperty('mediaDownloaded');
		expect(off.binary).toBeUndefined();
		expect(vonageHost.requests.length).toBe(before);
	});
});
