import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { forOperations, forResource, operationProperty } from '../../../shared/nodeDescription';
import { RCS_BASE, SENDER_ID_PATH, fillPath, senderIdLocator } from '../common';
import { updateFields, updateOperation } from './update.operation';

// The RCS Opt-Out resource: Get is routing only and stays here; Update has its file (actions, checks).

const RESOURCE = 'rcsOptOut';

export const optOutResource: INodePropertyOptions = {
	name: 'RCS Opt-Out',
	value: RESOURCE,
	description: 'Keywords users send to stop or restart messages',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	{
		name: 'Get',
		value: 'get',
		action: 'Get the opt out keywords and replies of an RCS agent',
		description: 'Get whether opt-out is enabled for an agent and which keywords trigger which reply',
		routing: {
			request: { method: 'GET', url: `${RCS_BASE}/opt-out/{sender_id}` },
			send: { preSend: [requireAuth('basic', 'Get RCS Opt-Out'), fillPath({ sender_id: SENDER_ID_PATH })] },
		},
	},
	updateOperation,
];

export const optOutProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'get'),
	...forResource(RESOURCE, [senderIdLocator]),
	...forOperations(RESOURCE, ['update'], updateFields),
];
