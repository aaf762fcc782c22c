import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { agentWriteRouting } from './agentBody';
import { agentFields, byName, optionalDesignFields } from './agentFields';

export const updateOperation: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an RCS agent',
	description: 'Change only the fields you set; the rest of each changed part is kept as it is now',
	routing: agentWriteRouting('update'),
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const updateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: byName([...agentFields(false), ...optionalDesignFields]),
	},
];
