/* eslint-disable @n8n/community-nodes/no-restricted-globals -- developer tooling: the fake Vonage API of `npm start -- --demo` posts delivery events on timers; never shipped */
// What the fake Vonage API of `npm start -- --demo` knows beyond the specs' examples, so the demo behaves like a
// small real account:
// - sample external accounts, WhatsApp Business Accounts and numbers, RCS brands, agents and carriers, so every
//   "From List" of the nodes shows entries;
// - for every message it accepts, the status events Vonage would send (submitted, delivered, and read on channels
//   with read receipts), signed like Vonage's, posted to the status URL of the application that sent the message
//   (or the message's own Status Webhook URL), so status triggers run as they would in production.
import { randomUUID } from 'node:crypto';

import type { FakeVonage, RecordedRequest } from '../../test/helpers/fakeVonage';
import { postEvent, signedAuthorization } from '../../test/e2e/support/vonageEvents';

type Json = Record<string, unknown>;

/** Where an application's Messages status events go: its current Status URL, if it has one. */
export type StatusUrlOf = (applicationId: string) => string | undefined;

/** One status event the fake posted, for the demo's log and for tests. */
export interface PostedStatus {
	messageUuid: string;
	status: string;
	url: string;
	/** The HTTP status the webhook answered, or the network error. */
	result: number | string;
}

const APPLICATION_FOR_SAMPLES = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';

export const DEMO_EXTERNAL_ACCOUNTS: Json[] = [
	{ provider: 'messenger', external_id: '104321098765432', name: 'Acme Shop (Facebook Page)', applications: [APPLICATION_FOR_SAMPLES] },
	{ provider: 'messenger', external_id: '104321098765433', name: 'Acme Support (Facebook Page)', applications: [] },
	{ provider: 'viber_service_msg', external_id: '16273', name: 'Acme on Viber', applications: [APPLICATION_FOR_SAMPLES] },
	{ provider: 'whatsapp', external_id: '447700900001', name: 'Acme WhatsApp', applications: [APPLICATION_FOR_SAMPLES] },
	{ provider: 'whatsapp', external_id: '447700900002', name: 'Acme WhatsApp (returns)', applications: [] },
	{ provider: 'rcs', external_id: 'acmeorders', name: 'Acme Orders (RCS agent)', applications: [APPLICATION_FOR_SAMPLES] },
].map((account) => ({ api_key: 'abcd1234', ...account }));

const WABAS: Json[] = [
	{ waba_id: '102290129340398', name: 'Acme Ltd', business_name: 'Acme Ltd', currency: 'GBP', timezone_id: '1', message_template_namespace: 'demo_namespace' },
	{ waba_id: '102290129340399', name: 'Acme Returns', business_name: 'Acme Ltd', currency: 'GBP', timezone_id: '1', message_template_namespace: 'demo_namespace' },
];

const NUMBERS_BY_WABA: Record<string, Json[]> = {
	'102290129340398': [
		{ phone_number: '447700900001', display_phone_number: '+44 7700 900001', verified_name: 'Acme', quality_rating: 'GREEN', code_verification_status: 'VERIFIED' },
	],
	'102290129340399': [
		{ phone_number: '447700900002', display_phone_number: '+44 7700 900002', verified_name: 'Acme Returns', quality_rating: 'GREEN', code_verification_status: 'VERIFIED' },
	],
};

const BRAND_ID = '0198095f-f18a-7f75-aa0a-59c3dfd68802';

const BRANDS: Json[] = [{ id: BRAND_ID, display_name: 'Acme', created_at: '2025-01-01T12:00:00Z' }];

function demoAgent(id: string, senderId: string, displayName: string, state: string): Json {
	return {
		id,
		state,
		basic_info: {
			brand_id: BRAND_ID,
			display_name: displayName,
			sender_id: senderId,
			hosting_region: 'EUROPE',
			agent_purpose: 'TRANSACTIONAL',
			billing_category: 'BASIC_MESSAGE',
		},
		application_settings: { application_id: APPLICATION_FOR_SAMPLES },
		test_devices: [{ id: 'demo-device-1', phone: '+447700900000', status: 'ACCEPTED', created_at: '2025-01-01T12:00:00Z' }],
		created_at: '2025-01-01T12:00:00Z',
		updated_at: '2025-01-02T12:00:00Z',
	};
}

const AGENTS: Json[] = [
	demoAgent('0198095f-0000-4000-8000-000000000001', 'acmeorders', 'Acme Orders', 'LAUNCHED'),
	demoAgent('0198095f-0000-4000-8000-000000000002', 'acmesupport', 'Acme Support', 'DRAFT'),
];

const CARRIERS: Json[] = [
	{ id: 'demo-carrier-ee', carrier: 'EE', country_letter_code: 'GB' },
	{ id: 'demo-carrier-vodafone-uk', carrier: 'Vodafone UK', country_letter_code: 'GB' },
	{ id: 'demo-carrier-tmobile-us', carrier: 'T-Mobile US', country_letter_code: 'US' },
];

/** One page holding every record, with the page totals these lists use. */
function onePage(embedded: Json, count: number): Json {
	return {
		page: 1,
		page_size: Math.max(count, 1),
		total_items: count,
		total_pages: 1,
		_embedded: embedded,
		_links: { self: { href: 'https://api.nexmo.com/demo' } },
	};
}

/** Answers the list and get operations behind every "From List" with the sample records above. */
export function installSampleData(fake: FakeVonage): void {
	fake.on('GetAllAccounts', (request) => {
		const provider = request.query.get('provider');
		const accounts = provider ? DEMO_EXTERNAL_ACCOUNTS.filter((account) => account.provider === provider) : DEMO_EXTERNAL_ACCOUNTS;
		const pageSize = Number(request.query.get('page_size') ?? '20');
		return {
			status: 200,
			body: { page_number: 1, page_size: pageSize, _embedded: accounts, _links: { self: { href: 'https://api.nexmo.com/beta/chatapp-accounts?page_number=1' } } },
		};
	});
	fake.on('listWabas', () => ({ status: 200, body: onePage({ wabas: WABAS }, WABAS.length) }));
	fake.on('getWaba', (request) => {
		const waba = WABAS.find((candidate) => candidate.waba_id === request.pathParameters.waba_id);
		return waba ? { status: 200, body: waba } : { status: 404, body: { title: 'Not Found', detail: 'No such WhatsApp Business Account' } };
	});
	fake.on('listWabaNumbers', (request) => {
		const numbers = NUMBERS_BY_WABA[request.pathParameters.waba_id] ?? [];
		return { status: 200, body: onePage({ numbers }, numbers.length) };
	});
	fake.on('listRcsBrands', () => ({ status: 200, body: [{ brands: BRANDS }] }));
	fake.on('listRcsAgents', () => ({ status: 200, body: onePage({ agents: AGENTS }, AGENTS.length) }));
	fake.on('getRcsAgent', (request) => {
		const agent = AGENTS.find((candidate) => candidate.id === request.pathParameters.agent_id);
		return agent ? { status: 200, body: agent } : { status: 404, body: { title: 'Not Found', detail: 'No such agent' } };
	});
	fake.on('listRcsCarriers', () => ({ status: 200, body: { carriers: CARRIERS } }));
}

/** Channels whose recipients send read receipts (email: the spec's email status has "read"); SMS and MMS report delivery only. */
const READ_RECEIPT_CHANNELS = new Set(['whatsapp', 'rcs', 'messenger', 'viber_service', 'email']);

/** The application an application JWT was issued for (its `application_id` claim). */
function applicationIdOf(request: RecordedRequest): string | undefined {
	const authorization = request.headers.authorization;
	if (!authorization?.startsWith('Bearer ')) return undefined;
	try {
		const claims = JSON.parse(Buffer.from(authorization.slice('Bearer '.length).split('.')[1] ?? '', 'base64url').toString('utf8')) as Json;
		return typeof claims.application_id === 'string' ? claims.application_id : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Accepts every send (202 with a new message UUID) and then reports its delivery like Vonage: "submitted" at once,
 * "delivered" a moment later, and "read" after that on channels with read receipts, each a signed v1 status event.
 */
export class DeliveryReports {
	readonly posted: PostedStatus[] = [];

	private readonly timers = new Set<ReturnType<typeof setTimeout>>();

	/** `delaysMs`: when each status follows the send (submitted, delivered, read). */
	constructor(
		private readonly statusUrlOf: StatusUrlOf,
		private readonly delaysMs = { submitted: 300, delivered: 1500, read: 3500 },
		private readonly onPosted: (status: PostedStatus) => void = () => {},
	) {}

	install(fake: FakeVonage): this {
		fake.on('SendMessage', (request) => {
			const messageUuid = randomUUID();
			this.schedule(request, messageUuid);
			return { status: 202, body: { message_uuid: messageUuid } };
		});
		return this;
	}

	stop(): void {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
	}

	private schedule(request: RecordedRequest, messageUuid: string): void {
		const body = (request.body ?? {}) as Json;
		const perMessageUrl = typeof body.webhook_url === 'string' ? body.webhook_url : undefined;
		const applicationId = applicationIdOf(request);
		const url = perMessageUrl ?? (applicationId ? this.statusUrlOf(applicationId) : undefined);
		// A Basic-auth send reports to the account's status URL, which the demo does not have: no events, as in Vonage.
		if (!url) return;
		const channel = String(body.channel ?? 'sms');
		const statuses: Array<keyof DeliveryReports['delaysMs']> = ['submitted', 'delivered', ...(READ_RECEIPT_CHANNELS.has(channel) ? (['read'] as const) : [])];
		for (const status of statuses) {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				void this.post(url, messageUuid, status, body);
			}, this.delaysMs[status]);
			this.timers.add(timer);
		}
	}

	private async post(url: string, messageUuid: string, status: string, sent: Json): Promise<void> {
		const event: Json = {
			message_uuid: messageUuid,
			to: sent.to,
			from: sent.from,
			timestamp: new Date().toISOString(),
			status,
			channel: sent.channel,
			...(typeof sent.client_ref === 'string' ? { client_ref: sent.client_ref } : {}),
			...(sent.channel === 'sms' && status === 'delivered' ? { usage: { currency: 'EUR', price: '0.0333' }, sms: { count_total: '1' } } : {}),
		};
		const rawBody = JSON.stringify(event);
		let result: number | string;
		try {
			result = (await postEvent(url, event, signedAuthorization(rawBody), rawBody)).status;
		} catch (error) {
			result = error instanceof Error ? error.message : String(error);
		}
		const posted = { messageUuid, status, url, result };
		this.posted.push(posted);
		this.onPosted(posted);
	}
}

/** The Status URL an application of the fake Applications API has now (set by a trigger's registration). */
export function statusUrlFrom(application: Json | undefined): string | undefined {
	const messages = (application?.capabilities as Json | undefined)?.messages as Json | undefined;
	const statusUrl = (messages?.webhooks as Json | undefined)?.status_url as Json | undefined;
	return typeof statusUrl?.address === 'string' && statusUrl.address ? statusUrl.address : undefined;
}
