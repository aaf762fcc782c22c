/* eslint-disable @n8n/community-nodes/no-restricted-imports -- e2e test support: a local HTTP server on 127.0.0.1; never shipped */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A 1x1 PNG, served as the media of an inbound image message. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export interface MediaServer {
	/** Where an inbound message's media URL points: `${baseUrl}/media/photo.png` is the PNG, anything else a 404. */
	baseUrl: string;
	stop(): Promise<void>;
}

/** Stands in for the media host of inbound messages (Vonage's media URLs) on 127.0.0.1. */
export async function startMediaServer(): Promise<MediaServer> {
	const server = createServer((request, response) => {
		if (request.url === '/media/photo.png') {
			response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': PNG.length });
			response.end(PNG);
		} else {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		stop: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
