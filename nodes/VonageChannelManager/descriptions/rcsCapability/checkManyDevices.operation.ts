import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { normalizePhoneNumber, refuse } from '../../../shared/validation';
import { RCS_BASE, SENDER_ID_PATH, fillPath } from '../common';

/** Phone numbers for the bulk check, from a list or a text with commas, spaces or line breaks. */
function phoneNumberList(context: IExecuteSingleFunctions): string[] {
	const raw = context.getNodeParameter('phoneNumbers', '') as unknown;
	const entries = (Array.isArray(raw) ? raw : String(raw ?? '').split(/[,;\n]+/))
		.map((entry) => (typeof entry === 'number' ? String(entry) : String(entry ?? '').trim()))
		.filter(Boolean);
	if (!entries.length) {
		throw refuse(context, 'Phone Numbers',
			'',
			'is required',
			'Enter the phone numbers to check, separated by commas or line breaks, e.g. 447900000000, 447900000001.',
		);
	}
	return [...new Set(entries.map((entry) => normalizePhoneNumber(context, 'Phone Numbers', entry)))];
}

async function buildBulkCheck(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { users: phoneNumberList(this) } };
}

/**
 * One item per checked number, so a workflow can branch on `rcs_reachable`. Vonage documents the answer
 * for up to 500 numbers only; any other answer (no `reachableUsers` list) is passed on as it came.
 */
async function onePerNumber(this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('output', 'perNumber') !== 'perNumber') return items;
	const body = response.body as IDataObject | undefined;
	const reachable = body && Array.isArray(body.reachableUsers) ? new Set((body.reachableUsers as unknown[]).map(String)) : undefined;
	if (!reachable) return items;
	return phoneNumberList(this).map((phoneNumber) => ({
		json: { phone_number: phoneNumber, rcs_reachable: reachable.has(phoneNumber) || reachable.has(`+${phoneNumber}`) },
		pairedItem: { item: this.getItemIndex() },
	}));
}

export const checkManyDevicesOperation: INodePropertyOptions = {
	name: 'Check Many Devices',
	value: 'checkManyDevices',
	action: 'Check RCS capability of many devices',
	description: 'Check a list of phone numbers at once (Vonage documents up to 500) and learn which are reachable with RCS; needs the JWT credential',
	routing: {
		// The API names the bulk operation in the path; "users:batchGet" is the only one it has.
		request: { method: 'POST', url: `${RCS_BASE}/agents/{sender_id}/google/users:batchGet` },
		send: { preSend: [requireAuth('jwt', 'Check Many Devices'), fillPath({ sender_id: SENDER_ID_PATH }), buildBulkCheck] },
		output: { postReceive: [onePerNumber] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const checkManyDevicesFields: INodeProperties[] = [
	{
		displayName: 'Phone Numbers',
		name: 'phoneNumbers',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		placeholder: 'e.g. 447900000000, 447900000001',
		description:
			'The phone numbers to check in international format (E.164), separated by commas or line breaks; an expression may also give an array',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{
				name: 'One Item per Number',
				value: 'perNumber',
				description: 'Each number with "rcs_reachable" true or false, ready for an If node',
			},
			{
				name: "Vonage's Response",
				value: 'raw',
				description: 'One item with the list of reachable numbers, as Vonage returns it',
			},
		],
		default: 'perNumber',
	},
];
