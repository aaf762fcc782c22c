import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations, operationProperty } from '../../../shared/nodeDescription';
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
	operationProperty(RESOURCE, OPERATIONS, 'generateUrl'),
	...forOperations(RESOURCE, ['generateUrl'], generateUrlFields),
];
