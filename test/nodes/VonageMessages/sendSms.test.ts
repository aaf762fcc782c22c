import type { INodeParameters } from 'n8n-workflow';

import { runMessages } from '../../helpers/sendTestKit';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

async function sendSms(parameters: INodeParameters, authentication: 'jwt' | 'basic' = 'jwt') {
	return await runMessages(fake, { authentication, operation: 'send', channel: 'sms', from: '447700900001', to: '447700900000', ...parameters });
}

describe('Send SMS', () => {
	it('sends a text with the JWT credential and returns the ids that join later status events', async () => {
		fake.on('POST /v1/messages', () => ({ status: 202, body: { message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } }));
		const { items } = await sendSms({ text: 'Your code is 2526' });

		expect(fake.requests).toHaveLength(1);
		const [request] = fake.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/v1/messages');
		expect(request.authScheme).toBe('bearer');
		expect(request.body).toEqual({
			channel: 'sms',
			message_type: 'text',
			from: '447700900001',
			to: '447700900000',
			text: 'Your code is 2526',
		});
		expect(fake.violations).toEqual([]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab',
			channel: 'sms',
			message_type: 'text',
			to: '447700900000',
			from: '447700900001',
		});
	});

	it('sends with the Basic credential as Basic auth', async () => {
		await sendSms({ text: 'Hello' }, 'basic');

		expect(fake.requests).toHaveLength(1);
		expect(fake.requests[0].authScheme).toBe('basic');
		expect(fake.requests[0].headers.authorization).toBe(`Basic ${Buffer.from('abcd1234:Sup3rS3cretValue').toString('base64')}`);
		expect(fake.requests[0].body).toEqual({ channel: 'sms', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hello' });
		expect(fake.violations).toEqual([]);
	});

	it('sends encoding type, content ID, entity ID and number pool as the sms object', async () => {
		await sendSms({
			text: 'नमस्ते',
			smsOptions: { encodingType: 'unicode', contentId: '1107457532145798767', entityId: '1101456324675322134', poolId: 'pool-7' },
		});

		expect(fake.requests[0].body).toEqual({
			channel: 'sms',
			message_type: 'text',
			from: '447700900001',
			to: '447700900000',
			text: 'नमस्ते',
			sms: { encoding_type: 'unicode', content_id: '1107457532145798767', entity_id: '1101456324675322134', pool_id: 'pool-7' },
		});
		expect(fake.violations).toEqual([]);
	});

	it('leaves out SMS options that were added but left empty', async () => {
		await sendSms({ text: 'Hi', smsOptions: { contentId: '', entityId: ' ' } });

		expect(fake.requests[0].body).toEqual({ channel: 'sms', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hi' });
		expect(fake.violations).toEqual([]);
	});

	it('normalizes numbers written with +, 00 and spaces, and keeps an alphanumeric sender ID', async () => {
		await sendSms({ from: 'Acme Shop', to: '+44 7700 900000', text: 'Hi' });
		await sendSms({ from: '0044 7700 900001', to: '0044 (7700) 900-000', text: 'Hi' });

		expect(fake.requests.map((request) => request.body)).toEqual([
			{ channel: 'sms', message_type: 'text', from: 'Acme Shop', to: '447700900000', text: 'Hi' },
			{ channel: 'sms', message_type: 'text', from: '447700900001', to: '447700900000', text: 'Hi' },
		]);
		expect(fake.violations).toEqual([]);
	});

	it('accepts a text of exactly 3,200 characters, emoji counted as one', async () => {
		const text = `${'a'.repeat(3199)}😀`;
		await sendSms({ text });

		expect((fake.requests[0].body as { text: string }).text).toBe(text);
		expect(fake.violations).toEqual([]);
	});

	describe('refuses bad input before sending anything', () => {
		it.each([
			['a recipient that is not a phone number', { to: 'not-a-number', text: 'Hi' }, 'To "not-a-number" is not a phone number in E.164 format (item 0)'],
			['a recipient that is too short', { to: '+44 77', text: 'Hi' }, 'To "+44 77" is not a phone number in E.164 format (item 0)'],
			['an empty recipient', { to: '', text: 'Hi' }, 'To is required (item 0)'],
			['a sender ID longer than 11 characters', { from: 'Acme Shop Ltd', text: 'Hi' }, 'From "Acme Shop Ltd" is not a valid sender (item 0)'],
			['a sender ID with symbols', { from: 'Acme&Co', text: 'Hi' }, 'From "Acme&Co" is not a valid sender (item 0)'],
			['an empty text', { text: '' }, 'Text is required (item 0)'],
			['a text of spaces only', { text: '  ' }, 'Text is required (item 0)'],
			['a text over 3,200 characters', { text: 'a'.repeat(3201) }, 'Text is 3201 characters long; the limit is 3200 (item 0)'],
			[
				'an encoding type from an expression that Vonage does not know',
				{ text: 'Hi', smsOptions: { encodingType: '={{ "utf8" }}' } },
				'Encoding Type "utf8" is not a valid choice (item 0)',
			],
		])('%s', async (_case, parameters, message) => {
			await expect(sendSms(parameters as INodeParameters)).rejects.toThrow(message);
			expect(fake.requests).toHaveLength(0);
		});
	});
});
