import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { SendChannel } from './types';

// To be built: every message type of Viber in the Messages API v1 spec.
export const viberChannel: SendChannel = {
	value: 'viber_service',
	option: { name: 'Viber', value: 'viber_service' },
	fields: [],
	validate(_context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		return body;
	},
};
