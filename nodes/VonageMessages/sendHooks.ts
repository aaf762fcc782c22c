import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { sendChannels } from './descriptions/send';
import { LEGACY_MESSAGES_URL, describeLegacyBody, toLegacyBody, usesLegacyFormat } from './legacyFormat';

/** preSend of Send: the chosen channel checks and normalizes the assembled v1 body before anything leaves. */
export async function validateSendBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	const channel = sendChannels.find((candidate) => candidate.value === body.channel);
	if (!channel) return requestOptions;
	const checked = channel.validate(this, { ...body });
	if (usesLegacyFormat(this)) return { ...requestOptions, url: LEGACY_MESSAGES_URL, body: toLegacyBody(this, checked) };
	return { ...requestOptions, body: checked };
}

/** Output of a send: Vonage's ids plus what joins later status events to this send. */
export function shapeSendOutput(this: IExecutePaginationFunctions, items: INodeExecutionData[], requestBody: IDataObject): INodeExecutionData[] {
	const response = (items[0]?.json ?? {}) as IDataObject;
	// A legacy v0.1 body is nested; its summary uses the same names as a v1 body.
	const sent = describeLegacyBody(requestBody) ?? requestBody;
	const json: IDataObject = {
		message_uuid: response.message_uuid,
		...(response.workflow_id !== undefined ? { workflow_id: response.workflow_id } : {}),
		channel: sent.channel,
		message_type: sent.message_type,
		to: sent.to,
		from: sent.from,
		...(sent.client_ref !== undefined ? { client_ref: sent.client_ref } : {}),
	};
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}
