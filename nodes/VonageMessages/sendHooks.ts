import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { normalizePhoneNumber, requireText } from '../shared/validation';

/** Vonage's text limits per channel (Messages API v1 spec). */
export const TEXT_LIMITS: Record<string, number> = {
	sms: 3200,
	mms: 2000,
	whatsapp: 4096,
	messenger: 640,
	viber_service: 1000,
	rcs: 3072,
};

/** preSend of Send: checks the assembled v1 body and normalizes numbers before anything leaves. */
export async function validateSendBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = { ...((requestOptions.body ?? {}) as IDataObject) };
	const channel = String(body.channel);
	body.to = normalizePhoneNumber(this, 'To', body.to);
	if (channel === 'sms' || channel === 'mms') {
		const from = String(body.from ?? '').trim();
		body.from = /^[+\d\s().-]+$/.test(from) ? normalizePhoneNumber(this, 'From', from) : requireText(this, 'From', from, 11);
	}
	if (body.message_type === 'text') requireText(this, 'Text', body.text, TEXT_LIMITS[channel]);
	return { ...requestOptions, body };
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
