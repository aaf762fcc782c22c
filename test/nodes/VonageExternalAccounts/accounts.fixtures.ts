import type { IDataObject } from 'n8n-workflow';

import type { FakeResponse, RecordedRequest } from '../../helpers/fakeVonage';

export const APPLICATION_ID = '78d335fa-323d-0114-9c3d-d6f0d48968cf';

/** An account as Vonage lists it. */
export function account(provider: string, index: number): IDataObject {
	const record: IDataObject = {
		name: `${provider} account ${index}`,
		applications: [],
		external_id: provider === 'whatsapp' ? `4477009${String(index).padStart(5, '0')}` : String(10000000 + index),
		api_key: 'abcd1234',
		provider,
	};
	if (provider === 'messenger') record.access_token = `EAAGmessengerToken${index}XYZW`;
	return record;
}

/**
 * GET /beta/chatapp-accounts as Vonage pages it: `page_number` / `page_size`, accounts in `_embedded`,
 * `_links.next` on every page but the last. Links name api.nexmo.com, as Vonage's do.
 */
export function pagedAccounts(accounts: IDataObject[]) {
	return (request: RecordedRequest): FakeResponse => {
		const provider = request.query.get('provider');
		const matching = provider ? accounts.filter((entry) => entry.provider === provider) : accounts;
		const pageNumber = Number(request.query.get('page_number') ?? '1');
		const pageSize = Number(request.query.get('page_size') ?? '20');
		const lastPage = Math.max(1, Math.ceil(matching.length / pageSize));
		const link = (page: number) => ({
			href: `https://api.nexmo.com/beta/chatapp-accounts?page_number=${page}&page_size=${pageSize}${provider ? `&provider=${provider}` : ''}`,
		});
		const links: IDataObject = { self: link(pageNumber), first: link(1), last: link(lastPage) };
		if (pageNumber < lastPage) links.next = link(pageNumber + 1);
		if (pageNumber > 1) links.prev = link(pageNumber - 1);
		return {
			status: 200,
			body: {
				page_number: pageNumber,
				page_size: pageSize,
				_embedded: matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
				_links: links,
			},
		};
	};
}
