import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { forOperations, operationProperty } from '../../../shared/nodeDescription';
import { confirmDeleted } from '../../../shared/output';
import { BRAND_ID_PATH, RCS_BASE, brandLocator, fillPath } from '../common';
import { createOperation } from './create.operation';
import { getAllFields, getAllOperation } from './getAll.operation';
import { updateOperation } from './update.operation';

// The RCS Brand resource: Create (with the body Rename sends too), Get Many and Rename have their files; Delete is
// routing only and stays here. The field list is in the editor's order, each group shown once for its operations.

const RESOURCE = 'rcsBrand';

export const brandResource: INodePropertyOptions = {
	name: 'RCS Brand',
	value: RESOURCE,
	description: 'The companies your RCS agents speak for',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	createOperation,
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete an RCS brand',
		routing: {
			request: { method: 'DELETE', url: `${RCS_BASE}/brands/{brand_id}` },
			send: { preSend: [requireAuth('basic', 'Delete RCS Brand'), fillPath({ brand_id: BRAND_ID_PATH })] },
			output: { postReceive: [confirmDeleted] },
		},
	},
	getAllOperation,
	updateOperation,
];

export const brandProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forOperations(RESOURCE, ['delete', 'update'], [brandLocator]),
	...forOperations(RESOURCE, ['create', 'update'], [
		{
			displayName: 'Display Name',
			name: 'displayName',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Example Co',
			description: 'The name of the brand, up to 100 characters',
		},
	]),
	...forOperations(RESOURCE, ['getAll'], getAllFields),
];
