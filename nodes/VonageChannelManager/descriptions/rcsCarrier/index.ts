import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations, operationProperty } from '../../../shared/nodeDescription';
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
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forOperations(RESOURCE, ['addToAgent'], addToAgentFields),
	...forOperations(RESOURCE, ['getAll'], getAllFields),
];
