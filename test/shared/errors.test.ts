import { NodeApiError } from 'n8n-workflow';

import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { basicCredentials, jwtCredentials, TEST_API_SECRET, TEST_PRIVATE_KEY } from '../helpers/credentials';
import { FakeVonage } from '../helpers/fakeVonage';
import { runNode } from '../helpers/runNode';

const sms = { resource: 'message', operation: 'send', channel: 'sms', messageType: 'text', from: '447700900001', to: '447700900000', text: 'Hello' };

async function failureOf(run: Promise<unknown>): Promise<NodeApiError> {
	try {
		await run;
	} catch (error) {
		return error as NodeApiError;
	}
	throw new Error('expected the node to fail');
}

/** Everything about an error that n8n may show, store or log. */
function everythingIn(error: NodeApiError): string {
	return [error.message, error.description, JSON.stringify(error), JSON.stringify(error.context), String(error.stack)].join('\n');
}

function secretsIn(text: string, authorizationHeaders: string[]): string[] {
	const keyLines = TEST_PRIVATE_KEY.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
	const secrets = [TEST_API_SECRET, Buffer.from(`abcd1234:${TEST_API_SECRET}`).toString('base64'), ...keyLines, ...authorizationHeaders.map((header) => header.split(' ')[1])];
	return secrets.filter((secret) => secret && text.includes(secret));
}

describe('Vonage errors reach the user, secrets do not', () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());
	beforeEach(() => fake.reset());

	it("shows Vonage's title, detail, each invalid parameter and the trace id", async () => {
		fake.on('SendMessage', () => ({
			status: 422,
			body: {
				type: 'https://developer.vonage.com/api-errors/messages#1150',
				title: 'Invalid params',
				detail: 'The value of one or more parameters is invalid.',
				instance: 'bf0ca0bf927b3b52e3cb03217e1a1ddf',
				invalid_parameters: [
					{ name: 'to', reason: 'Invalid value' },
					{ name: 'text', reason: 'Too long' },
				],
			},
		}));
		const error = await failureOf(runNode({ nodeType: new VonageMessages(), parameters: { authentication: 'jwt', ...sms }, credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl) } }));
		expect(error).toBeInstanceOf(NodeApiError);
		expect(error.message).toBe('Vonage: Invalid params');
		expect(error.httpCode).toBe('422');
		expect(error.description).toContain('The value of one or more parameters is invalid.');
		expect(error.description).toContain('- to: Invalid value');
		expect(error.description).toContain('- text: Too long');
		expect(error.description).toContain('Vonage trace ID: bf0ca0bf927b3b52e3cb03217e1a1ddf');
		expect(error.description).toContain('https://developer.vonage.com/api-errors/messages#1150');
	});

	it.each([
		['jwt', /JWT API/, /sender .* not linked to this application/],
		['basic', /Basic Auth API/, /wrong API key or secret/],
	])('a 401 with %s names the credential used and the usual causes, without secrets', async (authentication, credentialName, cause) => {
		fake.on('SendMessage', () => ({ status: 401, body: { type: 'https://developer.vonage.com/api-errors#unauthorized', title: 'Unauthorized', detail: 'You did not provide correct credentials.' } }));
		const error = await failureOf(
			runNode({
				nodeType: new VonageMessages(),
				parameters: { authentication, ...sms },
				credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl), vonageMessagesBasicApi: basicCredentials(fake.baseUrl) },
			}),
		);
		expect(error.message).toMatch(/^Vonage: Unauthorized \(HTTP 401, using the .* credential\)$/);
		expect(error.message).toMatch(credentialName);
		expect(error.description).toMatch(cause);
		expect(secretsIn(everythingIn(error), fake.requests.map((request) => String(request.headers.authorization)))).toEqual([]);
	});

	it('a host that does not answer fails without leaking the secret', async () => {
		const closed = new FakeVonage();
		await closed.start();
		const baseUrl = closed.baseUrl;
		await closed.stop();
		const error = await failureOf(
			runNode({ nodeType: new VonageMessages(), parameters: { authentication: 'basic', ...sms }, credentials: { vonageMessagesBasicApi: basicCredentials(baseUrl) } }),
		);
		expect(error).toBeInstanceOf(NodeApiError);
		expect(secretsIn(everythingIn(error), [])).toEqual([]);
	});

	it('a bad private key fails with the credential error and sends nothing', async () => {
		const error = await failureOf(
			runNode({
				nodeType: new VonageMessages(),
				parameters: { authentication: 'jwt', ...sms },
				credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { privateKey: 'pasted-the-public-key-by-mistake' }) },
			}),
		);
		expect(everythingIn(error)).toMatch(/is not a PEM private key/);
		expect(everythingIn(error)).not.toContain('pasted-the-public-key-by-mistake');
		expect(fake.requests).toHaveLength(0);
	});
});

describe('a 404 without a body', () => {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());

	it('says what to check instead of a bare status code', async () => {
		fake.on('SendMessage', () => ({ status: 404 }));
		const error = await failureOf(runNode({ nodeType: new VonageMessages(), parameters: { authentication: 'jwt', ...sms }, credentials: { vonageMessagesJwtApi: jwtCredentials(fake.baseUrl) } }));
		expect(error.message).toBe('Vonage found nothing at this address (HTTP 404)');
		expect(error.description).toMatch(/Check the ID or number/);
	});
});
