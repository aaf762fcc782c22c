import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { paginateRecords } from '../../../shared/pagination';
import { ACCOUNT_LIST, ACCOUNTS_PATH, maskAccessToken, providerOptions } from '../common';

/** preSend: the provider filter, only when one is chosen. */
async function setProviderFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const provider = this.getNodeParameter('providerFilter', '') as string;
	if (!provider) return requestOptions;
	return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), provider } };
}

/** mapRecords of the pages: every listed Messenger account's token masked. */
function maskAccessTokensOfRecords(this: IExecutePaginationFunctions, records: IDataObject[]): IDataObject[] {
	return records.map(maskAccessToken);
}

export const getAllOperation: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many accounts',
	description: 'List the Messenger, Viber, WhatsApp and RCS accounts of your Vonage account, one item per account',
	routing: {
		request: { method: 'GET', url: ACCOUNTS_PATH },
		send: { preSend: [setProviderFilter], paginate: true },
		operations: { pagination: paginateRecords(ACCOUNT_LIST, { mapRecords: maskAccessTokensOfRecords }) },
	},
};

const [returnAll, limit] = returnAllAndLimit();

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getAllFields: INodeProperties[] = [
	{
		displayName: 'Provider',
		name: 'providerFilter',
		type: 'options',
		options: [{ name: 'All Providers', value: '' }, ...providerOptions(['messenger', 'rcs', 'viber_service_msg', 'whatsapp'])],
		default: '',
		description: 'Only accounts of this channel',
	},
	returnAll,
	{ ...limit, routing: { output: { maxResults: '={{ $value }}' } } },
];
