/**
 * Message > Send and Wait for Response, the sending half: the message each channel gets for each response type
 * (checked against the Messages API v1 spec by the fake Vonage), the signed links in it, the wait n8n is asked
 * for, and what is refused before anything is sent. The answering half is in sendAndWaitWebhook.test.ts.
 */
import type { IDataObject, INode, INodeParameters, INodeTypes } from 'n8n-workflow';
import { WAIT_INDEFINITELY, Workflow } from 'n8n-workflow';

import { VonageMessages } from '../../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from '../../helpers/credentials';
import { runNode } from '../../helpers/runNode';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();
const EXECUTION_ID = '4321';
/** The links n8n's signer makes in these tests: runNode's waiting base URL, the execution and the node's ID. */
const LINK = /^http:\/\/127\.0\.0\.1\/webhook-waiting\/4321\/node-under-test\?(?:approved=(?:true|false)&)?signature=[A-Za-z0-9_-]+$/;

const SENDERS: Record<string, { from: string; to: string }> = {
	sms: { from: '447700900001', to: '447700900000' },
	mms: { from: '14155550100', to: '14155550101' },
	whatsapp: { from: '447700900001', to: '447700900000' },
	rcs: { from: 'myrcsagent', to: '447700900000' },
	messenger: { from: '104321098765432', to: '1234567890123456' },
	viber_service: { from: '16273', to: '447700900000' },
};

async function sendAndWait(parameters: INodeParameters, items?: IDataObject[], continueOnFail = false) {
	const channel = String(parameters.channel ?? 'whatsapp');
	return await runNode({
		nodeType: new VonageMessages(),
		parameters: { resource: 'message', operation: 'sendAndWait', authentication: 'jwt', channel, ...SENDERS[channel], ...parameters },
		credentials: allCredentials(fake.baseUrl),
		executionId: EXECUTION_ID,
		items,
		continueOnFail,
	});
}

function sentBody(): IDataObject {
	return theOnlyRequest(fake).body as IDataObject;
}

function linksIn(text: string): string[] {
	return text.match(/https?:\/\/\S+/g) ?? [];
}

const approveAndDecline = { responseType: 'approval', approvalOptions: { values: { approvalType: 'double' } } };

describe('Send and Wait for Response: the message', () => {
	it('WhatsApp approval: the question, then each choice in bold over its own signed link; the execution waits without limit', async () => {
		const { items, waitTill } = await sendAndWait({ message: 'Refund €120 for order A-1001?', ...approveAndDecline }, [{ orderId: 'A-1001' }]);

		const body = sentBody();
		expect(theOnlyRequest(fake).authScheme).toBe('bearer');
		expect(body).toEqual({ channel: 'whatsapp', message_type: 'text', from: '447700900001', to: '447700900000', text: expect.any(String) });
		const [approve, decline] = linksIn(String(body.text));
		expect(String(body.text)).toBe(`Refund €120 for order A-1001?\n\n*Approve*\n${approve}\n\n*Decline*\n${decline}`);
		expect(approve).toMatch(LINK);
		expect(approve).toContain('approved=true&');
		expect(decline).toMatch(LINK);
		expect(decline).toContain('approved=false&');
		expect(waitTill).toEqual(WAIT_INDEFINITELY);
		// Until the answer, the node's output is what it received.
		expect(items.map((item) => item.json)).toEqual([{ orderId: 'A-1001' }]);
	});

	it('approve only: one link, with the label given', async () => {
		await sendAndWait({ message: 'Ship it?', approvalOptions: { values: { approvalType: 'single', approveLabel: 'Yes, ship' } } });

		const text = String(sentBody().text);
		expect(linksIn(text)).toHaveLength(1);
		expect(text).toMatch(/^Ship it\?\n\n\*Yes, ship\*\nhttp:\/\/127\.0\.0\.1\/webhook-waiting\/4321\/node-under-test\?approved=true&signature=/);
	});

	it.each([
		['sms', 'Refund?\n\nApprove:\n', {}],
		['mms', 'Refund?\n\nApprove:\n', {}],
		['messenger', 'Refund?\n\nApprove:\n', { messenger: { category: 'response' } }],
	])('%s approval: labelled links in plain text', async (channel, start, extra) => {
		await sendAndWait({ channel, message: 'Refund?', ...approveAndDecline });

		const body = sentBody();
		expect(body).toEqual({ channel, message_type: 'text', ...SENDERS[channel], text: expect.any(String), ...extra });
		expect(String(body.text).startsWith(start)).toBe(true);
		expect(String(body.text)).toContain('\n\nDecline:\nhttp://127.0.0.1/webhook-waiting/4321/node-under-test?approved=false&signature=');
		expect(linksIn(String(body.text))).toHaveLength(2);
	});

	it('RCS approval: the text alone, each choice an Open URL suggestion on the message', async () => {
		await sendAndWait({ channel: 'rcs', message: 'Refund?', ...approveAndDecline });

		const body = sentBody();
		expect(body).toEqual({
			channel: 'rcs',
			message_type: 'text',
			from: 'myrcsagent',
			to: '447700900000',
			text: 'Refund?',
			suggestions: [
				{ type: 'open_url', text: 'Approve', postback_data: 'approve', url: expect.stringMatching(LINK), description: 'Approve' },
				{ type: 'open_url', text: 'Decline', postback_data: 'decline', url: expect.stringMatching(LINK), description: 'Decline' },
			],
		});
		const [approve, decline] = body.suggestions as IDataObject[];
		expect(approve.url).toContain('approved=true&');
		expect(decline.url).toContain('approved=false&');
	});

	it('Viber approval: Approve is the action button, Decline a link in the text', async () => {
		await sendAndWait({ channel: 'viber_service', message: 'Refund?', ...approveAndDecline });

		const body = sentBody();
		expect(body).toEqual({
			channel: 'viber_service',
			message_type: 'text',
			from: '16273',
			to: '447700900000',
			text: expect.stringMatching(/^Refund\?\n\nDecline:\nhttp:\/\/127\.0\.0\.1\/webhook-waiting\/4321\/node-under-test\?approved=false&signature=\S+$/),
			viber_service: { category: 'transaction', action: { url: expect.stringMatching(LINK), text: 'Approve' } },
		});
		expect((body.viber_service as { action: { url: string } }).action.url).toContain('approved=true&');
	});

	it('Viber approve only: the button alone, the text is the question', async () => {
		await sendAndWait({ channel: 'viber_service', message: 'Refund?' });

		expect(sentBody()).toMatchObject({ text: 'Refund?', viber_service: { action: { text: 'Approve' } } });
	});

	it.each(['freeText', 'customForm'])('%s: one link to the form, labelled with Message Button Label', async (responseType) => {
		await sendAndWait({
			message: 'Why was the parcel late?',
			responseType,
			formFields: { values: [{ fieldLabel: 'Reason', fieldType: 'text' }] },
			options: { messageButtonLabel: 'Answer here' },
		});

		const text = String(sentBody().text);
		const [link] = linksIn(text);
		expect(text).toBe(`Why was the parcel late?\n\n*Answer here*\n${link}`);
		// A form link carries no answer: it opens the form.
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1\/webhook-waiting\/4321\/node-under-test\?signature=[A-Za-z0-9_-]+$/);
	});

	it('RCS free text: the form link is a suggestion labelled Respond', async () => {
		await sendAndWait({ channel: 'rcs', message: 'Why?', responseType: 'freeText' });

		expect(sentBody().suggestions).toEqual([{ type: 'open_url', text: 'Respond', postback_data: 'respond', url: expect.stringMatching(LINK), description: 'Respond' }]);
	});

	it('sends with the Basic credential too, and the To of Send (a leading + removed)', async () => {
		const { waitTill } = await sendAndWait({ authentication: 'basic', channel: 'sms', to: '+44 7700 900000', message: 'OK?' });

		expect(theOnlyRequest(fake).authScheme).toBe('basic');
		expect(sentBody().to).toBe('447700900000');
		expect(waitTill).toEqual(WAIT_INDEFINITELY);
	});

	it('sends one message, from the first item, as n8n\'s own Send and Wait nodes do', async () => {
		const { items } = await sendAndWait({ message: '={{ "Refund " + $json.orderId + "?" }}', to: '={{ $json.phone }}' }, [
			{ orderId: 'A-1', phone: '447700900011' },
			{ orderId: 'A-2', phone: '447700900012' },
		]);

		expect(sentBody()).toMatchObject({ to: '447700900011', text: expect.stringMatching(/^Refund A-1\?\n\n/) });
		expect(items).toHaveLength(2);
	});
});

describe('Send and Wait for Response: Limit Wait Time', () => {
	it('after an interval: the execution waits until then', async () => {
		const before = Date.now();
		const { waitTill } = await sendAndWait({ message: 'OK?', options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 2, resumeUnit: 'hours' } } } });

		expect(waitTill).toBeInstanceOf(Date);
		const waited = (waitTill as Date).getTime() - before;
		expect(waited).toBeGreaterThanOrEqual(2 * 3_600_000);
		expect(waited).toBeLessThan(2 * 3_600_000 + 60_000);
	});

	it('at a date: the execution waits until that date', async () => {
		const { waitTill } = await sendAndWait({
			message: 'OK?',
			responseType: 'freeText',
			options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: '2099-01-02T03:04:05.000Z' } } },
		});

		expect(waitTill?.toISOString()).toBe('2099-01-02T03:04:05.000Z');
	});

	it.each([
		[{ limitType: 'atSpecifiedTime', maxDateAndTime: '2001-01-01T00:00:00Z' }, 'Max Date and Time "2001-01-01T00:00:00Z" has already passed (item 0)'],
		[{ limitType: 'atSpecifiedTime', maxDateAndTime: 'next week' }, 'Max Date and Time "next week" is not a date (item 0)'],
		[{ limitType: 'afterTimeInterval', resumeAmount: 0, resumeUnit: 'minutes' }, 'Limit Wait Time "0 minutes" is not a positive amount of minutes, hours or days (item 0)'],
	])('a limit that cannot be used is refused before sending: %j', async (values, message) => {
		await expect(sendAndWait({ message: 'OK?', options: { limitWaitTime: { values } } })).rejects.toThrow(message);
		expect(fake.requests).toEqual([]);
	});
});

describe('Send and Wait for Response: refused before sending', () => {
	it('a message that with its links exceeds the channel limit names Message, the length and what the links take', async () => {
		const error = await sendAndWait({ channel: 'messenger', message: 'x'.repeat(600), ...approveAndDecline }).catch((caught: Error & { description?: string }) => caught);

		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toMatch(/^Message "x{57}\.\.\." is too long for Messenger: with the links to answer the text is \d+ characters, the limit is 640 \(item 0\)$/);
		expect((error as { description?: string }).description).toMatch(/^Shorten Message by at least \d+ characters \(the links take \d+\), or use a channel with a higher limit\.$/);
		expect(fake.requests).toEqual([]);
	});

	it('the same message fits WhatsApp (4,096 characters)', async () => {
		await sendAndWait({ channel: 'whatsapp', message: 'x'.repeat(600), ...approveAndDecline });
		expect(fake.requests).toHaveLength(1);
	});

	it('a button label longer than an RCS chip takes', async () => {
		await expect(
			sendAndWait({ channel: 'rcs', message: 'OK?', approvalOptions: { values: { approvalType: 'double', disapproveLabel: 'No, I do not approve this refund' } } }),
		).rejects.toThrow('Disapprove Button Label "No, I do not approve this refund" is 32 characters long; RCS shows at most 25 on a button (item 0)');
		expect(fake.requests).toEqual([]);
	});

	it('a Viber button label over 30 characters', async () => {
		await expect(sendAndWait({ channel: 'viber_service', message: 'OK?', responseType: 'freeText', options: { messageButtonLabel: 'Tell us what went wrong, please' } })).rejects.toThrow(
			'Message Button Label "Tell us what went wrong, please" is 31 characters long; Viber shows at most 30 on a button (item 0)',
		);
	});

	it("Send's channel checks apply: a To that is not a phone number", async () => {
		await expect(sendAndWait({ channel: 'sms', to: 'ada', message: 'OK?' })).rejects.toThrow('To "ada" is not a phone number in E.164 format (item 0)');
		expect(fake.requests).toEqual([]);
	});

	it('an empty message', async () => {
		await expect(sendAndWait({ message: '  ' })).rejects.toThrow('Message is required (item 0)');
	});

	it.each([
		[{ defineForm: 'json', jsonOutput: '[{"fieldLabel": "Amount"' }, /^Form Fields is not valid JSON \(.+\): give an array such as/],
		[{ defineForm: 'json', jsonOutput: '[{"fieldLabel": "File", "fieldType": "file"}]' }, /^Form field 1 \("File"\) has the type "file", which a response form does not offer/],
		[{ defineForm: 'fields', formFields: { values: [{ fieldLabel: 'Reason', fieldType: 'dropdown', fieldOptions: { values: [{ option: '' }] } }] } }, /^Form field 1 \("Reason"\) has no options/],
		[{ defineForm: 'fields', formFields: { values: [{ fieldLabel: 'A' }, { fieldLabel: 'A' }] } }, /^Form field 2 repeats the label "A"/],
		[{ defineForm: 'fields', formFields: {} }, /^Form Fields is empty: add at least one field/],
	])('a custom form that could not be shown: %j', async (form, message) => {
		await expect(sendAndWait({ message: 'Details?', responseType: 'customForm', ...form })).rejects.toThrow(message);
		expect(fake.requests).toEqual([]);
	});
});

describe('Send and Wait for Response: Vonage errors', () => {
	it('a 429 is sent again after Retry-After; the message is sent once accepted', async () => {
		let calls = 0;
		fake.on('POST /v1/messages', () => {
			calls += 1;
			return calls === 1 ? { status: 429, headers: { 'retry-after': '0' }, body: { title: 'Rate Limit Hit' } } : { status: 202, body: { message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } };
		});

		const { waitTill } = await sendAndWait({ channel: 'sms', message: 'OK?' });

		expect(fake.requests).toHaveLength(2);
		expect(fake.requests[1].body).toEqual(fake.requests[0].body);
		expect(waitTill).toEqual(WAIT_INDEFINITELY);
	});

	it('a refusal is the error Send shows, and the execution does not wait', async () => {
		fake.on('POST /v1/messages', () => ({ status: 422, body: { title: 'Invalid params', detail: 'The value of one or more parameters is invalid.', invalid_parameters: [{ name: 'to', reason: 'Invalid number' }] } }));

		await expect(sendAndWait({ channel: 'sms', message: 'OK?' })).rejects.toThrow('Vonage: Invalid params');
	});

	it('with Continue On Fail the error is the output and the execution does not wait', async () => {
		fake.on('POST /v1/messages', () => ({ status: 401, body: { title: 'Unauthorized' } }));

		const { items, waitTill } = await sendAndWait({ channel: 'sms', message: 'OK?' }, undefined, true);

		expect(items.map((item) => item.json)).toEqual([{ error: expect.stringContaining('Vonage: Unauthorized') }]);
		expect(waitTill).toBeUndefined();
	});
});

describe('Send and Wait for Response: on the canvas', () => {
	/** The subtitle under the node, evaluated as n8n's editor does (expression, 'internal' mode). */
	function subtitleOf(parameters: INodeParameters): unknown {
		const nodeType = new VonageMessages();
		const node: INode = { id: 'n', name: 'Ask', type: 'n8n-nodes-vonage-messages.vonageMessages', typeVersion: 1, position: [0, 0], parameters };
		const nodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) } as unknown as INodeTypes;
		const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, active: false, nodeTypes });
		return workflow.expression.getSimpleParameterValue(node, String(nodeType.description.subtitle), 'internal', {});
	}

	it.each([
		[{ operation: 'sendAndWait' }, 'Send WhatsApp and Wait for Response'],
		[{ operation: 'sendAndWait', channel: 'mms' }, 'Send MMS and Wait for Response'],
		[{ operation: 'sendAndWait', channel: 'viber_service', responseType: 'freeText' }, 'Send Viber and Wait for Response'],
	])('the subtitle names the channel: %j', (parameters, subtitle) => {
		expect(subtitleOf({ resource: 'message', ...parameters })).toBe(subtitle);
	});
});
