import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { parseMessageReference } from '../../../nodes/VonageMessages/descriptions/message/update.operation';
import { allCredentials, jwtCredentials } from '../../helpers/credentials';
import { FakeVonage } from '../../helpers/fakeVonage';
import { runMessages } from '../../helpers/sendTestKit';
import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';

const UUID = 'aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab';
const OTHER_UUID = '11111111-2222-4333-8444-555555555555';

const fake = useFakeVonage();

function update(parameters: INodeParameters, credentials = allCredentials(fake.baseUrl), items?: IDataObject[]) {
	return runMessages(fake, { operation: 'update', ...parameters }, { credentials, items });
}

function expectOnePatch(path: string, body: IDataObject) {
	const request = theOnlyRequest(fake);
	expect(request).toMatchObject({ method: 'PATCH', path, operationId: 'UpdateMessage', authScheme: 'bearer' });
	expect(request.body).toEqual(body);
}

describe('Update a message', () => {
	it('marks a WhatsApp message as read by its UUID', async () => {
		const { items } = await update({ channel: 'whatsapp', messageUuid: UUID, status: 'read' });
		expectOnePatch(`/v1/messages/${UUID}`, { status: 'read' });
		expect(items.map((item) => item.json)).toEqual([{ message_uuid: UUID, channel: 'whatsapp', status: 'read', updated: true }]);
	});

	it('marks a WhatsApp message as read and shows the typing indicator', async () => {
		await update({ channel: 'whatsapp', messageUuid: UUID, status: 'read', showTypingIndicator: true });
		expectOnePatch(`/v1/messages/${UUID}`, { status: 'read', replying_indicator: { show: true, type: 'text' } });
	});

	it('marks an RCS message as read', async () => {
		const { items } = await update({ channel: 'rcs', messageUuid: UUID, status: 'read' });
		expectOnePatch(`/v1/messages/${UUID}`, { status: 'read' });
		expect(items[0].json).toEqual({ message_uuid: UUID, channel: 'rcs', status: 'read', updated: true });
	});

	it('revokes an RCS message', async () => {
		const { items } = await update({ channel: 'rcs', messageUuid: UUID.toUpperCase(), status: 'revoked' });
		expectOnePatch(`/v1/messages/${UUID}`, { status: 'revoked' });
		expect(items[0].json).toEqual({ message_uuid: UUID, channel: 'rcs', status: 'revoked', updated: true });
	});

	it("sends to the inbound event's _self.href as it is, not to the credential's base URL", async () => {
		// The credential's base URL has a path the href lacks: a request built on the base URL would go to /gateway/v1/messages/...
		const credentials = { vonageMessagesJwtApi: jwtCredentials(`${fake.baseUrl}/gateway`) };
		const { items } = await update(
			{ channel: 'whatsapp', messageUuid: '={{ $json._self.href }}', status: 'read' },
			{ ...allCredentials(fake.baseUrl), ...credentials },
			[{ message_uuid: UUID, _self: { href: `${fake.baseUrl}/v1/messages/${UUID}` } }],
		);
		expectOnePatch(`/v1/messages/${UUID}`, { status: 'read' });
		expect(items[0].json).toEqual({ message_uuid: UUID, channel: 'whatsapp', status: 'read', updated: true });
	});

	it('updates each item, each with its own message', async () => {
		const { items } = await update({ channel: 'rcs', messageUuid: '={{ $json.uuid }}', status: 'read' }, allCredentials(fake.baseUrl), [
			{ uuid: UUID },
			{ uuid: OTHER_UUID },
		]);
		expect(fake.violations).toEqual([]);
		expect(fake.requests.map((request) => request.path).sort()).toEqual([`/v1/messages/${OTHER_UUID}`, `/v1/messages/${UUID}`].sort());
		expect(items.map((item) => item.json.message_uuid)).toEqual([UUID, OTHER_UUID]);
	});

	it("shows Vonage's error when it refuses the update", async () => {
		fake.on('UpdateMessage', () => ({
			status: 422,
			body: { title: 'Invalid params', detail: 'The message cannot be revoked: it was already delivered.', instance: 'bf0ca0bf' },
		}));
		await expect(update({ channel: 'rcs', messageUuid: UUID, status: 'revoked' })).rejects.toThrow('Vonage: Invalid params');
		expect(fake.requests).toHaveLength(1);
	});
});

describe('Update refuses before sending', () => {
	it('with the Basic credential, naming the credential it needs', async () => {
		const error: unknown = await update({ authentication: 'basic', channel: 'whatsapp', messageUuid: UUID, status: 'read' }).then(
			() => undefined,
			(failure: unknown) => failure,
		);
		expect(error).toMatchObject({
			message: 'Update a message needs the JWT credential',
			description: expect.stringContaining('Vonage Messages JWT API (application ID and private key)'),
		});
		expect(fake.requests).toHaveLength(0);
	});

	it('to revoke a WhatsApp message', async () => {
		await expect(update({ channel: 'whatsapp', messageUuid: UUID, status: 'revoked' })).rejects.toThrow(
			'Revoke works only for RCS messages, not for WhatsApp (item 0)',
		);
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		['a channel Vonage cannot update', 'sms', 'Channel "sms" cannot be updated (item 0)', 'Only WhatsApp and RCS messages can be updated'],
		['a channel given by an expression', "={{ 'rcs' }}", `Channel "{{ 'rcs' }}" is not a valid choice (item 0)`, 'Channel cannot be an expression'],
	])('for %s', async (_name, channel, message, fix) => {
		const refusal = update({ channel, messageUuid: UUID, status: 'read' });
		await expect(refusal).rejects.toThrow(message);
		await expect(refusal).rejects.toMatchObject({ description: expect.stringContaining(fix) as unknown });
		expect(fake.requests).toHaveLength(0);
	});

	it.each([
		['an empty message', '', 'Message UUID or URL is required (item 0)'],
		['text that is no UUID', 'hello', 'Message UUID or URL "hello" is neither a message UUID nor a URL (item 0)'],
		['a UUID that is too short', 'aaaaaaaa-bbbb-4ccc-8ddd-0123', 'is neither a message UUID nor a URL'],
		['a URL that names no message', 'https://api-eu.nexmo.com/v1/messages', 'is not the URL of a message (item 0)'],
		['a URL with a bad UUID', 'https://api-eu.nexmo.com/v1/messages/not-a-uuid', 'is not the URL of a message'],
		['a URL on another host', `https://evil.example.com/v1/messages/${UUID}`, 'is not on a Vonage host (item 0)'],
	])('for %s', async (_name, messageUuid, message) => {
		await expect(update({ channel: 'rcs', messageUuid, status: 'read' })).rejects.toThrow(message);
		expect(fake.requests).toHaveLength(0);
	});

	it('for a URL on another local server than the credential points at', async () => {
		const other = await new FakeVonage().start();
		try {
			await expect(update({ channel: 'rcs', messageUuid: `${other.baseUrl}/v1/messages/${UUID}`, status: 'read' })).rejects.toThrow(
				'is not on a Vonage host',
			);
			expect(other.requests).toHaveLength(0);
			expect(fake.requests).toHaveLength(0);
		} finally {
			await other.stop();
		}
	});
});

describe('parseMessageReference', () => {
	const global = { host: 'global' as const };

	it.each([
		[`https://api-eu.nexmo.com/v1/messages/${UUID}`, `https://api-eu.nexmo.com/v1/messages/${UUID}`],
		[`https://api-us.nexmo.com/v1/messages/${UUID}/`, `https://api-us.nexmo.com/v1/messages/${UUID}`],
		[`https://API-AP.NEXMO.COM/v1/messages/${UUID.toUpperCase()}?x=1#y`, `https://api-ap.nexmo.com/v1/messages/${UUID.toUpperCase()}`],
		[`https://api.vonage.com/v1/messages/${UUID}`, `https://api.vonage.com/v1/messages/${UUID}`],
	])('accepts the Vonage URL %s', (href, url) => {
		expect(parseMessageReference(href, global)).toEqual({ uuid: UUID, url });
	});

	it('sends a bare UUID to the credential host', () => {
		expect(parseMessageReference(` ${UUID} `, global)).toEqual({ uuid: UUID, url: `/v1/messages/${UUID}` });
	});

	it.each([
		`http://api-eu.nexmo.com/v1/messages/${UUID}`,
		`https://api-eu.nexmo.com:8443/v1/messages/${UUID}`,
		`https://api-eu.nexmo.com.example.com/v1/messages/${UUID}`,
		`https://evilnexmo.com/v1/messages/${UUID}`,
		`http://127.0.0.1:3000/v1/messages/${UUID}`,
	])('refuses %s with a Vonage host credential', (href) => {
		expect(parseMessageReference(href, global)).toMatchObject({ problem: 'is not on a Vonage host' });
	});

	it("accepts the custom base URL's own origin, and only for a custom credential", () => {
		const href = `http://127.0.0.1:3000/v1/messages/${UUID}`;
		expect(parseMessageReference(href, { host: 'custom', customBaseUrl: 'http://127.0.0.1:3000/' })).toEqual({ uuid: UUID, url: href });
		expect(parseMessageReference(href, { host: 'custom', customBaseUrl: 'http://127.0.0.1:3001' })).toMatchObject({ problem: 'is not on a Vonage host' });
		expect(parseMessageReference(href, { host: 'eu', customBaseUrl: 'http://127.0.0.1:3000' })).toMatchObject({ problem: 'is not on a Vonage host' });
	});

	it('follows a Vonage regional link through a custom base URL, so a proxy is never bypassed', () => {
		expect(parseMessageReference(`https://api-eu.nexmo.com/v1/messages/${UUID}`, { host: 'custom', customBaseUrl: 'https://proxy.example.com/vonage/' })).toEqual({
			uuid: UUID,
			url: `https://proxy.example.com/vonage/v1/messages/${UUID}`,
		});
	});
});
