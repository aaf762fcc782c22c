import type { IDisplayOptions } from 'n8n-workflow';

/** displayOptions that keep a Send field to one channel and, optionally, some of its message types. */
export function showFor(channel: string, messageTypes?: string[]): IDisplayOptions {
	return {
		show: {
			resource: ['message'],
			operation: ['send'],
			channel: [channel],
			...(messageTypes ? { messageType: messageTypes } : {}),
		},
	};
}

export const showForSend: IDisplayOptions = { show: { resource: ['message'], operation: ['send'] } };
