import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { verifySignedWebhook } from '../../../nodes/VonageMessagesTrigger/signature';
import { MAX_REMEMBERED_EVENTS } from '../../../nodes/VonageMessagesTrigger/deduplication';
import { DEFAULT_OPTIONS, triggerProperties } from '../../../nodes/VonageMessagesTrigger/description';
import { basicCredentials, jwtCredentials, TEST_SIGNATURE_SECRET } from '../../helpers/credentials';
import {
	BUSINESS_EMAIL,
	BUSINESS_NUMBER,
	emailStatus,
	rcsSuggestionReply,
	signVonageWebhook,
	smsDelivered,
	smsText,
	uuid,
	whatsappImageWithCaption,
	whatsappRejected,
	whatsappText,
} from './payloads';
import { TriggerHarness, type WebhookOutcome } from './triggerHarness';


function trigger(parameters: INodeParameters = {}, credentials: ICredentialDataDecryptedObject = {}, staticData?: IDataObject): TriggerHarness {
	return new TriggerHarness({
		parameters: { registerWebhooks: false, ...parameters },
		credentials: { vonageMessagesJwtApi: jwtCredentials('http://127.0.0.1:9', { signatureSecret: '', ...credentials }) },
		staticData,
	});
}

function executed(outcome: WebhookOutcome): IDataObject[] {
	return (outcome.result.workflowData?.[0] ?? []).map((item) => item.json);
}

function expectRefused(outcome: WebhookOutcome, statusCode: number, reason: RegExp): void {
	expect(outcome.result.workflowData).toBeUndefined();
	expect(outcome.result.noWebhookResponse).toBe(true);
	expect(outcome.response.statusCode).toBe(statusCode);
	expect(outcome.response.body).toEqual({ error: statusCode === 401 ? 'Unauthorized' : 'Bad Request', reason: expect.stringMatching(reason) });
	const warnings = outcome.logs.filter((line) => line.level === 'warn');
	expect(warnings).toHaveLength(1);
	expect(warnings[0].message).toMatch(reason);
	expect(warnings[0].message).toContain(`HTTP ${statusCode}`);
}

function expectAcknowledgedWithoutExecution(outcome: WebhookOutcome, ignored: RegExp): void {
	expect(outcome.result.workflowData).toBeUndefined();
	expect(outcome.response.statusCode).toBeUndefined();
	expect(outcome.result.webhookResponse).toEqual({ received: true, ignored: expect.stringMatching(ignored) });
	expect(outcome.logs).toEqual([expect.objectContaining({ level: 'debug', message: expect.stringMatching(ignored) })]);
}

describe('signature verification', () => {
	const signed = () => trigger({}, { signatureSecret: TEST_SIGNATURE_SECRET });

	it('accepts a token Vonage made (signed by an independent JWT library) and refuses it once it is too old', () => {
		// Made with jsonwebtoken 9 from the body below and the test signature secret, iat 1738584865.
		const rawBody =
			'{"channel":"sms","message_uuid":"aaaaaaaa-bbbb-4ccc-8ddd-0123456789ab","to":"447700900000","from":"447700900001","timestamp":"2025-02-03T12:14:25Z","text":"Hello From Vonage!","message_type":"text"}';
		const independentlySigned =
			'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpYXQiOjE3Mzg1ODQ4NjUsImp0aSI6ImMwYjVlN2M0LTZmMGUtNGE1ZC05ZDhlLTJiMWYwYzNlNGExMSIsImlzcyI6IlZvbmFnZSIsInBheWxvYWRfaGFzaCI6ImNjM2ViNmQ3YTQyNWRlMzI0NDhjMGRmZGViNmZlZmI4YmRlZWE0N2NjNDAzYjE0ZGNmNTQzMjU1MzRiNzNkOGIiLCJhcGlfa2V5IjoiYWJjZDEyMzQiLCJhcHBsaWNhdGlvbl9pZCI6ImFhYWFhYWFhLWJiYmItNGNjYy04ZGRkLTAxMjM0NTY3ODlhYiJ9.w7GDh2cnEbn2awMiNWj9mMplqKWphgRejFDZsOFmraU';
		const input = { authorization: `Bearer ${independentlySigned}`, rawBody: Buffer.from(rawBody), secret: TEST_SIGNATURE_SECRET, toleranceSeconds: 300 };
		expect(verifySignedWebhook({ ...input, nowSeconds: 1738584865 + 30 })).toMatchObject({ valid: true, claims: { iss: 'Vonage', api_key: 'abcd1234' } });
		expect(verifySignedWebhook({ ...input, nowSeconds: 1738584865 + 301 })).toMatchObject({ valid: false, reason: expect.stringMatching(/301 seconds ago/) });
		expect(verifySignedWebhook({ ...input, secret: 'another-secret', nowSeconds: 1738584865 })).toMatchObject({ valid: false });
		expect(verifySignedWebhook({ ...input, rawBody: Buffer.from(rawBody.replace('Hello', 'Hallo')), nowSeconds: 1738584865 })).toMatchObject({
			valid: false,
			reason: expect.stringMatching(/payload_hash/),
		});
	});

	it('starts the workflow for a correctly signed request and says so in signatureVerified', async () => {
		const rawBody = JSON.stringify(whatsappText());
		const outcome = await signed().call({ rawBody, headers: { Authorization: `Bearer ${signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET })}` } });
		expect(executed(outcome)).toEqual([expect.objectContaining({ eventType: 'inboundMessage', signatureVerified: true })]);
		expect(outcome.logs).toEqual([]);
	});

	it('refuses a token signed with another secret, and logs why without the secret or the token', async () => {
		const rawBody = JSON.stringify(whatsappText());
		const token = signVonageWebhook(rawBody, { secret: 'not-the-account-secret' });
		const outcome = await signed().call({ rawBody, headers: { Authorization: `Bearer ${token}` } });
		expectRefused(outcome, 401, /signature does not match/);
		const everythingLogged = JSON.stringify(outcome.logs) + JSON.stringify(outcome.response.body);
		expect(everythingLogged).not.toContain(TEST_SIGNATURE_SECRET);
		expect(everythingLogged).not.toContain(token.split('.')[2]);
	});

	it('refuses a valid token that belongs to another body (wrong payload_hash)', async () => {
		const rawBody = JSON.stringify(whatsappText());
		const token = signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET, payloadHashOf: JSON.stringify(whatsappText({ text: 'other' })) });
		expectRefused(await signed().call({ rawBody, headers: { Authorization: `Bearer ${token}` } }), 401, /payload_hash .* does not match/);
	});

	it('refuses a body changed after signing', async () => {
		const original = JSON.stringify(whatsappText());
		const token = signVonageWebhook(original, { secret: TEST_SIGNATURE_SECRET });
		const changed = original.replace('Where is my order?', 'Refund me twice');
		expectRefused(await signed().call({ rawBody: changed, headers: { Authorization: `Bearer ${token}` } }), 401, /payload_hash/);
	});

	it('refuses a token without payload_hash', async () => {
		const rawBody = JSON.stringify(whatsappText());
		const token = signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET, omitPayloadHash: true });
		expectRefused(await signed().call({ rawBody, headers: { Authorization: `Bearer ${token}` } }), 401, /no payload_hash/);
	});

	it('refuses a stale token, and accepts it when the tolerance option allows its age', async () => {
		const rawBody = JSON.stringify(whatsappText());
		const iat = Math.floor(Date.now() / 1000) - 6 * 60;
		const headers = { Authorization: `Bearer ${signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET, iat })}` };
		expectRefused(await signed().call({ rawBody, headers }), 401, /issued 3[67]\d seconds ago, more than the allowed 300 seconds/);
		const tolerant = trigger({ options: { signatureToleranceMinutes: 10 } }, { signatureSecret: TEST_SIGNATURE_SECRET });
		expect(executed(await tolerant.call({ rawBody, headers }))).toHaveLength(1);
	});

	it('refuses a token issued in the future beyond the tolerance', async () => {
		const rawBody = JSON.stringify(whatsappText());
		const iat = Math.floor(Date.now() / 1000) + 10 * 60;
		const headers = { Authorization: `Bearer ${signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET, iat })}` };
		expectRefused(await signed().call({ rawBody, headers }), 401, /in the future/);
	});

	it('refuses a request without Authorization header, a non-Bearer header and an unsigned "none" token', async () => {
		const rawBody = JSON.stringify(whatsappText());
		expectRefused(await signed().call({ rawBody }), 401, /no Authorization header/);
		expectRefused(await signed().call({ rawBody, headers: { Authorization: 'Basic YWJjOmRlZg==' } }), 401, /not a Bearer token/);
		const unsigned = signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET, alg: 'none' }).split('.').slice(0, 2).join('.') + '.';
		expectRefused(await signed().call({ rawBody, headers: { Authorization: `Bearer ${unsigned}` } }), 401, /signed with "none"/);
	});

	it('refuses every request when Require Signature is on and the credential has no secret', async () => {
		const strict = trigger({ options: { requireSignature: true } });
		const rawBody = JSON.stringify(whatsappText());
		const outcome = await strict.call({ rawBody, headers: { Authorization: `Bearer ${signVonageWebhook(rawBody, { secret: 'anything' })}` } });
		expectRefused(outcome, 401, /"Require Signature" is on but the credential has no Signature Secret/);
	});

	it('accepts unsigned requests when there is no secret and no signature is required', async () => {
		expect(executed(await trigger().call({ rawBody: JSON.stringify(whatsappText()) }))).toEqual([
			expect.objectContaining({ signatureVerified: false }),
		]);
	});

	it('checks the signature before reading the body, so unsigned garbage gets 401, not 400', async () => {
		expectRefused(await signed().call({ rawBody: 'not json', headers: { 'content-type': 'text/plain' } }), 401, /no Authorization header/);
	});

	it('uses the secret of the Basic credential too', async () => {
		const basic = new TriggerHarness({
			parameters: { authentication: 'basic', registerWebhooks: false },
			credentials: { vonageMessagesBasicApi: basicCredentials('http://127.0.0.1:9') },
		});
		const rawBody = JSON.stringify(smsText());
		expect(executed(await basic.call({ rawBody, headers: { Authorization: `Bearer ${signVonageWebhook(rawBody, { secret: TEST_SIGNATURE_SECRET })}` } }))).toHaveLength(1);
		expectRefused(await basic.call({ rawBody }), 401, /no Authorization header/);
	});
});

describe('bad bodies', () => {
	it.each([
		['not JSON', 'hello', { 'content-type': 'text/plain' }, /the body is not JSON/],
		['empty', '', {}, /the body is empty/],
		['a JSON array', '[{"message_uuid":"x"}]', {}, /a JSON array, not a JSON object/],
		['a JSON string', '"hello"', {}, /a JSON string, not a JSON object/],
		['null', 'null', {}, /null, not a JSON object/],
		['an object without message_uuid', '{"hello":"world"}', {}, /no "message_uuid"/],
		['an object that is no Vonage event', '{"message_uuid":"abc","foo":1}', {}, /neither "channel"/],
		['a v1 body that is neither message nor status', '{"message_uuid":"abc","channel":"sms"}', {}, /neither "message_type" or "text"/],
		['a v0.1 body without content or status', '{"message_uuid":"abc","to":{"type":"sms","number":"1"}}', {}, /neither "message.content"/],
	])('answers 400 for a body that is %s, starts nothing and logs the reason', async (_label, rawBody, headers, reason) => {
		expectRefused(await trigger().call({ rawBody, headers }), 400, reason);
	});
});

describe('filters', () => {
	const both = ['inboundMessage', 'messageStatus'];

	it('by default starts on inbound messages only and acknowledges status events', async () => {
		const harness = trigger();
		expect(executed(await harness.call({ rawBody: JSON.stringify(smsText()) }))).toHaveLength(1);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(smsDelivered()) }), /messageStatus events are not selected/);
	});

	it('starts on status events only when asked', async () => {
		const harness = trigger({ events: ['messageStatus'] });
		expect(executed(await harness.call({ rawBody: JSON.stringify(smsDelivered()) }))).toEqual([expect.objectContaining({ status: 'delivered' })]);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(smsText()) }), /inboundMessage events are not selected/);
	});

	it('keeps only the selected channels', async () => {
		const harness = trigger({ events: both, filters: { channels: ['whatsapp', 'viber_service'] } });
		expect(executed(await harness.call({ rawBody: JSON.stringify(whatsappText()) }))).toHaveLength(1);
		expect(executed(await harness.call({ rawBody: JSON.stringify(whatsappRejected()) }))).toHaveLength(1);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(smsText()) }), /channel sms is not selected/);
		const legacyViber = { message_uuid: uuid(), to: { type: 'viber_service_msg', id: '1' }, from: { type: 'viber_service_msg', number: '2' }, message: { content: { type: 'text', text: 'hi' } } };
		expect(executed(await harness.call({ rawBody: JSON.stringify(legacyViber) }))).toEqual([expect.objectContaining({ channel: 'viber_service' })]);
	});

	it('keeps only email status events when Email is the selected channel', async () => {
		const harness = trigger({ events: both, filters: { channels: ['email'] } });
		expect(executed(await harness.call({ rawBody: JSON.stringify(emailStatus('delivered')) }))).toEqual([
			expect.objectContaining({ eventType: 'messageStatus', channel: 'email', status: 'delivered' }),
		]);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(smsDelivered()) }), /channel sms is not selected/);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(whatsappText()) }), /channel whatsapp is not selected/);
	});

	it('matches the sender address of an email status in any case, and only that address', async () => {
		const harness = trigger({ events: both, filters: { businessNumbers: ' Orders@Shop.Example.com , 447700900000' } });
		expect(executed(await harness.call({ rawBody: JSON.stringify(emailStatus('read')) }))).toEqual([expect.objectContaining({ from: BUSINESS_EMAIL })]);
		// Dots and "+" are part of an address: o.rders@... is another mailbox, not the same one typed differently.
		expectAcknowledgedWithoutExecution(
			await harness.call({ rawBody: JSON.stringify(emailStatus('read', { from: 'o.rders@shop.example.com' })) }),
			/o\.rders@shop\.example\.com is not selected/,
		);
	});

	it('keeps only the selected message types, and does not apply them to status events', async () => {
		const harness = trigger({ events: both, filters: { messageTypes: ['image', 'reply'] } });
		expect(executed(await harness.call({ rawBody: JSON.stringify(whatsappImageWithCaption()) }))).toHaveLength(1);
		expect(executed(await harness.call({ rawBody: JSON.stringify(rcsSuggestionReply()) }))).toHaveLength(1);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(whatsappText()) }), /message type text is not selected/);
		expect(executed(await harness.call({ rawBody: JSON.stringify(smsDelivered()) }))).toHaveLength(1);
	});

	it('keeps only the selected statuses, and does not apply them to inbound messages', async () => {
		const harness = trigger({ events: both, filters: { statuses: ['rejected', 'undeliverable'] } });
		expect(executed(await harness.call({ rawBody: JSON.stringify(whatsappRejected()) }))).toHaveLength(1);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: JSON.stringify(smsDelivered()) }), /status delivered is not selected/);
		expect(executed(await harness.call({ rawBody: JSON.stringify(smsText()) }))).toHaveLength(1);
	});

	it('keeps only events of the given business numbers or sender IDs, however they are typed', async () => {
		const harness = trigger({ events: both, filters: { businessNumbers: '+44 7700 900000, mybrandagent' } });
		expect(executed(await harness.call({ rawBody: JSON.stringify(whatsappText()) }))).toEqual([expect.objectContaining({ to: BUSINESS_NUMBER })]);
		expect(executed(await harness.call({ rawBody: JSON.stringify(rcsSuggestionReply()) }))).toEqual([expect.objectContaining({ to: 'MyBrandAgent' })]);
		// For a status event the business is the sender.
		expect(executed(await harness.call({ rawBody: JSON.stringify(smsDelivered()) }))).toEqual([expect.objectContaining({ from: BUSINESS_NUMBER })]);
		expectAcknowledgedWithoutExecution(
			await harness.call({ rawBody: JSON.stringify(smsText({ to: '14155550100' })) }),
			/business number or sender ID 14155550100 is not selected/,
		);
		expectAcknowledgedWithoutExecution(
			await harness.call({ rawBody: JSON.stringify(smsDelivered(undefined, { from: 'OtherBrand' })) }),
			/OtherBrand is not selected/,
		);
		const zeroZero = trigger({ filters: { businessNumbers: '00447700900000' } });
		expect(executed(await zeroZero.call({ rawBody: JSON.stringify(smsText()) }))).toHaveLength(1);
	});
});

describe('duplicates', () => {
	afterEach(() => jest.restoreAllMocks());

	it('starts one execution for an inbound message delivered twice, and acknowledges the second', async () => {
		const harness = trigger();
		const rawBody = JSON.stringify(whatsappText());
		expect(executed(await harness.call({ rawBody }))).toHaveLength(1);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody }), /duplicate/);
	});

	it('treats the same status of the same message as a duplicate, but a new status as new', async () => {
		const harness = trigger({ events: ['messageStatus'] });
		const messageUuid = uuid();
		const delivered = JSON.stringify(smsDelivered(messageUuid));
		expect(executed(await harness.call({ rawBody: delivered }))).toHaveLength(1);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody: delivered }), /duplicate/);
		const read = JSON.stringify(smsDelivered(messageUuid, { status: 'read', timestamp: '2025-02-03T12:20:00Z' }));
		expect(executed(await harness.call({ rawBody: read }))).toHaveLength(1);
	});

	it('remembers events in the workflow static data, so a restarted n8n still recognizes them', async () => {
		const first = trigger();
		const rawBody = JSON.stringify(whatsappText());
		expect(executed(await first.call({ rawBody }))).toHaveLength(1);
		// A new Workflow object with a copy of the saved static data: what n8n loads for the next request.
		const saved = JSON.parse(JSON.stringify(first.workflow.staticData)) as IDataObject;
		const afterRestart = trigger({}, {}, saved);
		expectAcknowledgedWithoutExecution(await afterRestart.call({ rawBody }), /duplicate/);
		expect(JSON.stringify(saved)).not.toContain('Where is my order?');
	});

	it('starts one execution when the same event arrives twice at the same moment', async () => {
		const harness = trigger();
		const rawBody = JSON.stringify(whatsappText());
		const outcomes = await Promise.all([harness.call({ rawBody }), harness.call({ rawBody })]);
		expect(outcomes.map((outcome) => executed(outcome).length).sort()).toEqual([0, 1]);
	});

	it('answers Vonage itself with the memory already changed, so n8n saves it before preparing the execution', async () => {
		// n8n saves static data when the request is answered; building the execution resets the change flag.
		const harness = trigger();
		for (const body of [whatsappText(), smsText()]) {
			const outcome = await harness.call({ rawBody: JSON.stringify(body) });
			expect(outcome.response).toEqual({ statusCode: 200, body: { received: true }, ended: true });
			expect(outcome.result).toMatchObject({ noWebhookResponse: true, workflowData: [[expect.anything()]] });
			expect((harness.workflow.staticData as IDataObject).__dataChanged).toBe(true);
			(harness.workflow.staticData as IDataObject).__dataChanged = false;
		}
	});

	it('forgets events after the window', async () => {
		const now = Date.now();
		const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
		const harness = trigger({ options: { duplicateWindowMinutes: 2 } });
		const rawBody = JSON.stringify(whatsappText());
		expect(executed(await harness.call({ rawBody }))).toHaveLength(1);
		clock.mockReturnValue(now + 119_000);
		expectAcknowledgedWithoutExecution(await harness.call({ rawBody }), /duplicate/);
		clock.mockReturnValue(now + 121_000);
		expect(executed(await harness.call({ rawBody }))).toHaveLength(1);
	});

	it('starts every delivery when Ignore Duplicates is off', async () => {
		const harness = trigger({ options: { ignoreDuplicates: false } });
		const rawBody = JSON.stringify(whatsappText());
		expect(executed(await harness.call({ rawBody }))).toHaveLength(1);
		expect(executed(await harness.call({ rawBody }))).toHaveLength(1);
	});

	it('keeps a bounded memory: the oldest events are forgotten first', async () => {
		const harness = trigger();
		const first = JSON.stringify(smsText());
		await harness.call({ rawBody: first });
		for (let index = 0; index < MAX_REMEMBERED_EVENTS; index++) {
			await harness.call({ rawBody: JSON.stringify(smsText()) });
		}
		const remembered = harness.nodeStaticData.recentEvents as unknown[];
		expect(remembered).toHaveLength(MAX_REMEMBERED_EVENTS);
		expect(JSON.stringify(harness.workflow.staticData).length).toBeLessThan(80_000);
		expect(executed(await harness.call({ rawBody: first }))).toHaveLength(1);
	});
});

describe('node description', () => {
	it('documents the same option defaults the code uses', () => {
		const options = triggerProperties.find((property) => property.name === 'options')?.options as Array<{ name: string; default: unknown }>;
		const documented = Object.fromEntries(options.map((option) => [option.name, option.default]));
		expect(documented).toEqual(DEFAULT_OPTIONS);
	});

	it('is a trigger that is not usable as a tool and answers with its own response', () => {
		const { description } = new TriggerHarness({ credentials: { vonageMessagesJwtApi: jwtCredentials('http://127.0.0.1:9') } }).nodeType;
		expect(description.group).toEqual(['trigger']);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.inputs).toEqual([]);
		expect(description.webhooks).toEqual([expect.objectContaining({ httpMethod: 'POST', responseMode: 'onReceived', responseData: '' })]);
	});
});

