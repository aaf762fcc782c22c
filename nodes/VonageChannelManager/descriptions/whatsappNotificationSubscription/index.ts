import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations, operationProperty } from '../../../shared/nodeDescription';
import { confirmDeleted } from '../../../shared/output';
import { requestPath } from '../common';
import { createFields, createOperation } from './create.operation';
import { getAllFields, getAllOperation } from './getAll.operation';
import { SUBSCRIPTIONS_PATH } from './path';

// The WhatsApp Notification Subscription resource: Create and Get Many have their files; Delete is routing only and
// stays here. The field list is in the editor's order, each group shown once for its operation.

const RESOURCE = 'whatsappNotificationSubscription';

export const notificationSubscriptionResource: INodePropertyOptions = {
	name: 'WhatsApp Notification Subscription',
	value: RESOURCE,
	description: 'Slack or webhook destinations for WhatsApp account notifications',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	createOperation,
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a notification subscription',
		description: 'Stop sending notifications to a destination',
		routing: {
			request: { method: 'DELETE' },
			send: { preSend: [requestPath(`${SUBSCRIPTIONS_PATH}/{subscriptionId}`)] },
			output: { postReceive: [confirmDeleted] },
		},
	},
	getAllOperation,
];

export const notificationSubscriptionProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forOperations(RESOURCE, ['create'], createFields),
	...forOperations(RESOURCE, ['delete'], [
		{
			displayName: 'Subscription ID',
			name: 'subscriptionId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 9fa85698-c92a-4786-be0e-b5a489425120',
			description: 'The ID of the subscription to delete, as Get Many returns it',
		},
	]),
	...forOperations(RESOURCE, ['getAll'], getAllFields),
];
