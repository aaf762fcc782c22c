import type { INodeProperties } from 'n8n-workflow';

import { sendFields, sendOperation } from './SendDescription';

export const messageOperations: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: [sendOperation],
		default: 'send',
	},
];

export const messageFields: INodeProperties[] = [...sendFields];
