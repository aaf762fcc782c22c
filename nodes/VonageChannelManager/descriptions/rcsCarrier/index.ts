import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations } from '../../../shared/nodeDescription';
import { addToAgentFields, addToAgentOperation } from './addToAgent.operation';
import { getAllFields, getAllOperation } from './getAll.operation';

// The RCS Carrier resource: two operations, each in its own file.

const RESOURCE = 'rcsCarrier';

export const carrierResource: INodePropertyOptions = {
	name: 'RCS Carrier',
	value: RESOURCE,
	description: 'Mobile carriers an agent can be launched on',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [addToAgentOperation, getAllOperation];

export const carrierProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [RESOURCE] } },
		options: OPERATIONS,
		default: 'getAll',
	},
	...forOperations(RESOURCE, ['addToAgent'], addToAgentFields),
	...forOperations(RESOURCE, ['getAll'], getAllFields),
];
