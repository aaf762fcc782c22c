import type { INodeProperties } from 'n8n-workflow';

import { sendFields, sendOperation } from './SendDescription';
import { updateFields, updateOperation } from './UpdateDescription';

export const messageOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [sendOperation, updateOperation],
		default: 'send',
	},
];

export const messageFields: INodeProperties[] = [...sendFields, ...updateFields];
