import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { AGENT_ID_PATH, RCS_BASE, fillPath, plusE164 } from '../common';

/** preSend: `{ phone }` as +E.164. */
async function buildAddTestDevice(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { phone: plusE164(this, 'Phone Number', this.getNodeParameter('phoneNumber', '')) } };
}

export const addOperation: INodePropertyOptions = {
	name: 'Add',
	value: 'add',
	action: 'Add a test device to an RCS agent',
	description: 'Invite a phone to test an agent before it is launched; the phone must accept the invitation',
	routing: {
		request: { method: 'POST', url: `${RCS_BASE}/agents/{agent_id}/test-devices` },
		send: { preSend: [requireAuth('basic', 'Add RCS Test Device'), fillPath({ agent_id: AGENT_ID_PATH }), buildAddTestDevice] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const addFields: INodeProperties[] = [
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 14155552671',
		description: 'The phone number of the test device in international format (E.164); a leading + or 00 is accepted',
	},
];
