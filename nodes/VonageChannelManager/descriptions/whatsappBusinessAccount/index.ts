import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { forOperations, operationProperty } from '../../../shared/nodeDescription';
import { pick } from '../../../shared/objects';
import { pageTotalsPaging, paginateRecords, type PagedList } from '../../../shared/pagination';
import {
	type Simplifier,
	WABAS_PATH,
	requestPath,
	simplifyProperty,
	simplifyRecords,
	simplifyResponse,
	sortedListOptions,
	wabaLocator,
} from '../common';

// The WhatsApp Business Account resource. Both operations are routing only (shared path and Simplify helpers), so
// they stay here; the field list is in the editor's order, each group shown once for its operations.

const RESOURCE = 'whatsappBusinessAccount';

/** WABAs come `page` by `page` (50 a page, the API reference's examples) with `total_pages`, under `_embedded.wabas`. */
export const WABA_LIST: PagedList = { style: pageTotalsPaging({ pageSize: 50 }), recordsPath: '_embedded.wabas' };

const WABA_SIMPLE_FIELDS = [
	'waba_id',
	'name',
	'status',
	'account_review_status',
	'business_id',
	'business_name',
	'country',
	'currency',
	'whatsapp_business_manager_messaging_limit',
	'api_key',
] as const;

const WABA_SIMPLE_DESCRIPTION =
	'waba_id, name, status, account_review_status, business_id, business_name, country, currency, whatsapp_business_manager_messaging_limit and api_key';

export const simplifyWaba: Simplifier = (record) => pick(record, WABA_SIMPLE_FIELDS);

export const businessAccountResource: INodePropertyOptions = {
	name: 'WhatsApp Business Account',
	value: RESOURCE,
	description: 'The WhatsApp Business Accounts (WABAs) of your Vonage account',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
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
];

export const businessAccountProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forOperations(RESOURCE, ['get'], [wabaLocator()]),
	...forOperations(RESOURCE, ['getAll'], returnAllAndLimit()),
	...forOperations(RESOURCE, ['get', 'getAll'], [simplifyProperty(WABA_SIMPLE_DESCRIPTION)]),
	...forOperations(RESOURCE, ['getAll'], [sortedListOptions()]),
];
