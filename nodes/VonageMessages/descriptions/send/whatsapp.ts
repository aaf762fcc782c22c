import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { SendChannel } from './types';

// To be built: every message type of WhatsApp in the Messages API v1 spec.
export const whatsappChannel: SendChannel = {
	value: 'whatsapp',
	option: { name: 'WhatsApp', value: 'whatsapp' },
	fields: [],
	validate(_context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		return body;
	},
};
