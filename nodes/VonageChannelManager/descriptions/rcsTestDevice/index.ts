import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { listOrIdLocator } from '../../../shared/locator';
import { forOperations, forResource, operationProperty } from '../../../shared/nodeDescription';
import { confirmDeleted } from '../../../shared/output';
import { AGENT_ID_PATH, RCS_BASE, agentLocator, fillPath } from '../common';
import { addFields, addOperation } from './add.operation';

// The RCS Test Device resource: Add has its file (body); Remove is routing only and stays here.

const RESOURCE = 'rcsTestDevice';

export const testDeviceResource: INodePropertyOptions = {
	name: 'RCS Test Device',
	value: RESOURCE,
	description: 'Phones that can try an agent before launch',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	addOperation,
	{
		name: 'Remove',
		value: 'remove',
		action: 'Remove a test device from an RCS agent',
		routing: {
			request: { method: 'DELETE', url: `${RCS_BASE}/agents/{agent_id}/test-devices/{test_device_id}` },
			send: {
				preSend: [
					requireAuth('basic', 'Remove RCS Test Device'),
					fillPath({
						agent_id: AGENT_ID_PATH,
						test_device_id: { parameter: 'testDeviceId', label: 'Test Device', example: '019809ba-a274-7bd2-aea0-f1f70f2210dc' },
					}),
				],
			},
			output: { postReceive: [confirmDeleted] },
		},
	},
];

export const testDeviceProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'add'),
	...forResource(RESOURCE, [agentLocator]),
	...forOperations(RESOURCE, ['add'], addFields),
	...forOperations(RESOURCE, ['remove'], [
		listOrIdLocator({
			displayName: 'Test Device',
			name: 'testDeviceId',
			description: 'The test device to remove',
			searchListMethod: 'searchRcsTestDevices',
			typed: { placeholder: 'e.g. 019809ba-a274-7bd2-aea0-f1f70f2210dc' },
		}),
	]),
];
