import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { SendChannel } from './types';

// To be built: every message type of MMS in the Messages API v1 spec.
export const mmsChannel: SendChannel = {
	value: 'mms',
	option: { name: 'MMS', value: 'mms' },
	fields: [],
	validate(_context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		return body;
	},
};
