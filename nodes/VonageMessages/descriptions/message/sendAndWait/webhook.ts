/**
 * What happens when the recipient follows a link. n8n serves the node's waiting webhook only while the
 * execution waits, and only for a link whose signature it checks itself (the operation is named
 * SEND_AND_WAIT_OPERATION for that: n8n refuses a forged or altered link with 401 and answers a link of an
 * execution that already went on with its own "no action required" page). Here:
 * - GET (the link opened, or fetched by an app for a preview) shows a page and records nothing;
 * - POST (the page's button or form) records the answer and resumes the execution, once.
 */
import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { isObject } from '../../../../shared/objects';
import { FormDefinitionError, parseFormFields, readSubmission, renderField, SubmissionError, type FormField } from './formFields';
import { approvalPage, escapeHtml, formPage, page, RECORDED_PAGE, refusedPage } from './pages';
import { approvalSettings, FREE_TEXT_FIELD, formTexts, type ResponseType } from './responses';

function sendPage(context: IWebhookFunctions, statusCode: number, html: string): IWebhookResponseData {
	const response = context.getResponseObject();
	response.status(statusCode);
	response.setHeader('Content-Type', 'text/html; charset=utf-8');
	// The page's address is the signed link: keep it out of caches and of Referer headers.
	response.setHeader('Cache-Control', 'no-store');
	response.setHeader('Referrer-Policy', 'no-referrer');
	response.send(html);
	return { noWebhookResponse: true };
}

function customFormFields(context: IWebhookFunctions): FormField[] {
	const defineForm = String(context.getNodeParameter('defineForm', 'fields'));
	const rows = context.getNodeParameter('formFields.values', []);
	const json = defineForm === 'json' ? context.getNodeParameter('jsonOutput', '[]') : undefined;
	return parseFormFields(defineForm, rows, json);
}

/** The fields a form answer reads: the free-text box, or the custom form's fields. */
function formFields(context: IWebhookFunctions, responseType: ResponseType): FormField[] {
	return responseType === 'freeText' ? [FREE_TEXT_FIELD] : customFormFields(context);
}

/** A multipart body (what the pages send) arrives as { data, files }; a URL-encoded one as the fields themselves. */
function submittedFields(context: IWebhookFunctions): IDataObject {
	const body = context.getBodyData();
	return isObject(body.data) ? body.data : body;
}

function showPage(context: IWebhookFunctions, responseType: ResponseType): IWebhookResponseData {
	const message = String(context.getNodeParameter('message', ''));
	if (responseType === 'approval') {
		const approved = context.getQueryData() as IDataObject;
		const settings = approvalSettings(context.getNodeParameter('approvalOptions.values', {}) as IDataObject);
		const declining = approved.approved === 'false' && settings.approvalType === 'double';
		return sendPage(context, 200, approvalPage(message, declining ? settings.disapproveLabel : settings.approveLabel, !declining));
	}
	const texts = formTexts(context.getNodeParameter('options', {}) as IDataObject, message);
	const fields = formFields(context, responseType);
	return sendPage(context, 200, formPage(texts.title, texts.description, fields.map(renderField).join('\n'), texts.buttonLabel));
}

function recordAnswer(context: IWebhookFunctions, responseType: ResponseType): IWebhookResponseData {
	let data: IDataObject;
	if (responseType === 'approval') {
		// The answer is the one the signed link carries, never the form's own field: the link is what n8n checked.
		const query = context.getQueryData() as IDataObject;
		data = { approved: query.approved !== 'false' };
	} else {
		const answers = readSubmission(formFields(context, responseType), submittedFields(context));
		data = responseType === 'freeText' ? { text: answers[FREE_TEXT_FIELD.label] } : answers;
	}
	// Set last, so that a form field of the same name cannot replace it.
	data.respondedAt = new Date().toISOString();
	const item: INodeExecutionData = { json: { data }, pairedItem: { item: 0 } };
	sendPage(context, 200, RECORDED_PAGE);
	return { noWebhookResponse: true, workflowData: [[item]] };
}

/** The node's `webhook`: serves the page of a link (GET) and records its answer (POST). */
export async function sendAndWaitWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const responseType = String(this.getNodeParameter('responseType', 'approval')) as ResponseType;
	let failure: unknown;
	try {
		if (this.getRequestObject().method !== 'POST') return showPage(this, responseType);
		return recordAnswer(this, responseType);
	} catch (error) {
		failure = error;
	}
	// Nothing is recorded and the execution keeps waiting: the person can correct the form and send it again.
	if (failure instanceof SubmissionError) return sendPage(this, 422, refusedPage(failure.message));
	if (failure instanceof FormDefinitionError) {
		return sendPage(this, 500, page('This form cannot be shown', `<p class="message">The workflow's form is not valid: ${escapeHtml(failure.message)}. Tell the sender.</p>`));
	}
	throw failure;
}
