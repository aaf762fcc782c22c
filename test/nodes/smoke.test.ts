import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from '../helpers/credentials';
import { FakeVonage } from '../helpers/fakeVonage';
import { runNode } from '../helpers/runNode';

describe('smoke', () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());

	it('sends an SMS', async () => {
		const result = await runNode({
			nodeType: new VonageMessages(),
			parameters: { authentication: 'jwt', resource: 'message', operation: 'send', channel: 'sms', messageType: 'text', from: '447700900001', to: '+44 7700 900000', text: 'hi' },
			credentials: allCredentials(fake.baseUrl),
		});
		console.log(JSON.stringify(result.items), fake.requests.map((r) => [r.rawBody, r.headers.authorization, r.violations]));
	});
});
