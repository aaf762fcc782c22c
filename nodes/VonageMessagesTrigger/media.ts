import type { IBinaryData, IDataObject, IN8nHttpFullResponse, IWebhookFunctions } from 'n8n-workflow';

import { getApplicationJwt } from '../shared/auth';
import { VONAGE_HOSTS } from '../shared/hosts';

/**
 * Downloads the media of an inbound message into n8n binary data. Inbound media URLs expire after
 * some time and, with "secure inbound media" on the application, need the application's JWT. The
 * JWT is only ever sent to Vonage's own hosts (or the credential's custom host), never to a URL
 * that a third party could have put into a message.
 */

export interface MediaCredentials {
	applicationId?: string;
	privateKey?: string;
	/** The base URL of a custom host from the credential, trusted like Vonage's own hosts. */
	customBaseUrl?: string;
}

export type MediaDownload = { ok: true; binary: IBinaryData } | { ok: false; reason: string };

const DOWNLOAD_TIMEOUT_MS = 60_000;

function isVonageMediaHost(url: URL, customBaseUrl: string | undefined): boolean {
	if (customBaseUrl) {
		try {
			if (new URL(customBaseUrl).origin === url.origin) return true;
		} catch {
			// An unusable custom base URL trusts nothing.
		}
	}
	if (url.protocol !== 'https:') return false;
	const host = url.hostname.toLowerCase();
	const vonageHosts = Object.values(VONAGE_HOSTS).map((base) => new URL(base).hostname);
	return vonageHosts.includes(host) || host.endsWith('.nexmo.com') || host.endsWith('.vonage.com');
}

function headerText(headers: IDataObject | undefined, name: string): string | undefined {
	const value = headers?.[name] ?? headers?.[name.toLowerCase()];
	if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function fileNameFrom(url: URL, contentDisposition: string | undefined, given: string | undefined): string | undefined {
	if (given?.trim()) return given.trim();
	const quoted = contentDisposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition) : null;
	if (quoted) return decodeURIComponent(quoted[1]);
	const lastSegment = url.pathname.split('/').filter(Boolean).pop();
	return lastSegment ? decodeURIComponent(lastSegment) : undefined;
}

type ChunkStream = AsyncIterable<Buffer | string> & { destroy?: () => void };

function isChunkStream(value: unknown): value is ChunkStream {
	return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Reads at most maxBytes; a larger body is abandoned as soon as it exceeds the limit. */
async function readLimited(body: unknown, maxBytes: number): Promise<Buffer | undefined> {
	if (Buffer.isBuffer(body)) return body.length > maxBytes ? undefined : body;
	if (typeof body === 'string') return readLimited(Buffer.from(body), maxBytes);
	if (!isChunkStream(body)) return Buffer.alloc(0);
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of body) {
		const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
		size += bytes.length;
		if (size > maxBytes) {
			body.destroy?.();
			return undefined;
		}
		chunks.push(bytes);
	}
	return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function downloadMedia(
	context: IWebhookFunctions,
	mediaUrl: string,
	fileName: string | undefined,
	maxBytes: number,
	credentials: MediaCredentials,
): Promise<MediaDownload> {
	let url: URL;
	try {
		url = new URL(mediaUrl);
	} catch {
		return { ok: false, reason: `the media URL "${mediaUrl}" is not a valid URL` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, reason: `the media URL uses ${url.protocol}, not http(s)` };
	}

	const headers: IDataObject = {};
	const trusted = isVonageMediaHost(url, credentials.customBaseUrl);
	let jwtProblem: string | undefined;
	if (trusted && credentials.applicationId && credentials.privateKey) {
		try {
			headers.Authorization = `Bearer ${getApplicationJwt(credentials.applicationId, credentials.privateKey)}`;
		} catch (error) {
			jwtProblem = error instanceof Error ? error.message : 'the application JWT could not be made';
		}
	}

	let response: IN8nHttpFullResponse | undefined;
	let failure = '';
	try {
		response = (await context.helpers.httpRequest({
			method: 'GET',
			url: url.toString(),
			headers,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			timeout: DOWNLOAD_TIMEOUT_MS,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		failure = error instanceof Error ? error.message : String(error);
	}
	if (!response) return { ok: false, reason: `the media could not be fetched: ${failure}` };

	if (response.statusCode >= 400) {
		if (isChunkStream(response.body)) response.body.destroy?.();
		let reason = `the media server answered HTTP ${response.statusCode}`;
		if ((response.statusCode === 401 || response.statusCode === 403) && trusted) {
			reason += headers.Authorization
				? ' although the application JWT was sent: the media may belong to another application'
				: jwtProblem
					? `; the application JWT could not be made: ${jwtProblem}`
					: '; the application has secure inbound media on, which needs the JWT credential (Authentication: JWT)';
		} else if (response.statusCode === 404 || response.statusCode === 410) {
			reason += ': inbound media URLs expire, download the media when the event arrives';
		}
		return { ok: false, reason };
	}

	const declared = Number(headerText(response.headers as IDataObject, 'content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) {
		if (isChunkStream(response.body)) response.body.destroy?.();
		return { ok: false, reason: `the media is ${megabytes(declared)}, more than the limit of ${megabytes(maxBytes)} (option "Max Media Size (MB)")` };
	}
	let data: Buffer | undefined;
	try {
		data = await readLimited(response.body, maxBytes);
	} catch (error) {
		return { ok: false, reason: `the download broke off: ${error instanceof Error ? error.message : String(error)}` };
	}
	if (!data) {
		return { ok: false, reason: `the media is larger than the limit of ${megabytes(maxBytes)} (option "Max Media Size (MB)")` };
	}

	const mimeType = headerText(response.headers as IDataObject, 'content-type')?.split(';')[0].trim() || undefined;
	const name = fileNameFrom(url, headerText(response.headers as IDataObject, 'content-disposition'), fileName);
	const binary = await context.helpers.prepareBinaryData(data, name, mimeType);
	return { ok: true, binary };
}
