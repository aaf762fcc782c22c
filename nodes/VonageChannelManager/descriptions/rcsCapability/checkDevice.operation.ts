import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { refuse, requireText } from '../../../shared/validation';
import { RCS_BASE, SENDER_ID_PATH, fillPath, plusE164, textParameter } from '../common';

/** preSend: `{ msisdn, country }`, the number as +E.164 and the country as a two-letter code. */
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

export const checkDeviceOperation: INodePropertyOptions = {
	name: 'Check Device',
	value: 'checkDevice',
	action: 'Check RCS capability of a device',
	description: 'Check whether one phone supports RCS and which RCS features it has',
	routing: {
		request: { method: 'POST', url: `${RCS_BASE}/agents/{sender_id}/devices/capabilities` },
		send: { preSend: [fillPath({ sender_id: SENDER_ID_PATH }), buildDeviceCheck] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions); Phone Number is shared. */
export const checkDeviceFields: INodeProperties[] = [
	{
		displayName: 'Country',
		name: 'country',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. GB',
		description: 'Two-letter code (ISO 3166-1 alpha-2) of the country the phone number belongs to',
	},
];
