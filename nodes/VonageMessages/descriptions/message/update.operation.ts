import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IDisplayOptions,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { refuse, refuseMessage } from '../../../shared/validation';
import { JWT_CREDENTIAL, requireAuth } from '../../../shared/auth';
import { resolveBaseUrl, type VonageHostCredentialFields } from '../../../shared/hosts';
import { pacedRequest, pacingOptionProperties } from '../../../shared/pacedRequest';

/**
 * Update: PATCH /v1/messages/{message_uuid}. Marks an inbound WhatsApp or RCS message as read, or
 * revokes an outbound RCS message. Vonage accepts it only with a JWT and only on the regional host
 * that holds the message, which the inbound event's `_self.href` names.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MESSAGE_PATH = /\/v1\/messages\/([^/]+)\/?$/;
const VONAGE_DOMAINS = ['nexmo.com', 'vonage.com'];

export interface MessageTarget {
	uuid: string;
	/** `/v1/messages/{uuid}` on the credential's host, or the full URL of the message on its own host. */
	url: string;
}

export interface MessageReferenceProblem {
	problem: string;
	fix: string;
}

function isVonageHost(hostname: string): boolean {
	const host = hostname.toLowerCase();
	return VONAGE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * Reads what the user gave as the message: a UUID, or the `_self.href` of an inbound event. A URL
 * decides where the application JWT is sent, so only Vonage hosts are accepted (over https), plus,
 * for a credential with a custom base URL (gateway, proxy, test server), that base URL's own origin.
 */
export function parseMessageReference(value: unknown, credentials: VonageHostCredentialFields): MessageTarget | MessageReferenceProblem {
	const text = typeof value === 'string' ? value.trim() : '';
	if (!text) {
		return { problem: 'is required', fix: 'Enter the message UUID, or map the _self.href of the inbound event, e.g. {{ $json.raw._self.href }} from the Vonage Messages Trigger.' };
	}
	if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
		if (UUID.test(text)) return { uuid: text.toLowerCase(), url: `/v1/messages/${text.toLowerCase()}` };
		return {
			problem: 'is neither a message UUID nor a URL',
			fix: 'A message UUID looks like aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab; an event link like https://api-eu.nexmo.com/v1/messages/aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab.',
		};
	}
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { problem: 'is not a valid URL', fix: 'Map the _self.href of the inbound event unchanged, or enter the message UUID.' };
	}
	const uuid = MESSAGE_PATH.exec(url.pathname)?.[1];
	if (!uuid || !UUID.test(uuid)) {
		return {
			problem: 'is not the URL of a message',
			fix: 'The URL must end in /v1/messages/<message UUID>, like the _self.href of an inbound event.',
		};
	}
	const customBase = credentials.host === 'custom' ? resolveBaseUrl(credentials) : '';
	let customOrigin = '';
	try {
		customOrigin = customBase ? new URL(customBase).origin : '';
	} catch {
		customOrigin = '';
	}
	const onVonage = url.protocol === 'https:' && isVonageHost(url.hostname) && !url.port;
	const onCustomBase = customOrigin !== '' && url.origin === customOrigin;
	if (!onVonage && !onCustomBase) {
		return {
			problem: `is not on a Vonage host`,
			fix: `The application token is only sent to https://*.nexmo.com or https://*.vonage.com${customOrigin ? ` or to the credential's custom base URL (${customOrigin})` : ''}. Map the _self.href of the inbound event unchanged, or enter the message UUID.`,
		};
	}
	const path = url.pathname.replace(/\/$/, '');
	// A custom base URL (proxy, partner gateway) carries every request of the credential: a Vonage
	// regional link is followed through it, by its path, rather than around it.
	if (customBase && onVonage) return { uuid: uuid.toLowerCase(), url: `${customBase}${path}` };
	return { uuid: uuid.toLowerCase(), url: `${url.origin}${path}` };
}

/** preSend of Update: checks channel and status, finds the message's URL and builds the body. */
export async function prepareUpdateRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const channel = this.getNodeParameter('channel', 'whatsapp') as string;
	const status = this.getNodeParameter('status', 'read') as string;
	if (channel !== 'whatsapp' && channel !== 'rcs') {
		// n8n passes an expression in this field on as its text (as for Send's Channel): say so rather than blame the channel.
		const keptAsText = channel.includes('{{');
		throw refuse(
			this,
			'Channel',
			channel,
			keptAsText ? 'is not a valid choice' : 'cannot be updated',
			keptAsText
				? 'Channel cannot be an expression (n8n keeps it as text): pick WhatsApp or RCS in the node, or update each kind from its own node, e.g. after a Switch node.'
				: 'Only WhatsApp and RCS messages can be updated: choose WhatsApp or RCS.',
		);
	}
	if (status === 'revoked' && channel !== 'rcs') {
		throw refuseMessage(this, 'Revoke works only for RCS messages, not for WhatsApp', 'Vonage can revoke an RCS message that has not been delivered yet. A WhatsApp message can only be marked as read.');
	}
	if (status !== 'read' && status !== 'revoked') {
		throw refuse(this, 'Update', status, 'is not an update Vonage supports', 'Use "read" (Mark as Read) or, for RCS, "revoked" (Revoke).');
	}
	const credentials: ICredentialDataDecryptedObject = await this.getCredentials(JWT_CREDENTIAL);
	const target = parseMessageReference(this.getNodeParameter('messageUuid', ''), credentials as VonageHostCredentialFields);
	if ('problem' in target) {
		throw refuse(this, 'Message UUID or URL', this.getNodeParameter('messageUuid', ''), target.problem, target.fix);
	}
	const body: IDataObject = { status };
	if (channel === 'whatsapp' && this.getNodeParameter('showTypingIndicator', false) === true) {
		body.replying_indicator = { show: true, type: 'text' };
	}
	return { ...requestOptions, url: target.url, body };
}

/** Output of an update: which message, what was set. Vonage answers 202 with no body. */
export function shapeUpdateOutput(this: IExecutePaginationFunctions): INodeExecutionData[] {
	const channel = this.getNodeParameter('channel', 'whatsapp') as string;
	const status = this.getNodeParameter('status', 'read') as string;
	const reference = String(this.getNodeParameter('messageUuid', '')).trim();
	const messageUuid = (UUID.test(reference) ? reference : (MESSAGE_PATH.exec(reference)?.[1] ?? reference)).toLowerCase();
	return [{ json: { message_uuid: messageUuid, channel, status, updated: true }, pairedItem: { item: this.getItemIndex() } }];
}

export const updateOperation: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a message',
	description: 'Mark a WhatsApp or RCS message as read, or revoke an RCS message',
	routing: {
		// The URL is set by prepareUpdateRequest: the message's own regional host, or the credential's.
		request: { method: 'PATCH', url: '/v1/messages' },
		// `paginate: true` hands the HTTP call to `operations.pagination` (no paging here), so that
		// pacedRequest paces updates and retries 429s like sends.
		send: { preSend: [requireAuth('jwt', 'Update a message'), prepareUpdateRequest], paginate: true },
		operations: { pagination: pacedRequest(shapeUpdateOutput) },
	},
};

/** Update's fields that depend on the channel; resource and operation are added once for all of Update's fields, in ./index.ts. */
const showForChannel = (channel: string): IDisplayOptions => ({ show: { channel: [channel] } });

export const updateFields: INodeProperties[] = [
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'RCS', value: 'rcs' },
			{ name: 'WhatsApp', value: 'whatsapp' },
		],
		default: 'whatsapp',
		description: 'The channel of the message',
	},
	{
		displayName: 'Message UUID or URL',
		name: 'messageUuid',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. {{ $json.raw._self.href }}',
		description:
			'The message_uuid, or the _self.href of the inbound event (e.g. https://api-eu.nexmo.com/v1/messages/…). The URL also names the regional host that holds the message; a UUID is sent to the host of the credential.',
	},
	{
		displayName: 'Update',
		name: 'status',
		type: 'options',
		options: [{ name: 'Mark as Read', value: 'read', description: 'Show the sender that you read their message (blue ticks)' }],
		default: 'read',
		displayOptions: showForChannel('whatsapp'),
		routing: { send: { type: 'body', property: 'status' } },
	},
	{
		displayName: 'Update',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Mark as Read', value: 'read', description: 'Show the sender that you read their inbound message' },
			{ name: 'Revoke', value: 'revoked', description: 'Withdraw an RCS message you sent that has not been delivered yet' },
		],
		default: 'read',
		displayOptions: showForChannel('rcs'),
		routing: { send: { type: 'body', property: 'status' } },
	},
	{
		displayName: 'Show Typing Indicator',
		name: 'showTypingIndicator',
		type: 'boolean',
		default: false,
		description:
			'Whether WhatsApp also shows the user that you are typing a reply, until you answer or for 25 seconds. Use it only if a reply follows.',
		displayOptions: { show: { channel: ['whatsapp'], status: ['read'] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...pacingOptionProperties],
	},
];
