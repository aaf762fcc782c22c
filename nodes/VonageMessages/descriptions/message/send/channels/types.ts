import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What one channel contributes to Send's form: its entry in the Channel dropdown and its fields (its body checks are in ../checks/). */
export interface SendChannel {
	/** The channel as Vonage names it in `channel`. */
	value: string;
	/** The entry in the Channel dropdown. */
	option: INodePropertyOptions;
	/** Fields shown only for this channel (use `showFor` from ./common so they stay scoped). */
	fields: INodeProperties[];
}
