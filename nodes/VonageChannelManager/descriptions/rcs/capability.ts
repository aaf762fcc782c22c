import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { refuse, normalizePhoneNumber, requireText } from '../../../shared/validation';
import { requireAuth } from '../../../shared/auth';
import {
	RCS_BASE,
	fillPath,
	plusE164,
	showFor,
	textParameter,
} from './common';
import { senderIdLocator } from './locators';

const RESOURCE = 'rcsCapability';

const senderIdPath = fillPath({ sender_id: { parameter: 'senderId', label: 'Agent Sender ID', example: 'ExampleCo-RCSAgent-1' } });

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

async function buildDeviceCheck(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const msisdn = plusE164(this, 'Phone Number', this.getNodeParameter('phoneNumber', ''));
	const country = requireText(this, 'Country', textParameter(this, 'country'), undefined, 'Enter Country, e.g. GB.').toUpperCase();
	if (!/^[A-Z]{2}$/.test(country)) {
		throw refuse(this, 'Country',
			country,
			'is not a two-letter country code',
			'Use the ISO 3166-1 alpha-2 code of the country the phone number belongs to, e.g. GB, US or DE.',
		);
	}
	return { ...requestOptions, body: { msisdn, country } };
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

async function fillDeprecatedPhone(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const phone = normalizePhoneNumber(this, 'Phone Number', this.getNodeParameter('phoneNumber', ''));
	return { ...requestOptions, url: requestOptions.url.replace('{phone_number}', phone) };
}

export const capabilityProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: showFor(RESOURCE),
		options: [
			{
				name: 'Check Device',
				value: 'checkDevice',
				action: 'Check RCS capability of a device',
				description: 'Check whether one phone supports RCS and which RCS features it has',
				routing: {
					request: { method: 'POST', url: `${RCS_BASE}/agents/{sender_id}/devices/capabilities` },
					send: { preSend: [senderIdPath, buildDeviceCheck] },
				},
			},
			{
				name: 'Check Device (Deprecated)',
				value: 'checkDeviceDeprecated',
				action: 'Check RCS capability of a device with the deprecated endpoint',
				description:
					'Deprecated by Vonage: use Check Device instead. Returns the RCS features of one phone through the older GET endpoint; needs the JWT credential.',
				routing: {
					request: { method: 'GET', url: `${RCS_BASE}/agents/{sender_id}/google/phones/{phone_number}/capabilities` },
					send: { preSend: [requireAuth('jwt', 'Check Device (Deprecated)'), senderIdPath, fillDeprecatedPhone] },
				},
			},
			{
				name: 'Check Many Devices',
				value: 'checkManyDevices',
				action: 'Check RCS capability of many devices',
				description: 'Check a list of phone numbers at once (Vonage documents up to 500) and learn which are reachable with RCS; needs the JWT credential',
				routing: {
					// The API names the bulk operation in the path; "users:batchGet" is the only one it has.
					request: { method: 'POST', url: `${RCS_BASE}/agents/{sender_id}/google/users:batchGet` },
					send: { preSend: [requireAuth('jwt', 'Check Many Devices'), senderIdPath, buildBulkCheck] },
					output: { postReceive: [onePerNumber] },
				},
			},
		],
		default: 'checkDevice',
	},
	{
		...senderIdLocator,
		displayOptions: showFor(RESOURCE),
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 447900000000',
		description: 'The phone number of the device in international format (E.164); a leading + or 00 is accepted',
		displayOptions: showFor(RESOURCE, ['checkDevice', 'checkDeviceDeprecated']),
	},
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. GB',
		description: 'Two-letter code (ISO 3166-1 alpha-2) of the country the phone number belongs to',
		displayOptions: showFor(RESOURCE, ['checkDevice']),
	},
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
		displayOptions: showFor(RESOURCE, ['checkManyDevices']),
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
		displayOptions: showFor(RESOURCE, ['checkManyDevices']),
	},
];
