import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { activePacerCount } from '../../../nodes/shared/pacing';
import type { RecordedRequest } from '../../helpers/fakeVonage';
import { runMessages } from '../../helpers/sendTestKit';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const accepted = (request: RecordedRequest) => ({ status: 202, body: { message_uuid: `uuid-${(request.body as IDataObject).to}` } });

function smsTo(count: number): IDataObject[] {
	return Array.from({ length: count }, (_, index) => ({ to: `4477009${String(index).padStart(5, '0')}` }));
}

const perItemSms = {
	authentication: 'jwt',
	resource: 'message',
	operation: 'send',
	channel: 'sms',
	messageType: 'text',
	from: '447700900001',
	to: '={{ $json.to }}',
	text: 'Your order has shipped',
};

describe('Send paces itself and retries what Vonage refused with 429', () => {
	const fake = useFakeVonage();

	async function send(items: IDataObject[], options: INodeParameters = {}, continueOnFail = false) {
		return await runMessages(fake, { ...perItemSms, options }, { items, continueOnFail });
	}

	it('waits for Retry-After, sends again, and succeeds', async () => {
		let calls = 0;
		fake.on('SendMessage', (request) =>
			++calls === 1
				? { status: 429, headers: { 'Retry-After': '1' }, body: { title: 'Rate Limit Hit', type: 'https://developer.vonage.com/api-errors#throttled' } }
				: accepted(request),
		);
		const started = Date.now();
		const { items } = await send(smsTo(1));
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
		expect(fake.requests).toHaveLength(2);
		expect(items.map((item) => item.json.message_uuid)).toEqual(['uuid-447700900000']);
		expect(fake.violations).toEqual([]);
	});

	it("gives up after the configured number of retries with Vonage's error", async () => {
		fake.on('SendMessage', () => ({ status: 429, headers: { 'Retry-After': '0' }, body: { title: 'Rate Limit Hit', detail: 'Please wait, then retry your request' } }));
		await expect(send(smsTo(1), { maxRateLimitRetries: 2 })).rejects.toMatchObject({
			message: 'Vonage: Rate Limit Hit',
			httpCode: '429',
		});
		expect(fake.requests).toHaveLength(3);
	});

	it('does not wait for a Retry-After longer than two minutes', async () => {
		fake.on('SendMessage', () => ({ status: 429, headers: { 'Retry-After': '3600' }, body: { title: 'Rate Limit Hit' } }));
		await expect(send(smsTo(1))).rejects.toMatchObject({ httpCode: '429' });
		expect(fake.requests).toHaveLength(1);
	});

	it('never retries other errors (a 5xx may have sent the message)', async () => {
		fake.on('SendMessage', () => ({ status: 500, body: { title: 'Internal Error' } }));
		await expect(send(smsTo(1))).rejects.toMatchObject({ httpCode: '500' });
		expect(fake.requests).toHaveLength(1);
	});

	it('keeps at most "Max Requests in Flight" requests open', async () => {
		fake.on('SendMessage', (request) => ({ ...accepted(request), delayMs: 40 }));
		const { items } = await send(smsTo(30), { maxInFlight: 4, maxPerSecond: 0 });
		expect(fake.maxInFlight).toBe(4);
		expect(items).toHaveLength(30);
		expect(activePacerCount()).toBe(0);
	});

	it('keeps at most 10 requests open by default', async () => {
		fake.on('SendMessage', (request) => ({ ...accepted(request), delayMs: 40 }));
		await send(smsTo(25), { maxPerSecond: 0 });
		expect(fake.maxInFlight).toBeLessThanOrEqual(10);
		expect(fake.maxInFlight).toBeGreaterThan(1);
	});

	it('spaces request starts by "Max Messages per Second"', async () => {
		fake.on('SendMessage', accepted);
		const started = Date.now();
		await send(smsTo(6), { maxPerSecond: 10 });
		// Six starts 100 ms apart cannot finish sooner than 500 ms.
		expect(Date.now() - started).toBeGreaterThanOrEqual(480);
	});

	it('delivers every item exactly once through a storm of 429s', async () => {
		const acceptedAt: number[] = [];
		const acceptedRecipients: string[] = [];
		fake.on('SendMessage', (request) => {
			const now = Date.now();
			while (acceptedAt.length && now - acceptedAt[0] > 1000) acceptedAt.shift();
			if (acceptedAt.length >= 8) return { status: 429, headers: { 'Retry-After': '1' }, body: { title: 'Rate Limit Hit' } };
			acceptedAt.push(now);
			acceptedRecipients.push(String((request.body as IDataObject).to));
			return accepted(request);
		});
		const items = smsTo(20);
		const result = await send(items, { maxPerSecond: 0, maxInFlight: 20 });
		expect(result.items.map((item) => item.json.to)).toEqual(items.map((item) => item.to));
		expect(acceptedRecipients.sort()).toEqual(items.map((item) => String(item.to)).sort());
	});

	it('with Continue On Fail, a failed item keeps its error and the others are sent', async () => {
		fake.on('SendMessage', (request) =>
			(request.body as IDataObject).to === '447700900002'
				? { status: 422, body: { title: 'Invalid params', invalid_parameters: [{ name: 'to', reason: 'Number is barred' }] } }
				: accepted(request),
		);
		const items = [...smsTo(3), { to: 'not a number' }];
		const { items: output } = await send(items, {}, true);
		expect(output).toHaveLength(4);
		expect(output[0].json.message_uuid).toBe('uuid-447700900000');
		expect(output[1].json.message_uuid).toBe('uuid-447700900001');
		expect(output[2].error?.message).toBe('Vonage: Invalid params');
		expect(output[2].error?.description).toContain('to: Number is barred');
		expect(output[3].error?.message).toMatch(/^To "not a number" is not a phone number in E\.164 format \(item 3\)$/);
		expect(fake.requests).toHaveLength(3);
	});
});
