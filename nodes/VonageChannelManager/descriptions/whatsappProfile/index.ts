import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations, forResource, operationProperty } from '../../../shared/nodeDescription';
import { numberLocator, requestPath } from '../common';
import { PROFILE_PATH } from './path';
import { updateFields, updateOperation } from './update.operation';

// The WhatsApp Profile resource: Get is routing only and stays here; Update has its file (checks, fields).

const RESOURCE = 'whatsappProfile';

export const profileResource: INodePropertyOptions = {
	name: 'WhatsApp Profile',
	value: RESOURCE,
	description: 'The business profile users see for a WhatsApp number',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	{
		name: 'Get',
		value: 'get',
		action: 'Get a number profile',
		description: 'Get the business profile of a WhatsApp number',
		routing: { request: { method: 'GET' }, send: { preSend: [requestPath(PROFILE_PATH)] } },
	},
	updateOperation,
];

export const profileProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'get'),
	...forResource(RESOURCE, [
		numberLocator('The WhatsApp number whose profile to use. The list shows the numbers of all your WhatsApp Business Accounts.'),
	]),
	...forOperations(RESOURCE, ['update'], updateFields),
];
