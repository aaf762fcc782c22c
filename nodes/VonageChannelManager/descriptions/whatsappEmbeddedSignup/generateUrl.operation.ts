import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { refuseMessage, requireText } from '../../../shared/validation';
import { WHATSAPP_PATH } from '../common';

/** Longest lifetime Vonage allows for a sign-up URL: three days. */
const MAX_TTL_SECONDS = 259_200;

async function checkSignupRequest(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = { ...((requestOptions.body ?? {}) as IDataObject) };
	body.solution_id = requireText(this, 'Partner Solution ID', body.solution_id).trim();
	if (!/^\d+$/.test(body.solution_id)) {
		throw refuseMessage(this, `Partner Solution ID "${body.solution_id}" is not a solution ID`, 'Use the numeric ID of your partner solution from Meta Business Manager (Partner Solutions), e.g. 123456789111213.');
	}
	if (typeof body.api_key === 'string') {
		body.api_key = body.api_key.trim();
		if (!body.api_key) delete body.api_key;
	}
	if (body.ttl !== undefined) {
		const ttl = Number(body.ttl);
		if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
			throw refuseMessage(this, `URL Lifetime (Seconds) ${String(body.ttl)} is out of range`, `Enter a whole number of seconds from 1 to ${MAX_TTL_SECONDS} (three days). Without it Vonage uses 86400 (one day).`);
		}
		body.ttl = ttl;
	}
	return { ...requestOptions, body };
}

export const generateUrlOperation: INodePropertyOptions = {
	name: 'Generate Sign-Up URL',
	value: 'generateUrl',
	action: 'Generate a signup URL',
	description: 'Create the link to the hosted embedded sign-up flow for your partner solution',
	routing: {
		request: { method: 'POST', url: `${WHATSAPP_PATH}/tp-registration/url` },
		send: { preSend: [checkSignupRequest] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const generateUrlFields: INodeProperties[] = [
	{
		displayName: 'Partner Solution ID',
		name: 'solutionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 123456789111213',
		description: 'The ID of your partner solution in Meta Business Manager',
		routing: { send: { type: 'body', property: 'solution_id' } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Client API Key',
				name: 'clientKey',
				type: 'string',
				default: '',
				placeholder: 'e.g. abc123',
				description:
					"API key of the client's Vonage sub-account the sign-up is for. Without it the URL is made for your main account.",
				routing: { send: { type: 'body', property: 'api_key' } },
			},
			{
				displayName: 'URL Lifetime (Seconds)',
				name: 'ttl',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: MAX_TTL_SECONDS },
				default: 86400,
				description: 'How long the URL stays valid, at most 259200 (three days)',
				routing: { send: { type: 'body', property: 'ttl' } },
			},
		],
	},
];
