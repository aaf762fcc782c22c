import type { IDataObject } from 'n8n-workflow';

import type { FakeResponse, RecordedRequest } from '../../helpers/fakeVonage';

export const WABA_ID = '345688589250625';
export const NUMBER = '447451277751';

/** A WABA as Vonage returns it from GET /wabas/{waba_id}. */
export const wabaRecord: IDataObject = {
	waba_id: WABA_ID,
	api_key: 'abc123',
	name: 'My Business',
	account_review_status: 'Approved',
	timezone_id: '58',
	currency: 'USD',
	solution_id: '1234567890',
	country: 'US',
	business_id: '224654643345',
	business_name: 'Vonage Communication APIs',
	status: 'ACTIVE',
	whatsapp_business_manager_messaging_limit: 'TIER_100K',
	marketing_messages_onboarding_status: 'ONBOARDED',
	_links: { self: { href: `https://api.nexmo.com/v1/channel-manager/whatsapp/wabas/${WABA_ID}` } },
};

/** A number as Vonage returns it from GET /wabas/{waba_id}/numbers/{phone_number}. */
export const numberRecord: IDataObject = {
	phone_number: NUMBER,
	number_id: '293464193855848',
	waba_id: WABA_ID,
	api_key: 'abc123',
	verified_name: 'My Business',
	code_verification_status: 'VERIFIED',
	display_phone_number: '+447451277751',
	messaging_limit_tier: 'TIER_100K',
	quality_score: { score: 'GREEN' },
	throughput: { level: 'STANDARD' },
	_links: { self: { href: 'https://api.nexmo.com/v1/channel-manager/whatsapp/wabas/345688589250625/numbers/447451277751' } },
};

/** `count` WABAs as list entries. */
export function wabas(count: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({
		waba_id: String(100000 + index),
		name: `Business ${index}`,
		api_key: 'abc123',
		account_review_status: 'Approved',
		timezone_id: '58',
		currency: 'USD',
	}));
}

/** `count` numbers of one WABA as list entries. */
export function numbersOf(wabaId: string, count: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({
		phone_number: `44770090${wabaId.slice(-2)}${String(index).padStart(2, '0')}`,
		display_phone_number: `+44770090${wabaId.slice(-2)}${String(index).padStart(2, '0')}`,
		verified_name: `Line ${wabaId.slice(-2)}-${index}`,
		number_id: `${wabaId}${index}`,
		waba_id: wabaId,
		api_key: 'abc123',
	}));
}

/**
 * A list endpoint in the Channel Manager's page style: it honours `page` and `page_size`, reports
 * totals, and names the array as the API reference does (`_embedded.wabas`, also for numbers).
 */
export function pagedServer(records: IDataObject[]) {
	return (request: RecordedRequest): FakeResponse => {
		const page = Number(request.query.get('page') ?? '1');
		const size = Number(request.query.get('page_size') ?? '10');
		const totalPages = Math.max(1, Math.ceil(records.length / size));
		const links: IDataObject = { self: { href: `${request.path}?page=${page}` } };
		if (page < totalPages) links.next = { href: `${request.path}?page=${page + 1}` };
		return {
			status: 200,
			body: {
				page,
				page_size: size,
				total_pages: totalPages,
				total_items: records.length,
				_embedded: { wabas: records.slice((page - 1) * size, page * size) },
				_links: links,
			},
		};
	};
}

/** Analytics in cursor style: three pages chained by `paging.cursors.after`, no next link on the last. */
export function cursorServer(embeddedName: string, pages: IDataObject[][]) {
	return (request: RecordedRequest): FakeResponse => {
		const after = request.query.get('after');
		const index = after === null ? 0 : Number(after.replace('cursor-', ''));
		const paging: IDataObject = { cursors: { before: `cursor-${index - 1}`, after: `cursor-${index + 1}` } };
		if (index + 1 < pages.length) paging.next = `https://api.nexmo.com${request.path}?after=cursor-${index + 1}`;
		return { status: 200, body: { granularity: 'DAILY', _embedded: { [embeddedName]: pages[index] ?? [] }, paging } };
	};
}
