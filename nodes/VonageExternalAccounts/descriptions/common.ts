import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { listOrIdLocator } from '../../shared/locator';
import { pageNumberPaging, type PagedList } from '../../shared/pagination';
import { normalizePhoneNumber, refuse, requireText } from '../../shared/validation';

// What the account operations share: the API's paths, the providers, how an account and an application are
// named in a request, and the masking of Page access tokens in every output.

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

/**
 * Provider choices, labelled as in PROVIDER_LABEL. Name them in label order: n8n wants options sorted
 * by name, and its lint cannot check a computed list.
 */
export function providerOptions(providers: Provider[]): INodePropertyOptions[] {
	return providers.map((value) => ({ name: PROVIDER_LABEL[value], value }));
}

export const APPLICATION_ID_PLACEHOLDER = 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf';

/** The account picker: accounts listed by `searchListMethod`, or the external id typed in. */
export function accountLocator(displayName: string, searchListMethod: string, description: string): INodeProperties {
	return listOrIdLocator({
		displayName,
		name: 'account',
		description,
		searchListMethod,
		typed: {
			placeholder: 'e.g. 12345678',
			pattern: { regex: '^[^/?#]+$', errorMessage: 'Enter the ID only, without "/", "?" or "#", e.g. 12345678' },
		},
	});
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The provider of the account an operation addresses: the Messenger operations have no Provider field. */
export function providerOf(context: IExecuteSingleFunctions): Provider {
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

export interface AddressedAccount {
	provider: Provider;
	externalId: string;
	/** The account's own path: `/beta/chatapp-accounts/<provider>/<external id>`. */
	path: string;
}

/** The account the operation addresses, checked, with its path. */
export function addressedAccount(context: IExecuteSingleFunctions): AddressedAccount {
	const provider = providerOf(context);
	const externalId = externalIdOf(context, provider);
	return { provider, externalId, path: `${ACCOUNTS_PATH}/${provider}/${encodeURIComponent(externalId)}` };
}

/** preSend of Get, Update and Delete: the account's own path. */
export async function setAccountUrl(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...requestOptions, url: addressedAccount(this).path };
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
