import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { pick } from '../../../shared/objects';
import { type JsonInput, InputError, normalizePhoneNumber, refuse } from '../../../shared/validation';
import { listOrIdLocator } from '../../../shared/locator';
import { fillPathTemplate } from '../../../shared/transport';
import type { Simplifier } from '../common';

/** Path prefix of the WhatsApp endpoints of the Channel Manager API. */
export const WHATSAPP_PATH = '/v1/channel-manager/whatsapp';

export const WABA_LOCATOR_NAME = 'wabaId';
export const NUMBER_LOCATOR_NAME = 'phoneNumber';

type Show = NonNullable<IDisplayOptions['show']>;

/** The WhatsApp Business Account picker: a searchable list from the API, or the ID typed in. */
export function wabaLocator(show: Show, description = 'The WhatsApp Business Account (WABA)'): INodeProperties {
	return listOrIdLocator({
		displayName: 'WhatsApp Business Account',
		name: WABA_LOCATOR_NAME,
		description,
		displayOptions: { show },
		searchListMethod: 'searchWhatsappBusinessAccounts',
		typed: {
			placeholder: 'e.g. 345688589250625',
			pattern: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A WABA ID has digits only, e.g. 345688589250625' },
		},
	});
}

/** The WhatsApp number picker: numbers of the chosen WABA (or of every WABA), or the number typed in. */
export function numberLocator(show: Show, description: string): INodeProperties {
	return listOrIdLocator({
		displayName: 'WhatsApp Number',
		name: NUMBER_LOCATOR_NAME,
		description,
		displayOptions: { show },
		searchListMethod: 'searchWhatsappNumbers',
		typed: {
			displayName: 'By Number',
			placeholder: 'e.g. 447700900000',
			pattern: {
				regex: '^\\s*(\\+|00)?[1-9][\\d\\s().-]{5,20}$',
				errorMessage: 'Enter the number in international format, e.g. 447700900000',
			},
		},
	});
}

/** Reads a parameter the way the declarative engine does: a resource locator gives its value. */
function parameterValue(context: IExecuteSingleFunctions, name: string): unknown {
	return context.getNodeParameter(name, '', { extractValue: true });
}

function requireWabaId(context: IExecuteSingleFunctions): string {
	const raw = parameterValue(context, WABA_LOCATOR_NAME);
	const value = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
	const fix =
		'Pick the account from the list, or enter its numeric WABA ID as shown in Meta Business Manager (WhatsApp Accounts), e.g. 345688589250625.';
	if (!value) throw refuse(context, 'WhatsApp Business Account', value, 'is required', fix);
	if (!/^\d+$/.test(value)) {
		throw refuse(context, 'WhatsApp Business Account', value, 'is not a WABA ID', fix);
	}
	return value;
}

function requireSubscriptionId(context: IExecuteSingleFunctions): string {
	const raw = parameterValue(context, 'subscriptionId');
	const value = typeof raw === 'string' ? raw.trim() : '';
	const fix = 'Enter the ID of the subscription, e.g. 9fa85698-c92a-4786-be0e-b5a489425120. The Get Many operation lists the subscriptions with their IDs.';
	if (!value) throw refuse(context, 'Subscription ID', value, 'is required', fix);
	if (/[\s/?#]/.test(value)) {
		throw refuse(context, 'Subscription ID', value, 'is not a subscription ID', fix);
	}
	return value;
}

const PATH_PARAMETERS: Record<string, (context: IExecuteSingleFunctions) => string> = {
	wabaId: requireWabaId,
	phoneNumber: (context) => normalizePhoneNumber(context, 'WhatsApp Number', parameterValue(context, NUMBER_LOCATOR_NAME)),
	subscriptionId: requireSubscriptionId,
};

/**
 * preSend that fills the path template ("/wabas/{wabaId}") from the node's parameters. An empty or
 * malformed identifier would otherwise produce another endpoint's URL (".../wabas/" lists every
 * WABA), so each one is checked and refused with a message before anything is sent.
 */
export function requestPath(template: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = fillPathTemplate(template, (name) => {
			const resolve = PATH_PARAMETERS[name];
			if (!resolve) throw new InputError(this.getNode(), `Unknown path parameter ${name}`);
			return resolve(this);
		});
		return { ...requestOptions, url };
	};
}

/** The Simplify toggle of an operation; `kept` names the fields simplified output keeps. */
export function simplifyProperty(show: Show, kept: string): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: `Whether to return a simplified version of the response instead of the raw data. Simplified output keeps ${kept}.`,
		displayOptions: { show },
	};
}

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

export const WABA_SIMPLE_DESCRIPTION =
	'waba_id, name, status, account_review_status, business_id, business_name, country, currency, whatsapp_business_manager_messaging_limit and api_key';

export const simplifyWaba: Simplifier = (record) => pick(record, WABA_SIMPLE_FIELDS);

const NUMBER_SIMPLE_FIELDS = [
	'phone_number',
	'display_phone_number',
	'verified_name',
	'number_id',
	'waba_id',
	'code_verification_status',
	'messaging_limit_tier',
] as const;

export const NUMBER_SIMPLE_DESCRIPTION =
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

/** Splits a comma-separated text or a list into trimmed, non-empty entries. */
export function listOf(value: unknown): string[] {
	const entries = Array.isArray(value) ? value : typeof value === 'string' || typeof value === 'number' ? String(value).split(',') : [];
	return entries.map((entry) => String(entry).trim()).filter((entry) => entry.length > 0);
}

const OTHER_FIELDS_FIX = 'Enter a JSON object, e.g. {"field": "value"}, or leave Other Fields (JSON) empty.';

/** "Other Fields (JSON)": optional; anything but an object, also text that does not parse, is "not a JSON object". */
export const OTHER_FIELDS_JSON: JsonInput = {
	shape: 'object',
	example: '{"field": "value"}',
	emptyIsObject: true,
	wording: { unparsable: 'is not a JSON object', fixUnparsable: OTHER_FIELDS_FIX, fixShape: OTHER_FIELDS_FIX, quoteTyped: true },
};
