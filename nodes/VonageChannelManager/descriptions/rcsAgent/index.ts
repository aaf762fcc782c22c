import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { forOperations, operationProperty } from '../../../shared/nodeDescription';
import { AGENT_ID_PATH, RCS_BASE, agentLocator, fillPath } from '../common';
import { agentWriteRouting } from './agentBody';
import { createOrReplaceAdditionalFields, createOrReplaceFields, writeFields } from './agentFields';
import { getAllFields, getAllOperation } from './getAll.operation';
import { simplifyAgentItems } from './simplify';
import { updateFields, updateOperation } from './update.operation';

// The RCS Agent resource. Create, Replace and Update send one body built in agentBody.ts from the fields in
// agentFields.ts; Update and Get Many have fields of their own in their files. Create, Replace and Get are
// routing only and stay here. The field list is in the editor's order (pinned by
// test/nodes/descriptionSnapshot.test.ts), each group shown once for its operations.

const RESOURCE = 'rcsAgent';

export const agentResource: INodePropertyOptions = {
	name: 'RCS Agent',
	value: RESOURCE,
	description: 'The senders of your RCS messages',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
	{
		name: 'Create',
		value: 'create',
		action: 'Create an RCS agent',
		description: 'Create an agent, the sender of your RCS messages',
		routing: agentWriteRouting('create'),
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get an RCS agent',
		routing: {
			request: { method: 'GET', url: `${RCS_BASE}/agents/{agent_id}` },
			send: { preSend: [requireAuth('basic', 'Get RCS Agent'), fillPath({ agent_id: AGENT_ID_PATH })] },
			output: { postReceive: [simplifyAgentItems] },
		},
	},
	getAllOperation,
	{
		name: 'Replace',
		value: 'replace',
		action: 'Replace an RCS agent',
		description: 'Send the whole agent again: every field Vonage requires, including representative and launch details',
		routing: agentWriteRouting('replace'),
	},
	updateOperation,
];

export const agentProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forOperations(RESOURCE, ['get', 'replace', 'update'], [agentLocator]),
	...forOperations(RESOURCE, ['create', 'replace'], [...createOrReplaceFields, createOrReplaceAdditionalFields]),
	...forOperations(RESOURCE, ['update'], updateFields),
	...forOperations(RESOURCE, ['create', 'replace', 'update'], writeFields),
	...forOperations(RESOURCE, ['getAll'], getAllFields),
	...forOperations(RESOURCE, ['create', 'get', 'getAll', 'replace', 'update'], [
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of each agent (ID, state, sender ID, display name, brand, purpose, billing category, verification status, dates) instead of the raw data',
	},
	]),
];
