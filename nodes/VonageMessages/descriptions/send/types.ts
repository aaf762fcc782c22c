import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What one channel contributes to Send: its message types, its fields, and the checks of its body. */
export interface SendChannel {
	/** The channel as Vonage names it in `channel`. */
	value: string;
	/** The entry in the Channel dropdown. */
	option: INodePropertyOptions;
	/** Fields shown only for this channel (use `showFor` from ./common so they stay scoped). */
	fields: INodeProperties[];
	/**
	 * Checks and normalizes this channel's v1 body before it is sent; throws an InputError that names
	 * the field. Runs after the engine assembled the body from the fields.
	 */
	validate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject;
}
