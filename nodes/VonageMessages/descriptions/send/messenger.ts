import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import type { SendChannel } from './types';

// To be built: every message type of Messenger in the Messages API v1 spec.
export const messengerChannel: SendChannel = {
	value: 'messenger',
	option: { name: 'Messenger', value: 'messenger' },
	fields: [],
	validate(_context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
		return body;
	},
};
