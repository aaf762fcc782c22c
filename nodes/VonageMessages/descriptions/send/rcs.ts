import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { SendChannel } from './types';

// To be built: every message type of RCS in the Messages API v1 spec.
export const rcsChannel: SendChannel = {
	value: 'rcs',
	option: { name: 'RCS', value: 'rcs' },
	fields: [],
	validate(_context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		return body;
	},
};
