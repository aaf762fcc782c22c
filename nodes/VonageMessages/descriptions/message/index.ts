import { updateDisplayOptions, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';

import { sendFields, sendOperation } from './send/send.operation';
import { sendAndWaitFields, sendAndWaitOperation } from './sendAndWait/sendAndWait.operation';
import { updateFields, updateOperation } from './update.operation';

/** An operation of the Message resource: its entry in the Operation dropdown and the fields it shows. */
interface MessageOperation {
	option: INodePropertyOptions;
	fields: INodeProperties[];
}

/** Every operation of the Message resource, in the order the Operation dropdown shows them. */
const MESSAGE_OPERATIONS: MessageOperation[] = [
	{ option: sendOperation, fields: sendFields },
	{ option: sendAndWaitOperation, fields: sendAndWaitFields },
	{ option: updateOperation, fields: updateFields },
];

export const messageProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['message'] } },
		options: MESSAGE_OPERATIONS.map(({ option }) => option),
		default: 'send',
	},
	// Each operation's fields show for the Message resource and that operation only; conditions on
	// other fields (channel, message type) stay on the fields themselves.
	...MESSAGE_OPERATIONS.flatMap(({ option, fields }) =>
		updateDisplayOptions({ show: { resource: ['message'], operation: [String(option.value)] } }, fields),
	),
];
