import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { ACCOUNTS_PATH, maskAccessTokens, providerOptions, setAccountUrl } from '../common';

export const getOperation: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an account',
	description: 'Get one Messenger, Viber Service Message or WhatsApp account',
	routing: {
		request: { method: 'GET', url: ACCOUNTS_PATH },
		send: { preSend: [setAccountUrl] },
		output: { postReceive: [maskAccessTokens] },
	},
};

/**
 * Shown for this operation only (the resource's index applies the display conditions). Get has Provider choices
 * of its own: every provider but RCS, which has no single-account lookup.
 */
export const getFields: INodeProperties[] = [
	{
		displayName: 'Provider',
		name: 'provider',
		type: 'options',
		options: providerOptions(['messenger', 'viber_service_msg', 'whatsapp']),
		default: 'messenger',
		description:
			'The channel of the account. The External Accounts API has no single-account lookup for RCS: use Get Many with Provider "RCS".',
	},
];
