/**
 * Send when Channel or Message Type reach the node as an expression (workflow JSON written by hand or
 * generated, an AI agent filling the tool's parameters, a channel per item): the request carries what
 * the resolved values pick, exactly as when they are picked in the editor, and a value the form does not
 * offer is refused before anything is sent.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { sendFields } from '../../../nodes/VonageMessages/descriptions/message/send/send.operation';
import { unsupportedRouting } from '../../../nodes/VonageMessages/descriptions/message/send/resolvedForm';
import { offeredSendTypes, sendCases } from '../../e2e/support/sendCases';
import { runMessages } from '../../helpers/sendTestKit';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

const sms = { operation: 'send', from: '447700900001', to: '447700900000', text: 'Hi' };

async function send(parameters: INodeParameters, items?: IDataObject[], continueOnFail = false) {
	return await runMessages(fake, parameters, { items, continueOnFail });
}

/** What each request carried, and what the node returned for it. */
async function requestsAndOutput(parameters: INodeParameters, items?: IDataObject[]) {
	fake.reset();
	const { items: output } = await send(parameters, items);
	expect(fake.violations).toEqual([]);
	return { requests: fake.requests.map(({ method, path, body }) => ({ method, path, body })), output: output.map((item) => item.json) };
}

describe('Send: Channel and Message Type given by expression', () => {
	const offered = offeredSendTypes();
	const offeredChannels = [...new Set(offered.map(({ channel }) => channel))];
	// The cases of the channels and types this node offers (the e2e suite's coverage check asks for one of each).
	const cases = sendCases().filter((one) => offered.some(({ channel, messageType }) => channel === one.channel && messageType === one.messageType));

	it('has cases for every channel the form offers', () => {
		expect([...new Set(cases.map(({ channel }) => channel))]).toEqual(offeredChannels);
	});

	it.each(cases.map((one) => [`${one.channel} ${one.messageType}`, one] as const))(
		'%s: as expressions, sends the same request as when picked',
		async (_name, { channel, messageType, parameters }) => {
			const picked = await requestsAndOutput(parameters as INodeParameters);
			const byExpression = await requestsAndOutput({
				...(parameters as INodeParameters),
				channel: `={{ ${JSON.stringify(channel)} }}`,
				messageType: `={{ ${JSON.stringify(messageType)} }}`,
			});

			expect(picked.requests).toHaveLength(1);
			expect(byExpression).toEqual(picked);
		},
	);

	it('takes the channel and message type of each item from the item', async () => {
		const items = [
			{ channel: 'sms', type: 'text' },
			{ channel: 'whatsapp', type: 'text' },
		];
		const { requests } = await requestsAndOutput({ ...sms, channel: '={{ $json.channel }}', messageType: '={{ $json.type }}' }, items);

		expect(requests.map(({ body }) => body)).toEqual([
			{ channel: 'sms', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hi' },
			{ channel: 'whatsapp', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hi' },
		]);
	});

	it('leaves out options of another channel, as the form does (TTL set, then WhatsApp given by expression)', async () => {
		const parameters = { ...sms, messageType: 'text', additionalFields: { ttl: 600, clientRef: 'order-7' } };
		const picked = await requestsAndOutput({ ...parameters, channel: 'whatsapp' });
		const byExpression = await requestsAndOutput({ ...parameters, channel: "={{ 'whatsapp' }}" });

		expect(picked.requests[0].body).toEqual({ channel: 'whatsapp', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hi', client_ref: 'order-7' });
		expect(byExpression).toEqual(picked);
	});

	it('with only Message Type as an expression, sends what the picked type sends', async () => {
		const parameters = { operation: 'send', channel: 'whatsapp', from: '447700900001', to: '447700900000', imageUrl: 'https://example.com/a.jpg', text: 'Hi' };
		const picked = await requestsAndOutput({ ...parameters, messageType: 'image' });
		const byExpression = await requestsAndOutput({ ...parameters, messageType: "={{ 'image' }}" });

		expect(picked.requests[0].body).toEqual({ channel: 'whatsapp', message_type: 'image', from: '447700900001', to: '447700900000', image: { url: 'https://example.com/a.jpg' } });
		expect(byExpression).toEqual(picked);
	});

	describe('refuses what the form does not offer, before sending anything', () => {
		const allChannels = offeredChannels.map((channel) => `"${channel}"`).join(', ');

		it.each([
			['an unknown channel given by expression', { ...sms, channel: "={{ 'telegram' }}" }, 'Channel "telegram" is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['an unknown channel in imported workflow JSON', { ...sms, channel: 'telegram' }, 'Channel "telegram" is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['an empty channel given by expression', { ...sms, channel: '={{ $json.missing }}' }, 'Channel is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['an unknown message type given by expression', { ...sms, channel: 'sms', messageType: "={{ 'bogus' }}" }, 'Message Type "bogus" is not a valid choice for SMS (item 0)', 'Use one of: "text".'],
			['a message type of another channel', { ...sms, channel: 'sms', messageType: "={{ 'image' }}" }, 'Message Type "image" is not a valid choice for SMS (item 0)', 'Use one of: "text".'],
			['an unknown message type in imported workflow JSON', { ...sms, channel: 'whatsapp', messageType: 'location' }, 'Message Type "location" is not a valid choice for WhatsApp (item 0)', 'Use one of: '],
			[
				'an input mode given by expression (it cannot be one: n8n keeps the expression as text)',
				{ operation: 'send', channel: 'rcs', from: 'AcmeAgent', to: '447700900000', messageType: 'card', rcsInputMode: "={{ 'json' }}" },
				`"{{ 'json' }}" is not a valid choice for RCS (item 0)`,
				'Use one of: "fields", "json".',
			],
		])('%s', async (_case, parameters, message, fix) => {
			const refusal = send(parameters as INodeParameters);

			await expect(refusal).rejects.toThrow(message);
			await expect(refusal).rejects.toHaveProperty('description', expect.stringContaining(fix));
			expect(fake.requests).toHaveLength(0);
		});

		it('with Continue On Fail, refuses the item whose channel is unknown and sends the others', async () => {
			const { items } = await send({ ...sms, channel: '={{ $json.channel }}' }, [{ channel: 'sms' }, { channel: 'telegram' }], true);

			expect(fake.requests.map(({ body }) => (body as IDataObject).channel)).toEqual(['sms']);
			expect(items[1].error?.message).toBe('Channel "telegram" is not a valid choice (item 1)');
		});
	});

	it('routes every Send field in a way the resolved form follows', () => {
		expect(unsupportedRouting(sendFields)).toEqual([]);
	});
});
