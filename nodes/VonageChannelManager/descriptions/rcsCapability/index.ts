import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { forOperations, forResource, operationProperty } from '../../../shared/nodeDescription';
import { senderIdLocator } from '../common';
import { checkDeviceFields, checkDeviceOperation } from './checkDevice.operation';
import { checkDeviceDeprecatedOperation } from './checkDeviceDeprecated.operation';
import { checkManyDevicesFields, checkManyDevicesOperation } from './checkManyDevices.operation';

// The RCS Capability resource: three operations, each in its own file. The field list is in the editor's order,
// each group shown once for its operations.

const RESOURCE = 'rcsCapability';

export const capabilityResource: INodePropertyOptions = {
	name: 'RCS Capability',
	value: RESOURCE,
	description: 'Whether phones can receive RCS messages',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [checkDeviceOperation, checkDeviceDeprecatedOperation, checkManyDevicesOperation];

export const capabilityProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'checkDevice'),
	...forResource(RESOURCE, [senderIdLocator]),
	...forOperations(RESOURCE, ['checkDevice', 'checkDeviceDeprecated'], [
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 447900000000',
			description: 'The phone number of the device in international format (E.164); a leading + or 00 is accepted',
		},
	]),
	...forOperations(RESOURCE, ['checkDevice'], checkDeviceFields),
	...forOperations(RESOURCE, ['checkManyDevices'], checkManyDevicesFields),
];
