import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations as forOperationsOf, operationProperty } from '../../../shared/nodeDescription';
import { confirmDeleted } from '../../../shared/output';
import { ACCOUNTS_PATH, APPLICATION_ID_PLACEHOLDER, accountLocator, providerOptions, setAccountUrl } from '../common';
import { createMessengerAccountFields, createMessengerAccountOperation } from './createMessengerAccount.operation';
import { getFields, getOperation } from './get.operation';
import { getAllFields, getAllOperation } from './getAll.operation';
import { linkApplicationOperation } from './linkApplication.operation';
import { unlinkApplicationOperation } from './unlinkApplication.operation';
import { updateMessengerAccountFields, updateMessengerAccountOperation } from './updateMessengerAccount.operation';

// The Account resource. Each operation with logic of its own has a file (its Operation option with routing and
// hooks, and its own fields); Delete Messenger Account, which only addresses the account, is here. The field list
// below is in the editor's order (pinned by test/nodes/descriptionSnapshot.test.ts); each group of fields gets its
// display conditions once, for the operation or operations it belongs to.

const RESOURCE = 'account';

const forOperations = (operations: string[], fields: INodeProperties[]) => forOperationsOf(RESOURCE, operations, fields);

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	createMessengerAccountOperation,
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
	getOperation,
	getAllOperation,
	linkApplicationOperation,
	unlinkApplicationOperation,
	updateMessengerAccountOperation,
];

const EXTERNAL_ID_HELP =
	'The account, by its ID at the provider: the Facebook Page ID for Messenger, the Viber Service Message ID for Viber, the WhatsApp number (international format, e.g. 447700900000) for WhatsApp, the RCS agent ID for RCS';

export const accountProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forOperations(
		['createMessengerAccount', 'get', 'getAll', 'linkApplication', 'updateMessengerAccount'],
		[
			{
				displayName:
					'Vonage returns the Facebook Page access token with each Messenger account; this node outputs it masked to its last four characters, so the token is not stored in executions',
				name: 'accessTokenNotice',
				type: 'notice',
				default: '',
			},
		],
	),
	...forOperations(['getAll'], getAllFields),
	...forOperations(['get'], getFields),
	...forOperations(
		['linkApplication', 'unlinkApplication'],
		[
			{
				displayName: 'Provider',
				name: 'provider',
				type: 'options',
				options: providerOptions(['messenger', 'rcs', 'viber_service_msg', 'whatsapp']),
				default: 'messenger',
				description: 'The channel of the account',
			},
		],
	),
	...forOperations(['get', 'linkApplication', 'unlinkApplication'], [accountLocator('Account', 'searchAccounts', EXTERNAL_ID_HELP)]),
	...forOperations(
		['deleteMessengerAccount', 'updateMessengerAccount'],
		[accountLocator('Messenger Account', 'searchMessengerAccounts', 'The Messenger account, by its Facebook Page ID')],
	),
	...forOperations(
		['linkApplication', 'unlinkApplication'],
		[
			{
				displayName: 'Application ID',
				name: 'applicationId',
				type: 'string',
				required: true,
				default: '',
				placeholder: APPLICATION_ID_PLACEHOLDER,
				description:
					'ID of a Vonage application with the Messages capability (Vonage Dashboard > Applications). An account has at most one linked application: unlink the current one before linking another.',
			},
		],
	),
	...forOperations(['createMessengerAccount'], createMessengerAccountFields),
	...forOperations(['updateMessengerAccount'], updateMessengerAccountFields),
];
