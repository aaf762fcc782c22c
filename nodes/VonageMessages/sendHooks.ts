import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { sendChannels } from './descriptions/send';

/** preSend of Send: the chosen channel checks and normalizes the assembled v1 body before anything leaves. */
export async function validateSendBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const channel = sendChannels.find((candidate) => candidate.value === body.channel);
	if (!channel) return requestOptions;
	return { ...requestOptions, body: channel.validate(this, { ...body }) };
}

/** Output of a send: Vonage's ids plus what joins later status events to this send. */
export function shapeSendOutput(this: IExecutePaginationFunctions, items: INodeExecutionData[], requestBody: IDataObject): INodeExecutionData[] {
	const response = (items[0]?.json ?? {}) as IDataObject;
	const json: IDataObject = {
		message_uuid: response.message_uuid,
		...(response.workflow_id !== undefined ? { workflow_id: response.workflow_id } : {}),
		channel: requestBody.channel,
		message_type: requestBody.message_type,
		to: requestBody.to,
		from: requestBody.from,
		...(requestBody.client_ref !== undefined ? { client_ref: requestBody.client_ref } : {}),
	};
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}
