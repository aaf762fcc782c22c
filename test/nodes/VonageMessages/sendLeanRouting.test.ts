import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { unsupportedRouting } from '../../../nodes/VonageMessages/descriptions/message/send/leanRouting';
import { VonageMessages } from '../../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from '../../helpers/credentials';
import { runMessages } from '../../helpers/sendTestKit';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const fake = useFakeVonage();

/** Both test credentials, counting how often the node asks n8n for one (n8n reads and decrypts it from its database each time). */
function countedCredentials(): { credentials: Record<string, ICredentialDataDecryptedObject>; reads: () => number } {
	let reads = 0;
	const credentials = new Proxy(allCredentials(fake.baseUrl) as Record<string, ICredentialDataDecryptedObject>, {
		get(target, type: string) {
			reads++;
			return target[type];
		},
	});
	return { credentials, reads: () => reads };
}

const recipients = (count: number): IDataObject[] => Array.from({ length: count }, (_, index) => ({ to: `4477009${String(index).padStart(5, '0')}` }));

describe('Send runs as a custom operation over the same routing (descriptions/message/send/leanRouting.ts)', () => {
	it('every routed field of the node is one the lean routing can run (a new kind of routing must be added there first)', () => {
		expect(unsupportedRouting(new VonageMessages().description.properties)).toEqual([]);
	});

	it('sends one request per item, each with its own recipient, reads the credential once per run, and keeps the items in order', async () => {
		fake.on('POST /v1/messages', (request) => ({ status: 202, body: { message_uuid: `uuid-${String((request.body as IDataObject).to)}` } }));
		const { credentials, reads } = countedCredentials();
		const items = recipients(25);

		const { items: output } = await runMessages(
			fake,
			{ authentication: 'jwt', operation: 'send', channel: 'sms', messageType: 'text', from: '447700900001', to: '={{ $json.to }}', text: 'Hi' },
			{ items, credentials },
		);

		expect(fake.requests).toHaveLength(25);
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => (request.body as IDataObject).to).sort()).toEqual(items.map((item) => item.to).sort());
		for (const request of fake.requests) {
			expect(request.body).toEqual({ channel: 'sms', message_type: 'text', from: '447700900001', to: (request.body as IDataObject).to, text: 'Hi' });
			expect(request.authScheme).toBe('bearer');
		}
		expect(output.map((item) => item.json.message_uuid)).toEqual(items.map((item) => `uuid-${String(item.to)}`));
		expect(output.map((item) => item.pairedItem)).toEqual(items.map((_, index) => ({ item: index })));
		expect(reads()).toBe(1);
	});

	it('with Continue On Fail, an item refused by its checks becomes an error item in its place and the others are sent', async () => {
		fake.on('POST /v1/messages', () => ({ status: 202, body: { message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } }));
		const items = recipients(5);
		items[2] = { to: 'not a number' };

		const { items: output } = await runMessages(
			fake,
			{ authentication: 'basic', operation: 'send', channel: 'sms', messageType: 'text', from: '447700900001', to: '={{ $json.to }}', text: 'Hi' },
			{ items, continueOnFail: true },
		);

		expect(fake.requests).toHaveLength(4);
		expect(output).toHaveLength(5);
		expect(output.map((item) => Boolean(item.error))).toEqual([false, false, true, false, false]);
		expect(output[2].error?.message).toMatch(/\S/);
		expect(output[2].pairedItem).toEqual({ item: 2 });
	});

	it('without Continue On Fail, the node fails with the refused item named and sends nothing for it', async () => {
		fake.on('POST /v1/messages', () => ({ status: 202, body: { message_uuid: 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab' } }));
		const items = recipients(3);
		items[1] = { to: 'not a number' };

		const run = runMessages(
			fake,
			{ authentication: 'basic', operation: 'send', channel: 'sms', messageType: 'text', from: '447700900001', to: '={{ $json.to }}', text: 'Hi' },
			{ items },
		);

		await expect(run).rejects.toMatchObject({ context: expect.objectContaining({ itemIndex: 1 }) });
		expect(fake.requests.map((request) => (request.body as IDataObject).to)).not.toContain('not a number');
	});
});
