import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { refuse, normalizePhoneNumber, requireText } from '../shared/validation';
import { pageNumberPaging, type PagedList } from '../shared/pagination';

/** Where the External Accounts API lives on every Vonage host. */
export const ACCOUNTS_PATH = '/beta/chatapp-accounts';

/** Get Many: `page_number` / `page_size`, accounts directly in `_embedded`, more pages while `_links.next` exists. */
export const ACCOUNT_LIST: PagedList = {
	style: pageNumberPaging({ pageParameter: 'page_number', pageSizeParameter: 'page_size', pageSize: 20 }),
	recordsPath: '_embedded',
};

export type Provider = 'messenger' | 'rcs' | 'viber_service_msg' | 'whatsapp';

export const PROVIDER_LABEL: Record<Provider, string> = {
	messenger: 'Messenger',
	rcs: 'RCS',
	viber_service_msg: 'Viber Service Message',
	whatsapp: 'WhatsApp',
};

/** What the external id is called for each provider, as users know it. */
export const EXTERNAL_ID_LABEL: Record<Provider, string> = {
	messenger: 'Facebook Page ID',
	rcs: 'RCS Agent ID',
	viber_service_msg: 'Viber Service Message ID',
	whatsapp: 'WhatsApp Number',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function providerOf(context: IExecuteSingleFunctions): Provider {
	const operation = context.getNodeParameter('operation') as string;
	if (operation.endsWith('MessengerAccount')) return 'messenger';
	return context.getNodeParameter('provider') as Provider;
}

/** The account's external id, checked and in the form Vonage stores it (WhatsApp numbers as E.164 digits). */
export function externalIdOf(context: IExecuteSingleFunctions, provider: Provider): string {
	const raw = context.getNodeParameter('account', undefined, { extractValue: true }) as unknown;
	const field = EXTERNAL_ID_LABEL[provider];
	if (provider === 'whatsapp') return normalizePhoneNumber(context, field, raw);
	const text = requireText(context, field, raw).trim();
	if (/[/?#]/.test(text)) {
		throw refuse(context, field,
			text,
			'contains "/", "?" or "#"',
			`Enter only the ${field}, e.g. 12345678, not a URL.`,
		);
	}
	return text;
}

/** An application ID, checked to be a UUID before anything is sent. */
export function applicationIdOf(context: IExecuteSingleFunctions, parameterName: string): string {
	const raw = context.getNodeParameter(parameterName, '') as unknown;
	const text = requireText(context, 'Application ID', raw).trim();
	if (!UUID.test(text)) {
		throw refuse(context, 'Application ID',
			text,
			'is not a Vonage application ID',
			'Copy the ID of a Messages application from the Vonage Dashboard > Applications; it looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf.',
		);
	}
	return text.toLowerCase();
}

function withUrl(requestOptions: IHttpRequestOptions, url: string): IHttpRequestOptions {
	return { ...requestOptions, url };
}

/** preSend of Get, Update and Delete: the account's own path. */
export async function setAccountUrl(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const provider = providerOf(this);
	return withUrl(requestOptions, `${ACCOUNTS_PATH}/${provider}/${encodeURIComponent(externalIdOf(this, provider))}`);
}

/** preSend of Link Application: the account's applications path and `{ application }`. */
export async function prepareLink(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const provider = providerOf(this);
	const externalId = externalIdOf(this, provider);
	const application = applicationIdOf(this, 'applicationId');
	return {
		...withUrl(requestOptions, `${ACCOUNTS_PATH}/${provider}/${encodeURIComponent(externalId)}/applications`),
		body: { application },
	};
}

/** preSend of Unlink Application: the path names the application to unlink. */
export async function prepareUnlink(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const provider = providerOf(this);
	const externalId = externalIdOf(this, provider);
	const application = applicationIdOf(this, 'applicationId');
	return withUrl(
		requestOptions,
		`${ACCOUNTS_PATH}/${provider}/${encodeURIComponent(externalId)}/applications/${encodeURIComponent(application)}`,
	);
}

/** preSend of Create Messenger Account: the body from the Page ID, token and optional fields. */
export async function prepareCreate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const externalId = requireText(this, 'Facebook Page ID', this.getNodeParameter('pageId', '')).trim();
	if (!/^\d+$/.test(externalId)) {
		throw refuse(this, 'Facebook Page ID',
			externalId,
			'is not a Page ID',
			'A Facebook Page ID has digits only, e.g. 107055848123456. Find it on your Facebook Page under About > Page transparency, or in Meta Business Suite > Settings.',
		);
	}
	const accessToken = requireText(this, 'Page Access Token', this.getNodeParameter('accessToken', '')).trim();
	const additional = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const body: IDataObject = { external_id: externalId, access_token: accessToken };
	if (typeof additional.name === 'string' && additional.name.trim()) body.name = additional.name.trim();
	if (additional.applicationId !== undefined) body.applications = [applicationIdOf(this, 'additionalFields.applicationId')];
	return { ...requestOptions, body };
}

/** preSend of Update Messenger Account: only the fields the user chose; at least one. */
export async function prepareUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const withPath = await setAccountUrl.call(this, requestOptions);
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) body.name = requireText(this, 'Name', fields.name).trim();
	if (fields.accessToken !== undefined) body.access_token = requireText(this, 'Page Access Token', fields.accessToken).trim();
	if (fields.applicationId !== undefined) body.applications = [applicationIdOf(this, 'updateFields.applicationId')];
	if (!Object.keys(body).length) {
		throw refuse(this, 'Update Fields',
			'',
			'is empty',
			'Add at least one field to change under Update Fields: Name, Page Access Token or Application ID.',
		);
	}
	return { ...withPath, body };
}

/** preSend of Get Many: the provider filter, only when one is chosen. */
export async function setProviderFilter(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const provider = this.getNodeParameter('providerFilter', '') as string;
	if (!provider) return requestOptions;
	return { ...requestOptions, qs: { ...(requestOptions.qs ?? {}), provider } };
}

/**
 * Vonage returns the Facebook Page access token with every Messenger account. It is a secret that
 * n8n would otherwise store in every execution: only its last four characters are kept, enough to
 * tell which token an account holds.
 */
export function maskAccessToken(account: IDataObject): IDataObject {
	if (typeof account.access_token !== 'string' || !account.access_token) return account;
	const token = account.access_token;
	return { ...account, access_token: token.length > 8 ? `****${token.slice(-4)}` : '****' };
}

/** postReceive of single-account operations. */
export async function maskAccessTokens(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return items.map((item) => ({ ...item, json: maskAccessToken(item.json) }));
}

/** mapRecords of Get Many. */
export function maskAccessTokensOfRecords(this: IExecutePaginationFunctions, records: IDataObject[]): IDataObject[] {
	return records.map(maskAccessToken);
}

/** postReceive of Unlink Application (Vonage answers 204 with no body): what was unlinked. */
export async function describeUnlink(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const provider = providerOf(this);
	const json: IDataObject = {
		unlinked: true,
		provider,
		external_id: externalIdOf(this, provider),
		application_id: applicationIdOf(this, 'applicationId'),
	};
	return items.length ? items.map((item) => ({ ...item, json })) : [{ json }];
}
