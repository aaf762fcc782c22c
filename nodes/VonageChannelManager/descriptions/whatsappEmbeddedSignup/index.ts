import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations } from '../../../shared/nodeDescription';
import { generateUrlFields, generateUrlOperation } from './generateUrl.operation';

// The WhatsApp Embedded Signup resource: one operation, in its own file.

const RESOURCE = 'whatsappEmbeddedSignup';

export const embeddedSignupResource: INodePropertyOptions = {
	name: 'WhatsApp Embedded Signup',
	value: RESOURCE,
	description: 'Links that let your clients connect their WhatsApp Business Account through your partner solution',
};

const OPERATIONS: INodePropertyOptions[] = [generateUrlOperation];

export const embeddedSignupProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [RESOURCE] } },
		options: OPERATIONS,
		default: 'generateUrl',
	},
	...forOperations(RESOURCE, ['generateUrl'], generateUrlFields),
];
