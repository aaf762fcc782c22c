import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/getMany';
import { listOrIdLocator } from '../../shared/locator';
import { confirmDeleted } from '../../shared/output';
import { paginateRecords } from '../../shared/pagination';
import {
	ACCOUNT_LIST,
	ACCOUNTS_PATH,
	PROVIDER_LABEL,
	type Provider,
	describeUnlink,
	maskAccessTokens,
	maskAccessTokensOfRecords,
	prepareCreate,
	prepareLink,
	prepareUnlink,
	prepareUpdate,
	setAccountUrl,
	setProviderFilter,
} from '../accountHooks';

const RESOURCE = 'account';

function showFor(operations: string[]) {
	return { show: { resource: [RESOURCE], operation: operations } };
}


export const accountOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [RESOURCE] } },
		options: [
			{
				name: 'Create Messenger Account',
				value: 'createMessengerAccount',
				action: 'Create a messenger account',
				description: 'Connect a Facebook Page to Vonage so you can send and receive Messenger messages as that Page',
				routing: {
					request: { method: 'POST', url: `${ACCOUNTS_PATH}/messenger` },
					send: { preSend: [prepareCreate] },
					output: { postReceive: [maskAccessTokens] },
				},
			},
			{
				name: 'Delete Messenger Account',
				value: 'deleteMessengerAccount',
				action: 'Delete a messenger account',
				description: 'Disconnect a Facebook Page from Vonage',
				routing: {
					request: { method: 'DELETE', url: `${ACCOUNTS_PATH}/messenger` },
					send: { preSend: [setAccountUrl] },
					output: { postReceive: [confirmDeleted] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account',
				description: 'Get one Messenger, Viber Service Message or WhatsApp account',
				routing: {
					request: { method: 'GET', url: ACCOUNTS_PATH },
					send: { preSend: [setAccountUrl] },
					output: { postReceive: [maskAccessTokens] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many accounts',
				description: 'List the Messenger, Viber, WhatsApp and RCS accounts of your Vonage account, one item per account',
				routing: {
					request: { method: 'GET', url: ACCOUNTS_PATH },
					send: { preSend: [setProviderFilter], paginate: true },
					operations: { pagination: paginateRecords(ACCOUNT_LIST, { mapRecords: maskAccessTokensOfRecords }) },
				},
			},
			{
				name: 'Link Application',
				value: 'linkApplication',
				action: 'Link an application to an account',
				description: "Link a Vonage Messages application to an account, so that the account's inbound messages go to the application's inbound URL",
				routing: {
					request: { method: 'POST', url: ACCOUNTS_PATH },
					send: { preSend: [prepareLink] },
					output: { postReceive: [maskAccessTokens] },
				},
			},
			{
				name: 'Unlink Application',
				value: 'unlinkApplication',
				action: 'Unlink an application from an account',
				description: 'Remove the link between an account and a Vonage application',
				routing: {
					request: { method: 'DELETE', url: ACCOUNTS_PATH },
					send: { preSend: [prepareUnlink] },
					output: { postReceive: [describeUnlink] },
				},
			},
			{
				name: 'Update Messenger Account',
				value: 'updateMessengerAccount',
				action: 'Update a messenger account',
				description: 'Rename a Messenger account, replace its Page access token, or change its linked application',
				routing: {
					request: { method: 'PATCH', url: `${ACCOUNTS_PATH}/messenger` },
					send: { preSend: [prepareUpdate] },
					output: { postReceive: [maskAccessTokens] },
				},
			},
		],
		default: 'getAll',
	},
];

/**
 * Provider choices, labelled as in PROVIDER_LABEL. Name them in label order: n8n wants options sorted
 * by name, and its lint cannot check a computed list.
 */
function providerOptions(providers: Provider[]): INodePropertyOptions[] {
	return providers.map((value) => ({ name: PROVIDER_LABEL[value], value }));
}

const APPLICATION_ID_PLACEHOLDER = 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf';

function accountLocator(displayName: string, searchListMethod: string, operations: string[], description: string): INodeProperties {
	return listOrIdLocator({
		displayName,
		name: 'account',
		description,
		displayOptions: showFor(operations),
		searchListMethod,
		typed: {
			placeholder: 'e.g. 12345678',
			pattern: { regex: '^[^/?#]+$', errorMessage: 'Enter the ID only, without "/", "?" or "#", e.g. 12345678' },
		},
	});
}

const [returnAll, limit] = returnAllAndLimit({ resource: [RESOURCE], operation: ['getAll'] });

const EXTERNAL_ID_HELP =
	'The account, by its ID at the provider: the Facebook Page ID for Messenger, the Viber Service Message ID for Viber, the WhatsApp number (international format, e.g. 447700900000) for WhatsApp, the RCS agent ID for RCS';

export const accountFields: INodeProperties[] = [
	{
		displayName:
			'Vonage returns the Facebook Page access token with each Messenger account; this node outputs it masked to its last four characters, so the token is not stored in executions',
		name: 'accessTokenNotice',
		type: 'notice',
		default: '',
		displayOptions: showFor(['createMessengerAccount', 'get', 'getAll', 'linkApplication', 'updateMessengerAccount']),
	},
	// ----- Get Many -----
	{
		displayName: 'Provider',
		name: 'providerFilter',
		type: 'options',
		options: [{ name: 'All Providers', value: '' }, ...providerOptions(['messenger', 'rcs', 'viber_service_msg', 'whatsapp'])],
		default: '',
		description: 'Only accounts of this channel',
		displayOptions: showFor(['getAll']),
	},
	returnAll,
	{ ...limit, routing: { output: { maxResults: '={{ $value }}' } } },

	// ----- Get, Link Application, Unlink Application -----
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		options: providerOptions(['messenger', 'viber_service_msg', 'whatsapp']),
		default: 'messenger',
		description:
			'The channel of the account. The External Accounts API has no single-account lookup for RCS: use Get Many with Provider "RCS".',
		displayOptions: showFor(['get']),
	},
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		options: providerOptions(['messenger', 'rcs', 'viber_service_msg', 'whatsapp']),
		default: 'messenger',
		description: 'The channel of the account',
		displayOptions: showFor(['linkApplication', 'unlinkApplication']),
	},
	accountLocator('Account', 'searchAccounts', ['get', 'linkApplication', 'unlinkApplication'], EXTERNAL_ID_HELP),
	accountLocator(
		'Messenger Account',
		'searchMessengerAccounts',
		['deleteMessengerAccount', 'updateMessengerAccount'],
		'The Messenger account, by its Facebook Page ID',
	),
	{
		displayName: 'Application ID',
		name: 'applicationId',
		type: 'string',
		required: true,
		default: '',
		placeholder: APPLICATION_ID_PLACEHOLDER,
		description:
			'ID of a Vonage application with the Messages capability (Vonage Dashboard > Applications). An account has at most one linked application: unlink the current one before linking another.',
		displayOptions: showFor(['linkApplication', 'unlinkApplication']),
	},

	// ----- Create Messenger Account -----
	{
		displayName: 'Facebook Page ID',
		name: 'pageId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 107055848123456',
		description: 'ID of the Facebook Page to connect (on the Page: About > Page transparency, or Meta Business Suite > Settings)',
		displayOptions: showFor(['createMessengerAccount']),
	},
	{
		displayName: 'Page Access Token',
		name: 'accessToken',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			"A Page access token of the Facebook Page, from Meta's Graph API Explorer or your Meta app, or connect the Page in the Vonage Dashboard > Messages > Social channels",
		displayOptions: showFor(['createMessengerAccount']),
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['createMessengerAccount']),
		options: [
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				default: '',
				placeholder: APPLICATION_ID_PLACEHOLDER,
				description: "Vonage Messages application to link right away; inbound messages go to the application's inbound URL",
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Support Page',
				description: 'Your own name for the account',
			},
		],
	},

	// ----- Update Messenger Account -----
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: showFor(['updateMessengerAccount']),
		options: [
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				default: '',
				placeholder: APPLICATION_ID_PLACEHOLDER,
				description: 'Vonage Messages application to link instead of the current one',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				placeholder: 'e.g. Support Page',
				description: 'New name of the account',
			},
			{
				displayName: 'Page Access Token',
				name: 'accessToken',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'A new Page access token, e.g. after the old one expired or was revoked',
			},
		],
	},
];
