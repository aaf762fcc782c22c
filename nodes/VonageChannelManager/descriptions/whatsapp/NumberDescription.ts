import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { paginateRecords } from '../../../shared/pagination';
import { simplifyRecords, simplifyResponse, sortOrderOption } from '../common';
import {
	NUMBER_SIMPLE_DESCRIPTION,
	numberLocator,
	requestPath,
	simplifyNumber,
	simplifyProperty,
	wabaLocator,
} from './common';
import { NUMBER_LIST, WABAS_PATH } from './lists';

const RESOURCE = 'whatsappNumber';

export const numberResource = {
	name: 'WhatsApp Number',
	value: RESOURCE,
	description: 'The phone numbers of a WhatsApp Business Account',
};

export const numberProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [RESOURCE] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get a number',
				description: 'Get the details of one number of a WhatsApp Business Account',
				routing: {
					request: { method: 'GET' },
					send: { preSend: [requestPath(`${WABAS_PATH}/{wabaId}/numbers/{phoneNumber}`)] },
					output: { postReceive: [simplifyResponse(simplifyNumber)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many numbers',
				description: 'List the numbers of a WhatsApp Business Account',
				routing: {
					request: { method: 'GET' },
					send: { paginate: true, preSend: [requestPath(`${WABAS_PATH}/{wabaId}/numbers`)] },
					operations: { pagination: paginateRecords(NUMBER_LIST, { mapRecords: simplifyRecords(simplifyNumber) }) },
				},
			},
		],
		default: 'getAll',
	},
	wabaLocator({ resource: [RESOURCE] }, 'The WhatsApp Business Account (WABA) the number belongs to'),
	numberLocator({ resource: [RESOURCE], operation: ['get'] }, 'The WhatsApp number to get'),
	...returnAllAndLimit({ resource: [RESOURCE], operation: ['getAll'] }),
	simplifyProperty({ resource: [RESOURCE], operation: ['get', 'getAll'] }, NUMBER_SIMPLE_DESCRIPTION),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { resource: [RESOURCE], operation: ['getAll'] } },
		options: [sortOrderOption('records')],
	},
];
