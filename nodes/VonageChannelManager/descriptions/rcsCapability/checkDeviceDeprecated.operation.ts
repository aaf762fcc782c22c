import type { IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { normalizePhoneNumber } from '../../../shared/validation';
import { RCS_BASE, SENDER_ID_PATH, fillPath } from '../common';

/** preSend: the number, as E.164 digits, in the path. */
async function fillDeprecatedPhone(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const phone = normalizePhoneNumber(this, 'Phone Number', this.getNodeParameter('phoneNumber', ''));
	return { ...requestOptions, url: requestOptions.url.replace('{phone_number}', phone) };
}

// Its field, Phone Number, is Check Device's too: see the resource's index.
export const checkDeviceDeprecatedOperation: INodePropertyOptions = {
	name: 'Check Device (Deprecated)',
	value: 'checkDeviceDeprecated',
	action: 'Check RCS capability of a device with the deprecated endpoint',
	description:
		'Deprecated by Vonage: use Check Device instead. Returns the RCS features of one phone through the older GET endpoint; needs the JWT credential.',
	routing: {
		request: { method: 'GET', url: `${RCS_BASE}/agents/{sender_id}/google/phones/{phone_number}/capabilities` },
		send: { preSend: [requireAuth('jwt', 'Check Device (Deprecated)'), fillPath({ sender_id: SENDER_ID_PATH }), fillDeprecatedPhone] },
	},
};
