/**
 * Send when Channel or Message Type reach the node other than picked in the editor (workflow JSON written
 * by hand or generated, an AI agent filling the tool's parameters): what the request carries is what the
 * resolved values pick, exactly as when picked, and what cannot be sent is refused before any request.
 * - An AI agent's `{{ $fromAI(...) }}` reaches the node as an expression (n8n 2.x keeps it in these
 *   fields); here the tool call's arguments are the input item, as n8n hands them to a tool.
 * - Any other expression reaches it as its text (n8n strips the "=" in fields that take no expression,
 *   and drops the fields that depended on it): refused, saying so.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { sendFields } from '../../../nodes/VonageMessages/descriptions/message/send/send.operation';
import { unsupportedRouting } from '../../../nodes/VonageMessages/descriptions/message/send/resolvedForm';
import { offeredSendTypes, sendCases } from '../../e2e/support/sendCases';
import { runMessages } from '../../helpers/sendTestKit';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

const sms = { operation: 'send', from: '447700900001', to: '447700900000', text: 'Hi' };

/** Channel and Message Type as an AI Agent tool's parameters: "Let the model define this parameter". */
const CHOSEN_BY_AGENT = { channel: "={{ $fromAI('channel') }}", messageType: "={{ $fromAI('message_type') }}" };

async function send(parameters: INodeParameters, items?: IDataObject[]) {
	return await runMessages(fake, parameters, { items });
}

/** What each request carried, and what the node returned for it. */
async function requestsAndOutput(parameters: INodeParameters, items?: IDataObject[]) {
	fake.reset();
	const { items: output } = await send(parameters, items);
	expect(fake.violations).toEqual([]);
	return { requests: fake.requests.map(({ method, path, body }) => ({ method, path, body })), output: output.map((item) => item.json) };
}

describe('Send: Channel and Message Type not picked in the editor', () => {
	const offered = offeredSendTypes();
	const offeredChannels = [...new Set(offered.map(({ channel }) => channel))];
	// The cases of the channels and types this node offers (the e2e suite's coverage check asks for one of each).
	const cases = sendCases().filter((one) => offered.some(({ channel, messageType }) => channel === one.channel && messageType === one.messageType));

	it('has cases for every channel the form offers', () => {
		expect([...new Set(cases.map(({ channel }) => channel))]).toEqual(offeredChannels);
	});

	it.each(cases.map((one) => [`${one.channel} ${one.messageType}`, one] as const))(
		'%s: chosen by an AI agent, sends the same request as when picked',
		async (_name, { channel, messageType, parameters }) => {
			const picked = await requestsAndOutput(parameters as INodeParameters);
			const byAgent = await requestsAndOutput({ ...(parameters as INodeParameters), ...CHOSEN_BY_AGENT }, [{ channel, message_type: messageType }]);

			expect(picked.requests).toHaveLength(1);
			expect(byAgent).toEqual(picked);
		},
	);

	it('leaves out options of another channel, as the form does (TTL set, then WhatsApp chosen by an AI agent)', async () => {
		const parameters = { ...sms, messageType: 'text', additionalFields: { ttl: 600, clientRef: 'order-7' } };
		const picked = await requestsAndOutput({ ...parameters, channel: 'whatsapp' });
		const byAgent = await requestsAndOutput({ ...parameters, channel: CHOSEN_BY_AGENT.channel }, [{ channel: 'whatsapp' }]);

		expect(picked.requests[0].body).toEqual({ channel: 'whatsapp', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hi', client_ref: 'order-7' });
		expect(byAgent).toEqual(picked);
	});

	it('with only Message Type chosen by an AI agent, sends what the picked type sends', async () => {
		const parameters = { operation: 'send', channel: 'whatsapp', from: '447700900001', to: '447700900000', imageUrl: 'https://example.com/a.jpg', text: 'Hi' };
		const picked = await requestsAndOutput({ ...parameters, messageType: 'image' });
		const byAgent = await requestsAndOutput({ ...parameters, messageType: CHOSEN_BY_AGENT.messageType }, [{ message_type: 'image' }]);

		expect(picked.requests[0].body).toEqual({ channel: 'whatsapp', message_type: 'image', from: '447700900001', to: '447700900000', image: { url: 'https://example.com/a.jpg' } });
		expect(byAgent).toEqual(picked);
	});

	describe('refuses what the form does not offer, before sending anything', () => {
		const allChannels = offeredChannels.map((channel) => `"${channel}"`).join(', ');

		const keptAsText = 'cannot be an expression (n8n keeps it as text';
		it.each([
			['an unknown channel chosen by an AI agent', { ...sms, channel: CHOSEN_BY_AGENT.channel }, [{ channel: 'telegram' }], 'Channel "telegram" is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['an unknown channel in imported workflow JSON', { ...sms, channel: 'telegram' }, undefined, 'Channel "telegram" is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['a channel given by an ordinary expression', { ...sms, channel: "={{ 'sms' }}" }, undefined, `Channel "{{ 'sms' }}" is not a valid choice (item 0)`, keptAsText],
			['a channel per item by expression', { ...sms, channel: '={{ $json.channel }}' }, [{ channel: 'sms' }], 'Channel "{{ $json.channel }}" is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['no channel from the AI agent', { ...sms, channel: CHOSEN_BY_AGENT.channel }, [{}], 'Channel is not a valid choice (item 0)', `Use one of: ${allChannels}.`],
			['an unknown message type chosen by an AI agent', { ...sms, channel: 'sms', messageType: CHOSEN_BY_AGENT.messageType }, [{ message_type: 'bogus' }], 'Message Type "bogus" is not a valid choice for SMS (item 0)', 'Use one of: "text".'],
			['a message type of another channel', { ...sms, channel: 'sms', messageType: CHOSEN_BY_AGENT.messageType }, [{ message_type: 'image' }], 'Message Type "image" is not a valid choice for SMS (item 0)', 'Use one of: "text".'],
			['a message type given by an ordinary expression (not "Text is required")', { ...sms, channel: 'sms', messageType: "={{ 'text' }}" }, undefined, `Message Type "{{ 'text' }}" is not a valid choice for SMS (item 0)`, keptAsText],
			['an unknown message type in imported workflow JSON', { ...sms, channel: 'whatsapp', messageType: 'location' }, undefined, 'Message Type "location" is not a valid choice for WhatsApp (item 0)', 'Use one of: '],
			[
				'an input mode given by expression',
				{ operation: 'send', channel: 'rcs', from: 'AcmeAgent', to: '447700900000', messageType: 'card', rcsInputMode: "={{ 'json' }}" },
				undefined,
				`"{{ 'json' }}" is not a valid choice for RCS (item 0)`,
				'Use one of: "fields", "json".',
			],
		] as Array<[string, INodeParameters, IDataObject[] | undefined, string, string]>)('%s', async (_case, parameters, items, message, fix) => {
			const refusal = send(parameters, items);

			await expect(refusal).rejects.toThrow(message);
			await expect(refusal).rejects.toHaveProperty('description', expect.stringContaining(fix));
			expect(fake.requests).toHaveLength(0);
		});
	});

	it('routes every Send field in a way the resolved form follows', () => {
		expect(unsupportedRouting(sendFields)).toEqual([]);
	});
});
