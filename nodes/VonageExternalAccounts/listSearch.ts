import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { fetchAllRecords } from '../shared/pagination';
import { ACCOUNT_LIST, ACCOUNTS_PATH, PROVIDER_LABEL, type Provider } from './descriptions/common';

function label(account: IDataObject): string {
	const externalId = String(account.external_id ?? '');
	const name = typeof account.name === 'string' ? account.name.trim() : '';
	return name ? `${name} (${externalId})` : externalId;
}

/** Every account of one provider (all pages), narrowed to those whose name or external id contains the filter. */
async function searchByProvider(context: ILoadOptionsFunctions, provider: Provider, filter?: string): Promise<INodeListSearchResult> {
	const accounts = await fetchAllRecords(context, ACCOUNTS_PATH, ACCOUNT_LIST, { qs: { provider } });
	const needle = filter?.trim().toLowerCase() ?? '';
	const results: INodeListSearchItems[] = accounts
		.filter((account) => account.external_id !== undefined && account.external_id !== null && account.external_id !== '')
		// The list is filtered by provider already; this also keeps other providers out if Vonage ignores the filter.
		.filter((account) => account.provider === undefined || account.provider === provider)
		.filter((account) => !needle || label(account).toLowerCase().includes(needle))
		.map((account) => ({ name: label(account), value: String(account.external_id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

export const accountListSearch = {
	/** Accounts of the provider chosen in the node's Provider parameter. */
	async searchAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const chosen = this.getCurrentNodeParameter('provider') as string | undefined;
		const provider: Provider = chosen && chosen in PROVIDER_LABEL ? (chosen as Provider) : 'messenger';
		return await searchByProvider(this, provider, filter);
	},
	/** Messenger accounts, for the Messenger-only operations. */
	async searchMessengerAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await searchByProvider(this, 'messenger', filter);
	},
};
