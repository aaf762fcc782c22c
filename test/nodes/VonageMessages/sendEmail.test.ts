import type { IDataObject, INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { VonageMessages } from '../../../nodes/VonageMessages/VonageMessages.node';
import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

/**
 * Send > Channel Email (beta at Vonage; Messages API v1 spec 1.20.0: OutboundEmailText, OutboundEmailHtml,
 * OutboundEmailContent, channelOptionsEmail). Every body the fake receives is validated against that spec.
 */

const fake = useFakeVonage();

const SENDER = 'orders@shop.example.com';
const RECIPIENT = 'jane.doe@example.com';
const MESSAGE_UUID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';
const WORKFLOW_ID = '3TcNjguHxr2vcCZ9Ddsnq6tw8yQUpZ9rMHv9QXSxLan5ibMxqSzLdx9';

const base = { channel: 'email', to: RECIPIENT, from: SENDER };

function sendEmail(parameters: INodeParameters, continueOnFail = false) {
	return runMessages(
		fake,
		{ operation: 'send', channel: 'email', from: SENDER, to: RECIPIENT, emailSubject: 'Your order has shipped', ...parameters },
		{ continueOnFail },
	);
}

async function sentBody(parameters: INodeParameters): Promise<IDataObject> {
	const { items } = await sendEmail(parameters);
	expect(theOnlyRequest(fake)).toMatchObject({ method: 'POST', path: '/v1/messages', operationId: 'SendMessage' });
	expect(items[0].json).toMatchObject({ channel: 'email', to: RECIPIENT, from: SENDER, message_uuid: expect.any(String) });
	return fake.requests[0].body as IDataObject;
}

describe('Send Email', () => {
	it('offers Email, marked beta, with the message types Text, HTML and Text and HTML', () => {
		const properties = new VonageMessages().description.properties;
		const channel = properties.find((property) => property.name === 'channel' && property.displayOptions?.show?.operation?.includes('send'));
		const email = (channel?.options as INodePropertyOptions[]).find((option) => option.value === 'email');
		expect(email?.name).toBe('Email (Beta)');
		const types = properties.find((property) => property.name === 'messageType' && (property.displayOptions?.show?.channel as string[]).includes('email'));
		expect((types?.options as INodePropertyOptions[]).map((option) => option.value)).toEqual(['html', 'text', 'content']);
	});

	it('sends a text email with only the subject in the email options', async () => {
		const body = await sentBody({ messageType: 'text', text: 'It will arrive on Tuesday.' });
		expect(body).toEqual({ ...base, message_type: 'text', text: 'It will arrive on Tuesday.', email: { subject: 'Your order has shipped' } });
	});

	it('sends an HTML email', async () => {
		const body = await sentBody({ messageType: 'html', emailHtml: '<h1>Shipped</h1><p>It will arrive on Tuesday.</p>' });
		expect(body).toEqual({
			...base,
			message_type: 'html',
			html: { body: '<h1>Shipped</h1><p>It will arrive on Tuesday.</p>' },
			email: { subject: 'Your order has shipped' },
		});
	});

	it('sends a text-and-HTML email as typed content parts', async () => {
		const body = await sentBody({ messageType: 'content', emailContentText: 'Shipped.', emailContentHtml: '<p>Shipped.</p>' });
		expect(body).toEqual({
			...base,
			message_type: 'content',
			content: [
				{ type: 'text', text: 'Shipped.' },
				{ type: 'html', body: '<p>Shipped.</p>' },
			],
			email: { subject: 'Your order has shipped' },
		});
	});

	it('sends content with only one of the two parts filled', async () => {
		expect((await sentBody({ messageType: 'content', emailContentHtml: '<p>Only HTML</p>' })).content).toEqual([{ type: 'html', body: '<p>Only HTML</p>' }]);
		fake.reset();
		expect((await sentBody({ messageType: 'content', emailContentText: 'Only text' })).content).toEqual([{ type: 'text', text: 'Only text' }]);
	});

	it('sends every email option, CC and BCC as the API lists them, and the common options', async () => {
		const body = await sentBody({
			messageType: 'text',
			text: 'Hi',
			to: `  ${RECIPIENT} `,
			emailOptions: {
				toName: 'Jane Doe',
				fromName: 'Shop Orders',
				importance: 'High',
				priority: 'Urgent',
				sensitivity: 'Company-Confidential',
				cc: { recipient: [{ address: 'team@example.com', name: 'Support Team' }, { address: 'audit@example.com', name: '' }] },
				bcc: { recipient: [{ address: 'archive@example.com' }] },
			},
			additionalFields: { clientRef: 'order-2041', webhookUrl: 'https://example.com/vonage/status', webhookVersion: 'v1' },
		});
		expect(body).toEqual({
			...base,
			message_type: 'text',
			text: 'Hi',
			email: {
				subject: 'Your order has shipped',
				to_name: 'Jane Doe',
				from_name: 'Shop Orders',
				importance: 'High',
				priority: 'Urgent',
				sensitivity: 'Company-Confidential',
				cc: [{ address: 'team@example.com', name: 'Support Team' }, { address: 'audit@example.com' }],
				bcc: [{ address: 'archive@example.com' }],
			},
			client_ref: 'order-2041',
			webhook_url: 'https://example.com/vonage/status',
			webhook_version: 'v1',
		});
	});

	it('leaves out CC and BCC lists without rows', async () => {
		const body = await sentBody({ messageType: 'text', text: 'Hi', emailOptions: { cc: {}, bcc: { recipient: [] } } });
		expect(body.email).toEqual({ subject: 'Your order has shipped' });
	});

	it('never sends TTL or trusted recipient, which Email does not have', async () => {
		const body = await sentBody({ messageType: 'text', text: 'Hi', additionalFields: { ttl: 600, trustedRecipient: true } });
		expect(body).not.toHaveProperty('ttl');
		expect(body).not.toHaveProperty('trusted_recipient');
	});

	it('fails over from WhatsApp to an email given as JSON, checked like a first email', async () => {
		fake.on('POST /v1/messages', () => ({ status: 202, body: { message_uuid: MESSAGE_UUID, workflow_id: WORKFLOW_ID } }));
		const failover = [{ channel: 'email', message_type: 'html', to: ` ${RECIPIENT}`, from: SENDER, html: { body: '<p>Shipped</p>' }, email: { subject: 'Shipped' } }];
		const { items } = await runMessages(fake, {
			operation: 'send',
			channel: 'whatsapp',
			from: '447700900001',
			to: '447700900000',
			text: 'Shipped',
			additionalFields: { failoverJson: JSON.stringify(failover) },
		});
		expect(theOnlyRequest(fake).body).toEqual({
			channel: 'whatsapp',
			from: '447700900001',
			to: '447700900000',
			message_type: 'text',
			text: 'Shipped',
			failover: [{ channel: 'email', message_type: 'html', to: RECIPIENT, from: SENDER, html: { body: '<p>Shipped</p>' }, email: { subject: 'Shipped' } }],
		});
		expect(items[0].json).toMatchObject({ workflow_id: WORKFLOW_ID });
	});

	it('fails over from an email to SMS', async () => {
		const body = await sentBody({
			messageType: 'text',
			text: 'Shipped',
			additionalFields: { failoverMessages: { message: [{ channel: 'sms', from: 'Shop', to: '447700900000', text: 'Your order has shipped' }] } },
		});
		expect(body.failover).toEqual([{ channel: 'sms', message_type: 'text', from: 'Shop', to: '447700900000', text: 'Your order has shipped' }]);
	});
});

describe('Send Email refuses bad input before sending', () => {
	it.each<[string, INodeParameters, string]>([
		['a recipient address', { to: '', messageType: 'text', text: 'Hi' }, 'To is required (item 0)'],
		['an address as recipient', { to: '447700900000', messageType: 'text', text: 'Hi' }, 'To "447700900000" is not an email address (item 0)'],
		['the display name outside To', { to: 'Jane Doe <jane@example.com>', messageType: 'text', text: 'Hi' }, 'To "Jane Doe <jane@example.com>" has a display name in it (item 0)'],
		['one recipient in To', { to: 'a@example.com, b@example.com', messageType: 'text', text: 'Hi' }, 'To "a@example.com, b@example.com" is more than one address (item 0)'],
		['a sender address', { from: 'Shop', messageType: 'text', text: 'Hi' }, 'From "Shop" is not an email address (item 0)'],
		['a subject', { emailSubject: ' ', messageType: 'text', text: 'Hi' }, 'Subject is required (item 0)'],
		['text', { messageType: 'text', text: '' }, 'Text is required (item 0)'],
		['an HTML body', { messageType: 'html', emailHtml: '' }, 'HTML is required (item 0)'],
		['a part of the content', { messageType: 'content', emailContentText: '', emailContentHtml: '  ' }, 'Content is required (item 0)'],
		['a To Name up to 100 characters', { messageType: 'text', text: 'Hi', emailOptions: { toName: 'n'.repeat(101) } }, 'To Name is 101 characters long; the limit is 100 (item 0)'],
		['a CC address the spec accepts', { messageType: 'text', text: 'Hi', emailOptions: { cc: { recipient: [{ address: 'team@localhost' }] } } }, 'CC recipient 1: Address "team@localhost" is not an email address (item 0)'],
		['a BCC address', { messageType: 'text', text: 'Hi', emailOptions: { bcc: { recipient: [{ address: '' }] } } }, 'BCC recipient 1: Address is required (item 0)'],
		['a known importance', { messageType: 'text', text: 'Hi', emailOptions: { importance: 'Critical' } }, 'Importance "Critical" is not a valid choice (item 0)'],
		['no TTL in an email failover message', { messageType: 'text', text: 'Hi', additionalFields: { failoverJson: JSON.stringify([{ channel: 'email', from: SENDER, text: 'Hi', email: { subject: 'S' }, ttl: 600 }]) } }, 'Failover message 1: Time to Live is not available for Email (item 0)'],
		['a subject in an email failover message', { messageType: 'text', text: 'Hi', additionalFields: { failoverJson: JSON.stringify([{ channel: 'email', from: SENDER, text: 'Hi' }]) } }, 'Failover message 1: Subject is required (item 0)'],
	])('requires %s', async (_name, parameters, message) => {
		await expect(sendEmail(parameters)).rejects.toThrow(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('says where a display name goes', async () => {
		await expect(sendEmail({ to: 'Jane Doe <jane@example.com>', messageType: 'text', text: 'Hi' })).rejects.toMatchObject({
			description: 'Enter one email address, e.g. jane@example.com. Put a display name into Email Options > To Name.',
		});
	});

	it('refuses Email in the legacy v0.1 format, which has no email channel', async () => {
		await expect(sendEmail({ messageType: 'text', text: 'Hi', options: { apiFormat: 'v0.1' } })).rejects.toThrow(
			'Email messages cannot be sent in the legacy v0.1 format (item 0)',
		);
		expect(fake.requests).toHaveLength(0);
	});
});
