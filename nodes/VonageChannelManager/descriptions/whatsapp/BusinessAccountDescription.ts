import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { paginateRecords } from '../../../shared/pagination';
import { simplifyRecords, simplifyResponse, sortOrderOption } from '../common';
import {
	WABA_SIMPLE_DESCRIPTION,
	requestPath,
	simplifyProperty,
	simplifyWaba,
	wabaLocator,
} from './common';
import { WABAS_PATH, WABA_LIST } from './lists';

const RESOURCE = 'whatsappBusinessAccount';

export const businessAccountResource = {
	name: 'WhatsApp Business Account',
	value: RESOURCE,
	description: 'The WhatsApp Business Accounts (WABAs) of your Vonage account',
};

export const businessAccountProperties: INodeProperties[] = [
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
				action: 'Get a business account',
				description: 'Get the details of one WhatsApp Business Account',
				routing: {
					request: { method: 'GET' },
					send: { preSend: [requestPath(`${WABAS_PATH}/{wabaId}`)] },
					output: { postReceive: [simplifyResponse(simplifyWaba)] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many business accounts',
				description: 'List the WhatsApp Business Accounts of your Vonage account',
				routing: {
					request: { method: 'GET', url: WABAS_PATH },
					send: { paginate: true },
					operations: { pagination: paginateRecords(WABA_LIST, { mapRecords: simplifyRecords(simplifyWaba) }) },
				},
			},
		],
		default: 'getAll',
	},
	wabaLocator({ resource: [RESOURCE], operation: ['get'] }),
	...returnAllAndLimit({ resource: [RESOURCE], operation: ['getAll'] }),
	simplifyProperty({ resource: [RESOURCE], operation: ['get', 'getAll'] }, WABA_SIMPLE_DESCRIPTION),
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
