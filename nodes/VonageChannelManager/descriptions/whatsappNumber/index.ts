import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { forOperations, forResource, operationProperty } from '../../../shared/nodeDescription';
import { pick } from '../../../shared/objects';
import { pageTotalsPaging, paginateRecords, type PagedList } from '../../../shared/pagination';
import {
	type Simplifier,
	WABAS_PATH,
	numberLocator,
	requestPath,
	simplifyProperty,
	simplifyRecords,
	simplifyResponse,
	sortedListOptions,
	wabaLocator,
} from '../common';

// The WhatsApp Number resource. Both operations are routing only (shared path and Simplify helpers), so they stay
// here; the field list is in the editor's order, each group shown once for its operations.

const RESOURCE = 'whatsappNumber';

/**
 * Numbers come like WABAs, 50 a page. The API reference names the numbers array `_embedded.wabas`; reading the
 * first array under `_embedded` also accepts a corrected name.
 */
export const NUMBER_LIST: PagedList = { style: pageTotalsPaging({ pageSize: 50 }), recordsPath: '_embedded' };

const NUMBER_SIMPLE_FIELDS = [
	'phone_number',
	'display_phone_number',
	'verified_name',
	'number_id',
	'waba_id',
	'code_verification_status',
	'messaging_limit_tier',
] as const;

const NUMBER_SIMPLE_DESCRIPTION =
	'phone_number, display_phone_number, verified_name, number_id, waba_id, code_verification_status, messaging_limit_tier, and quality_score and throughput as plain values (e.g. "GREEN", "STANDARD")';

function nested(record: IDataObject, field: string, inner: string): unknown {
	const value = record[field];
	if (value && typeof value === 'object' && !Array.isArray(value)) return (value as IDataObject)[inner];
	return value;
}

export const simplifyNumber: Simplifier = (record) => {
	const result = pick(record, NUMBER_SIMPLE_FIELDS);
	const quality = nested(record, 'quality_score', 'score');
	const throughput = nested(record, 'throughput', 'level');
	if (quality !== undefined) result.quality_score = quality as string;
	if (throughput !== undefined) result.throughput = throughput as string;
	return result;
};

export const numberResource: INodePropertyOptions = {
	name: 'WhatsApp Number',
	value: RESOURCE,
	description: 'The phone numbers of a WhatsApp Business Account',
};

/** The Operation dropdown, sorted by name. */
const OPERATIONS: INodePropertyOptions[] = [
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
];

export const numberProperties: INodeProperties[] = [
	operationProperty(RESOURCE, OPERATIONS, 'getAll'),
	...forResource(RESOURCE, [wabaLocator('The WhatsApp Business Account (WABA) the number belongs to')]),
	...forOperations(RESOURCE, ['get'], [numberLocator('The WhatsApp number to get')]),
	...forOperations(RESOURCE, ['getAll'], returnAllAndLimit()),
	...forOperations(RESOURCE, ['get', 'getAll'], [simplifyProperty(NUMBER_SIMPLE_DESCRIPTION)]),
	...forOperations(RESOURCE, ['getAll'], [sortedListOptions()]),
];
