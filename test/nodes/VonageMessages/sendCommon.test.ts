import type { INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

const MESSAGE_UUID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';
const WORKFLOW_ID = '3TcNjguHxr2vcCZ9Ddsnq6tw8yQUpZ9rMHv9QXSxLan5ibMxqSzLdx9';

const sms = { channel: 'sms', from: '447700900001', to: '447700900000' };
const whatsapp = { channel: 'whatsapp', from: '447700900002', to: '447700900000' };

async function send(parameters: INodeParameters) {
	return await runMessages(fake, { operation: 'send', ...parameters });
}

function sentBody(): unknown {
	return theOnlyRequest(fake).body;
}

describe('Send: options every channel shares', () => {
	it('sends the client reference and returns it with the message UUID', async () => {
		fake.on('POST /v1/messages', () => ({ status: 202, body: { message_uuid: MESSAGE_UUID } }));
		const { items } = await send({ ...sms, text: 'Hi', additionalFields: { clientRef: 'order-2041' } });

		expect(sentBody()).toEqual({ ...sms, message_type: 'text', text: 'Hi', client_ref: 'order-2041' });
		expect(items.map((item) => item.json)).toEqual([
			{ message_uuid: MESSAGE_UUID, channel: 'sms', message_type: 'text', to: '447700900000', from: '447700900001', client_ref: 'order-2041' },
		]);
	});

	it('sends the per-message status webhook URL and version', async () => {
		await send({
			...whatsapp,
			text: 'Hi',
			additionalFields: { webhookUrl: 'https://example.com/vonage/status', webhookVersion: 'v0.1' },
		});

		expect(sentBody()).toEqual({
			...whatsapp,
			message_type: 'text',
			text: 'Hi',
			webhook_url: 'https://example.com/vonage/status',
			webhook_version: 'v0.1',
		});
	});

	it('sends TTL and trusted recipient for SMS', async () => {
		await send({ ...sms, text: 'Hi', additionalFields: { ttl: 600, trustedRecipient: true } });

		expect(sentBody()).toEqual({ ...sms, message_type: 'text', text: 'Hi', ttl: 600, trusted_recipient: true });
	});

	it('sends TTL within the MMS range', async () => {
		await send({ channel: 'mms', from: '14155550100', to: '14155550199', messageType: 'text', text: 'Hi', additionalFields: { ttl: 259200 } });

		expect(sentBody()).toEqual({ channel: 'mms', from: '14155550100', to: '14155550199', message_type: 'text', text: 'Hi', ttl: 259200 });
	});

	it('does not send TTL or trusted recipient, set while another channel was chosen, to WhatsApp, which has neither', async () => {
		await send({ ...whatsapp, text: 'Hi', additionalFields: { ttl: 600, trustedRecipient: true } });

		expect(sentBody()).toEqual({ ...whatsapp, message_type: 'text', text: 'Hi' });
	});

	it('sends structured failover messages, fills their recipient, and returns the workflow ID', async () => {
		fake.on('POST /v1/messages', () => ({ status: 202, body: { message_uuid: MESSAGE_UUID, workflow_id: WORKFLOW_ID } }));
		const { items } = await send({
			...whatsapp,
			messageType: 'template',
			templateName: 'order_update',
			templateParameters: { parameter: [{ value: '2041' }] },
			additionalFields: {
				failoverMessages: {
					message: [
						{ channel: 'sms', from: 'Acme', to: '', text: 'Your order 2041 has shipped' },
						{ channel: 'mms', from: '+1 415 555 0100', to: '+1 415 555 0199', text: 'Your order 2041 has shipped' },
					],
				},
			},
		});

		expect(sentBody()).toEqual({
			...whatsapp,
			message_type: 'template',
			template: { name: 'order_update', parameters: ['2041'] },
			whatsapp: { locale: 'en_US', policy: 'deterministic' },
			failover: [
				{ channel: 'sms', message_type: 'text', from: 'Acme', to: '447700900000', text: 'Your order 2041 has shipped' },
				{ channel: 'mms', message_type: 'text', from: '14155550100', to: '14155550199', text: 'Your order 2041 has shipped' },
			],
		});
		expect(items.map((item) => item.json)).toEqual([
			{ message_uuid: MESSAGE_UUID, workflow_id: WORKFLOW_ID, channel: 'whatsapp', message_type: 'template', to: '447700900000', from: '447700900002' },
		]);
	});

	it('sends failover messages given as JSON, each checked like a first message', async () => {
		const failover = [
			{ channel: 'mms', message_type: 'image', from: '14155550100', to: '+14155550199', image: { url: 'https://example.com/a.jpg', caption: '' } },
			{ channel: 'sms', message_type: 'text', from: '447700900001', text: 'See https://example.com/a.jpg', client_ref: 'fallback', ttl: '3600' },
		];
		await send({ ...whatsapp, text: 'Hi', additionalFields: { failoverJson: JSON.stringify(failover) } });

		expect(sentBody()).toEqual({
			...whatsapp,
			message_type: 'text',
			text: 'Hi',
			failover: [
				{ channel: 'mms', message_type: 'image', from: '14155550100', to: '14155550199', image: { url: 'https://example.com/a.jpg' } },
				{
					channel: 'sms',
					message_type: 'text',
					from: '447700900001',
					to: '447700900000',
					text: 'See https://example.com/a.jpg',
					client_ref: 'fallback',
					ttl: 3600,
				},
			],
		});
	});

	it('sends nothing for an empty failover list', async () => {
		await send({ ...sms, text: 'Hi', additionalFields: { failoverJson: '[]' } });

		expect(sentBody()).toEqual({ ...sms, message_type: 'text', text: 'Hi' });
	});

	it('names the item whose input is refused; with Continue On Fail the other items are still sent', async () => {
		const { items } = await runMessages(
			fake,
			{ operation: 'send', ...sms, text: '={{ $json.text }}', additionalFields: { clientRef: '={{ $json.ref }}' } },
			{
				items: [
					{ text: 'First', ref: 'a' },
					{ text: 'Second', ref: 'r'.repeat(101) },
				],
				continueOnFail: true,
			},
		);

		expect(fake.requests.map((request) => request.body)).toEqual([{ ...sms, message_type: 'text', text: 'First', client_ref: 'a' }]);
		expect(fake.violations).toEqual([]);
		expect(items).toHaveLength(2);
		expect(items[0].json).toMatchObject({ channel: 'sms', client_ref: 'a' });
		expect(items[1].error?.message).toBe('Client Reference is 101 characters long; the limit is 100 (item 1)');
		expect(items[1].error?.description).toBe('Shorten Client Reference to at most 100 characters.');
	});

	describe('refuses bad input before sending anything', () => {
		it.each([
			['a client reference over 100 characters', { ...sms, text: 'Hi', additionalFields: { clientRef: 'r'.repeat(101) } }, 'Client Reference is 101 characters long; the limit is 100 (item 0)'],
			['a status webhook URL that is not a URL', { ...sms, text: 'Hi', additionalFields: { webhookUrl: 'example.com/status' } }, 'Status Webhook URL "example.com/status" is not a URL (item 0)'],
			[
				'a status webhook version from an expression that Vonage does not know',
				{ ...sms, text: 'Hi', additionalFields: { webhookVersion: '={{ "v2" }}' } },
				'Status Webhook Version "v2" is not a valid choice (item 0)',
			],
			['a TTL below the SMS range', { ...sms, text: 'Hi', additionalFields: { ttl: 10 } }, 'Time to Live 10 is outside the range SMS allows (item 0)'],
			[
				'a TTL below the MMS range',
				{ channel: 'mms', from: '14155550100', to: '14155550199', messageType: 'text', text: 'Hi', additionalFields: { ttl: 200 } },
				'Time to Live 200 is outside the range MMS allows (item 0)',
			],
			['a failover JSON that does not parse', { ...sms, text: 'Hi', additionalFields: { failoverJson: '[{"channel": "sms"' } }, 'Failover Messages (JSON) "[{"channel": "sms"" is not valid JSON (item 0)'],
			['a failover JSON that is an object', { ...sms, text: 'Hi', additionalFields: { failoverJson: '{"channel": "sms"}' } }, 'Failover Messages (JSON) "{"channel":"sms"}" is not a JSON array (item 0)'],
			['a failover message that is not an object', { ...sms, text: 'Hi', additionalFields: { failoverJson: '["sms"]' } }, 'Failover message 1 "sms" is not an object (item 0)'],
			[
				'a failover message without a channel',
				{ ...whatsapp, text: 'Hi', additionalFields: { failoverJson: '[{"message_type": "text", "from": "447700900001", "text": "Hi"}]' } },
				'Failover message 1 channel is required (item 0)',
			],
			[
				'a failover message on an unknown channel',
				{ ...whatsapp, text: 'Hi', additionalFields: { failoverJson: '[{"channel": "telegram", "from": "447700900001", "text": "Hi"}]' } },
				'Failover message 1 channel "telegram" is not a channel (item 0)',
			],
			[
				'a failover message without a message type or text',
				{ ...whatsapp, text: 'Hi', additionalFields: { failoverJson: '[{"channel": "mms", "from": "14155550100", "image": {"url": "https://example.com/a.jpg"}}]' } },
				'Failover message 1 message_type is required (item 0)',
			],
			[
				'a failover SMS that is too long',
				{ ...whatsapp, text: 'Hi', additionalFields: { failoverMessages: { message: [{ channel: 'sms', from: 'Acme', to: '', text: 'a'.repeat(3201) }] } } },
				'Failover message 1: Text is 3201 characters long; the limit is 3200 (item 0)',
			],
			[
				'a failover SMS to the BSUID of a WhatsApp user',
				{ ...whatsapp, to: 'US.13491208655302741918', text: 'Hi', additionalFields: { failoverMessages: { message: [{ channel: 'sms', from: 'Acme', to: '', text: 'Hi' }] } } },
				'Failover message 1: To "US.13491208655302741918" is not a phone number in E.164 format (item 0)',
			],
			[
				'a failover message with a bad media URL',
				{ ...sms, text: 'Hi', additionalFields: { failoverJson: '[{"channel": "mms", "message_type": "image", "from": "12345", "image": {"url": "a.jpg"}}]' } },
				'Failover message 1: Image URL "a.jpg" is not a URL (item 0)',
			],
			[
				'a failover message with a TTL its channel does not take',
				{ ...sms, text: 'Hi', additionalFields: { failoverJson: '[{"channel": "whatsapp", "message_type": "text", "from": "447700900002", "text": "Hi", "ttl": 600}]' } },
				'Failover message 1: Time to Live is not available for WhatsApp (item 0)',
			],
			[
				'a failover message with a failover of its own',
				{ ...sms, text: 'Hi', additionalFields: { failoverJson: '[{"channel": "sms", "message_type": "text", "from": "Acme", "text": "Hi", "failover": []}]' } },
				'Failover message 1 "[]" has a failover of its own (item 0)',
			],
			[
				'both structured and JSON failover messages',
				{
					...whatsapp,
					text: 'Hi',
					additionalFields: {
						failoverMessages: { message: [{ channel: 'sms', from: 'Acme', to: '', text: 'Hi' }] },
						failoverJson: '[{"channel": "sms", "message_type": "text", "from": "Acme", "text": "Hi"}]',
					},
				},
				'Failover Messages and Failover Messages (JSON) are both set (item 0)',
			],
		])('%s', async (_case, parameters, message) => {
			await expect(send(parameters as INodeParameters)).rejects.toThrow(message);
			expect(fake.requests).toHaveLength(0);
		});
	});
});
