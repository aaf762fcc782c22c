/**
 * Message > Send and Wait for Response, the answering half: the node's webhook as n8n calls it when the
 * recipient opens a link (GET: a page, nothing recorded) and answers (POST: the output, once). n8n itself
 * checks the link's signature and that the execution still waits (see test/e2e/sendAndWait.e2e.ts); here the
 * node's parameters are resolved with their defaults as n8n resolves them, and the request is a stand-in.
 */
import type { IDataObject, INodeParameters, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { VonageMessages } from '../../../nodes/VonageMessages/VonageMessages.node';

interface Answer {
	status: number;
	headers: Record<string, string>;
	body: string;
}

interface Request {
	method: 'GET' | 'POST';
	query?: IDataObject;
	/** The parsed body as n8n hands it over: { data, files } for multipart, the fields themselves for URL-encoded. */
	body?: IDataObject;
}

const nodeType = new VonageMessages();

function valueAt(parameters: INodeParameters, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as IDataObject)[key] : undefined), parameters);
}

/** Calls the node's webhook with the node's parameters (defaults filled in, as n8n does) and a request. */
async function callWebhook(parameters: INodeParameters, request: Request): Promise<{ result: IWebhookResponseData; answer: Answer }> {
	const description = nodeType.description;
	const resolved =
		NodeHelpers.getNodeParameters(description.properties, { resource: 'message', operation: 'sendAndWait', ...parameters }, true, false, null, description) ?? {};
	const answer: Answer = { status: 200, headers: {}, body: '' };
	const response = {
		status(code: number) {
			answer.status = code;
			return response;
		},
		setHeader(name: string, value: string) {
			answer.headers[name.toLowerCase()] = value;
			return response;
		},
		send(body: string) {
			answer.body = body;
			return response;
		},
	};
	const context = {
		getNodeParameter: (name: string, fallback?: unknown) => valueAt(resolved, name) ?? fallback,
		getRequestObject: () => ({ method: request.method, query: request.query ?? {} }),
		getResponseObject: () => response,
		getQueryData: () => request.query ?? {},
		getBodyData: () => request.body ?? {},
	} as unknown as IWebhookFunctions;
	const result = await nodeType.webhook.call(context);
	return { result, answer };
}

function outputOf(result: IWebhookResponseData): IDataObject {
	expect(result.workflowData).toHaveLength(1);
	expect(result.workflowData?.[0]).toHaveLength(1);
	const [item] = result.workflowData![0];
	expect(item.pairedItem).toEqual({ item: 0 });
	return item.json;
}

const RESPONDED_AT = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

describe('Send and Wait for Response: approval links', () => {
	const double: INodeParameters = { message: 'Refund €120 <b>now</b>?', approvalOptions: { values: { approvalType: 'double', approveLabel: 'Yes', disapproveLabel: 'No' } } };

	it('opening the approve link shows the question and one button that posts the answer, and records nothing', async () => {
		const { result, answer } = await callWebhook(double, { method: 'GET', query: { approved: 'true', signature: 'abc' } });

		expect(result).toEqual({ noWebhookResponse: true });
		expect(answer.status).toBe(200);
		expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(answer.headers['cache-control']).toBe('no-store');
		expect(answer.headers['referrer-policy']).toBe('no-referrer');
		expect(answer.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
		// The message is shown as text, never as markup.
		expect(answer.body).toContain('Refund €120 &#60;b&#62;now&#60;/b&#62;?');
		expect(answer.body).toMatch(/<form method="post" enctype="multipart\/form-data">\s*<input type="hidden" name="approved" value="true">\s*<button type="submit">Yes<\/button>/);
		// No script: link previews and pages work without JavaScript.
		expect(answer.body).not.toMatch(/<script/i);
	});

	it('opening the decline link shows the decline button', async () => {
		const { answer } = await callWebhook(double, { method: 'GET', query: { approved: 'false', signature: 'abc' } });

		expect(answer.body).toMatch(/<input type="hidden" name="approved" value="false">\s*<button type="submit" class="decline">No<\/button>/);
	});

	it('posting from the approve link resumes with data.approved true and thanks the person', async () => {
		const { result, answer } = await callWebhook(double, { method: 'POST', query: { approved: 'true', signature: 'abc' }, body: { data: { approved: 'true' }, files: {} } });

		expect(outputOf(result)).toEqual({ data: { approved: true, respondedAt: RESPONDED_AT } });
		expect(result.noWebhookResponse).toBe(true);
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('Your answer was recorded');
	});

	it('posting from the decline link resumes with data.approved false, whatever the form field says', async () => {
		const { result } = await callWebhook(double, { method: 'POST', query: { approved: 'false', signature: 'abc' }, body: { data: { approved: 'true' } } });

		expect(outputOf(result)).toEqual({ data: { approved: false, respondedAt: RESPONDED_AT } });
	});

	it('approve only: the default label', async () => {
		const { answer } = await callWebhook({ message: 'Ship?' }, { method: 'GET', query: { approved: 'true' } });

		expect(answer.body).toContain('<button type="submit">Approve</button>');
	});
});

describe('Send and Wait for Response: free text', () => {
	const freeText: INodeParameters = { message: 'Why was it late?', responseType: 'freeText', options: { responseFormTitle: 'Delivery', responseFormButtonLabel: 'Send answer' } };

	it('the link opens a form with one required text box, titled and labelled from the options', async () => {
		const { result, answer } = await callWebhook(freeText, { method: 'GET' });

		expect(result).toEqual({ noWebhookResponse: true });
		expect(answer.body).toContain('<title>Delivery</title>');
		expect(answer.body).toContain('<p class="message">Why was it late?</p>');
		expect(answer.body).toContain('<textarea id="f0" name="field-0" rows="4" required></textarea>');
		expect(answer.body).toContain('<button type="submit">Send answer</button>');
	});

	it('the posted text is data.text', async () => {
		const { result } = await callWebhook(freeText, { method: 'POST', body: { data: { 'field-0': '  The van broke down.  ' } } });

		expect(outputOf(result)).toEqual({ data: { text: 'The van broke down.', respondedAt: RESPONDED_AT } });
	});

	it('a URL-encoded post is read as well', async () => {
		const { result } = await callWebhook(freeText, { method: 'POST', body: { 'field-0': 'Traffic' } });

		expect(outputOf(result)).toEqual({ data: { text: 'Traffic', respondedAt: RESPONDED_AT } });
	});

	it('an empty answer is refused with a page, and the execution keeps waiting', async () => {
		const { result, answer } = await callWebhook(freeText, { method: 'POST', body: { data: { 'field-0': ' ' } } });

		expect(result).toEqual({ noWebhookResponse: true });
		expect(result.workflowData).toBeUndefined();
		expect(answer.status).toBe(422);
		expect(answer.body).toContain('&#34;Response&#34; is required.');
	});
});

describe('Send and Wait for Response: custom form', () => {
	const fields = [
		{ fieldLabel: 'Amount', fieldType: 'number', requiredField: true, placeholder: 'e.g. 120' },
		{ fieldLabel: 'Reason', fieldType: 'dropdown', fieldOptions: { values: [{ option: 'Damaged' }, { option: 'Late' }] }, requiredField: true },
		{ fieldLabel: 'Channels', fieldType: 'checkbox', fieldOptions: { values: [{ option: 'Email' }, { option: 'SMS' }] } },
		{ fieldLabel: 'Refund to', fieldType: 'radio', fieldOptions: { values: [{ option: 'Card' }, { option: 'Voucher' }] } },
		{ fieldLabel: 'Note <i>', fieldType: 'textarea' },
		{ fieldLabel: 'When', fieldType: 'date' },
		{ fieldLabel: 'Email', fieldType: 'email' },
		{ fieldLabel: 'Order', fieldType: 'hiddenField', fieldValue: 'A-1001' },
	];
	const byFields: INodeParameters = { message: 'Refund details?', responseType: 'customForm', defineForm: 'fields', formFields: { values: fields } };
	const byJson: INodeParameters = { message: 'Refund details?', responseType: 'customForm', defineForm: 'json', jsonOutput: JSON.stringify(fields) };

	it.each([
		['fields', byFields],
		['JSON', byJson],
	])('the link opens the form defined by %s, every control of its type', async (_how, parameters) => {
		const { answer } = await callWebhook(parameters, { method: 'GET' });

		expect(answer.body).toContain('<input id="f0" type="number" step="any" inputmode="decimal" name="field-0" placeholder="e.g. 120" required>');
		expect(answer.body).toContain('<select id="f1" name="field-1" required><option value="" disabled selected>Choose…</option><option value="Damaged">Damaged</option><option value="Late">Late</option></select>');
		expect(answer.body).toContain('<label class="choice"><input type="checkbox" name="field-2" value="Email"> Email</label>');
		expect(answer.body).toContain('<label class="choice"><input type="radio" name="field-3" value="Voucher"> Voucher</label>');
		expect(answer.body).toContain('<label for="f4">Note &#60;i&#62;</label><textarea id="f4" name="field-4" rows="4"></textarea>');
		expect(answer.body).toContain('<input id="f5" type="date" name="field-5">');
		expect(answer.body).toContain('<input id="f6" type="email" name="field-6">');
		expect(answer.body).toContain('<input type="hidden" name="field-7" value="A-1001">');
		expect(answer.body).toContain('<form method="post" enctype="multipart/form-data">');
	});

	it('the posted form is data, each answer under its label, typed', async () => {
		const { result } = await callWebhook(byFields, {
			method: 'POST',
			body: { data: { 'field-0': '120.5', 'field-1': 'Late', 'field-2': ['Email', 'SMS'], 'field-3': 'Card', 'field-4': 'Box crushed', 'field-5': '2026-12-04', 'field-6': 'ada@example.com', 'field-7': 'forged' } },
		});

		expect(outputOf(result)).toEqual({
			data: {
				Amount: 120.5,
				Reason: 'Late',
				Channels: ['Email', 'SMS'],
				'Refund to': 'Card',
				'Note <i>': 'Box crushed',
				When: '2026-12-04',
				Email: 'ada@example.com',
				// A hidden field's value is the node's, not what the request says.
				Order: 'A-1001',
				respondedAt: RESPONDED_AT,
			},
		});
	});

	it('optional fields left empty: no number, no checkbox, empty text', async () => {
		const { result } = await callWebhook(byJson, { method: 'POST', body: { data: { 'field-0': '7', 'field-1': 'Damaged' } } });

		expect(outputOf(result).data).toMatchObject({ Amount: 7, Reason: 'Damaged', Channels: [], 'Refund to': '', 'Note <i>': '', When: '', Email: '' });
	});

	it('a field named respondedAt cannot replace the time of the answer', async () => {
		const { result } = await callWebhook(
			{ message: '?', responseType: 'customForm', formFields: { values: [{ fieldLabel: 'respondedAt' }] } },
			{ method: 'POST', body: { data: { 'field-0': 'yesterday' } } },
		);

		expect(outputOf(result)).toEqual({ data: { respondedAt: RESPONDED_AT } });
	});

	it.each([
		[{ 'field-1': 'Late' }, '&#34;Amount&#34; is required.'],
		[{ 'field-0': 'ten', 'field-1': 'Late' }, '&#34;ten&#34; is not a number (&#34;Amount&#34;).'],
		[{ 'field-0': '1', 'field-1': 'Stolen' }, '&#34;Stolen&#34; is not one of the options of &#34;Reason&#34;.'],
	])('a submission the form would not allow is refused and records nothing: %j', async (data, reason) => {
		const { result, answer } = await callWebhook(byFields, { method: 'POST', body: { data } });

		expect(result.workflowData).toBeUndefined();
		expect(answer.status).toBe(422);
		expect(answer.body).toContain(reason);
	});
});
