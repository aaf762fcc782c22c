import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials, basicCredentials, jwtCredentials, TEST_API_KEY, TEST_API_SECRET } from '../../helpers/credentials';
import { byId } from '../../helpers/resourceLocator';
import { runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { APPLICATION_ID, BRAND_ID, agent, agentId } from './rcs.fixtures';

const AGENT_ID = agentId(7);

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	async function run(parameters: INodeParameters, credentials: Record<string, ICredentialDataDecryptedObject> = allCredentials(fake.baseUrl)) {
		return await runNode({ nodeType: new VonageChannelManager(), parameters, credentials });
	}

	describe('auth kind per operation', () => {
		it('a Basic-only operation with a JWT credential without API key names the credential it needs and sends nothing', async () => {
			const failure = run(
				{ authentication: 'jwt', resource: 'rcsAgent', operation: 'get', agentId: byId(AGENT_ID) },
				{ vonageMessagesJwtApi: jwtCredentials(fake.baseUrl) },
			);
			await expect(failure).rejects.toMatchObject({
				message: 'Get RCS Agent needs your API key and secret',
				description: expect.stringContaining('Vonage Messages Basic Auth API (API key and secret)') as unknown,
			});
			expect(fake.requests).toHaveLength(0);
		});

		it.each([
			['checkManyDevices', { phoneNumbers: '447900000000' }, 'Check Many Devices needs the JWT credential'],
			['checkDeviceDeprecated', { phoneNumber: '447900000000' }, 'Check Device (Deprecated) needs the JWT credential'],
		])('the JWT-only %s with the Basic credential is refused before sending', async (operation, fields, message) => {
			const failure = run(
				{ authentication: 'basic', resource: 'rcsCapability', operation, senderId: byId('VonageAgent'), ...fields },
				{ vonageMessagesBasicApi: basicCredentials(fake.baseUrl) },
			);
			await expect(failure).rejects.toMatchObject({
				message,
				description: expect.stringContaining('Vonage Messages JWT API (application ID and private key)') as unknown,
			});
			expect(fake.requests).toHaveLength(0);
		});

		it('a JWT credential holding the API key and secret sends Basic for a Basic-only operation', async () => {
			const { items } = await run(
				{ authentication: 'jwt', resource: 'rcsBrand', operation: 'delete', brandId: byId(BRAND_ID) },
				{ vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }) },
			);
			expect(fake.violations).toEqual([]);
			expect(fake.requests.map((request) => [request.operationId, request.authScheme])).toEqual([['deleteRcsBrand', 'basic']]);
			expect(fake.requests[0].headers).not.toHaveProperty('x-n8n-vonage-auth-scheme');
			expect(items.map((item) => item.json)).toEqual([{ deleted: true }]);
		});

		it('the same credential still sends its JWT where Vonage takes either', async () => {
			await run(
				{ authentication: 'jwt', resource: 'rcsCapability', operation: 'checkDevice', senderId: byId('VonageAgent'), phoneNumber: '447900000000', country: 'GB' },
				{ vonageMessagesJwtApi: jwtCredentials(fake.baseUrl, { apiKey: TEST_API_KEY, apiSecret: TEST_API_SECRET }) },
			);
			expect(fake.requests.map((request) => request.authScheme)).toEqual(['bearer']);
		});
	});

	describe('Vonage errors', () => {
		it("show Vonage's title and detail", async () => {
			fake.on('getRcsAgent', () => ({ status: 404, body: { title: 'Not Found', detail: `Agent ${AGENT_ID} does not exist` } }));
			await expect(run({ authentication: 'basic', resource: 'rcsAgent', operation: 'get', agentId: byId(AGENT_ID) })).rejects.toMatchObject({
				message: 'Vonage: Not Found',
				description: expect.stringContaining(`Agent ${AGENT_ID} does not exist`) as unknown,
			});
		});
	});

	describe('invalid input', () => {
		const validAgent: INodeParameters = {
			brandId: byId(BRAND_ID),
			displayName: 'Example Co',
			agentSenderId: 'ExampleCo-RCSAgent-1',
			applicationId: APPLICATION_ID,
			brandColor: '#8860CD',
			contactEmail: 'support@example.com',
			contactPhone: '447700900000',
			tagline: 'Hello',
			websiteUrl: 'https://www.example.com',
		};

		it('an Update the current agent cannot complete is refused after reading the agent, and nothing is changed', async () => {
			const current = agent(7);
			const visualDesignWithoutWebsite: IDataObject = { ...(current.visual_design as IDataObject) };
			delete visualDesignWithoutWebsite.website;
			fake.on('getRcsAgent', () => ({ status: 200, body: { ...current, visual_design: visualDesignWithoutWebsite } }));
			await expect(
				run({ authentication: 'basic', resource: 'rcsAgent', operation: 'update', agentId: byId(AGENT_ID), updateFields: { websiteLabel: 'Shop' } }),
			).rejects.toThrow(/Update RCS Agent is missing Website URL/);
			expect(fake.requests.map((request) => request.method)).toEqual(['GET']);
		});

		it.each<[string, INodeParameters, RegExp]>([
			['a phone number that is not E.164', { resource: 'rcsCapability', operation: 'checkDevice', senderId: byId('A'), phoneNumber: '0790-CALL-ME', country: 'GB' }, /Phone Number "0790-CALL-ME" is not a phone number/],
			['a country that is not a two-letter code', { resource: 'rcsCapability', operation: 'checkDevice', senderId: byId('A'), phoneNumber: '447900000000', country: 'Britain' }, /Country "BRITAIN" is not a two-letter country code/],
			['no phone numbers for the bulk check', { authentication: 'jwt', resource: 'rcsCapability', operation: 'checkManyDevices', senderId: byId('A'), phoneNumbers: ' , ' }, /Phone Numbers is required/],
			['an empty sender ID', { resource: 'rcsOptOut', operation: 'get', senderId: byId('  ') }, /Agent Sender ID is required/],
			['an opt-out action without keywords', { resource: 'rcsOptOut', operation: 'update', senderId: byId('A'), actions: { action: [{ type: 'STOP', keywords: ' ', autoReply: 'Bye' }] } }, /Action 1 Keywords is required/],
			['opt-out JSON that is not a list of actions', { resource: 'rcsOptOut', operation: 'update', senderId: byId('A'), actionsInput: 'json', actionsJson: '{"stop": true}' }, /Actions \(JSON\) .* is not a JSON array of actions/],
			['an opt-out action of an unknown type', { resource: 'rcsOptOut', operation: 'update', senderId: byId('A'), actionsInput: 'json', actionsJson: '[{"action": "PAUSE", "keywords": ["P"], "auto-reply": "x"}]' }, /Action 1 Type "PAUSE" is not an opt-out action/],
			['a brand name over 100 characters', { resource: 'rcsBrand', operation: 'create', displayName: 'x'.repeat(101) }, /Display Name is 101 characters long; the limit is 100/],
			['an empty brand', { resource: 'rcsBrand', operation: 'delete', brandId: byId('') }, /Brand is required/],
			['an empty agent', { resource: 'rcsAgent', operation: 'get', agentId: byId('') }, /Agent is required/],
			['an agent colour that is not hexadecimal', { resource: 'rcsAgent', operation: 'create', ...validAgent, brandColor: 'purple' }, /Brand Color "purple" is not a hexadecimal color/],
			['a contact email without @', { resource: 'rcsAgent', operation: 'create', ...validAgent, contactEmail: 'support.example.com' }, /Contact Email "support.example.com" is not an email address/],
			['a missing required agent field', { resource: 'rcsAgent', operation: 'create', ...validAgent, tagline: '' }, /Create RCS Agent is missing Tagline/],
			['Replace without representative and launch details', { resource: 'rcsAgent', operation: 'replace', agentId: byId(AGENT_ID), ...validAgent }, /Replace RCS Agent is missing Representative > First Name, .*Points of Contact, .*Launch Details > Trigger Description/],
			['a point of contact without job title', { resource: 'rcsAgent', operation: 'create', ...validAgent, pointsOfContact: { contact: [{ firstName: 'A', lastName: 'B', email: 'a@b.co' }] } }, /Points of Contact 1 is missing Job Title/],
			['preview media without URL', { resource: 'rcsAgent', operation: 'create', ...validAgent, previewMedia: { media: [{ mediaType: 'image', url: '' }] } }, /Preview Media 1 > URL is required/],
			['Other Fields (JSON) that is not an object', { resource: 'rcsAgent', operation: 'create', ...validAgent, otherFieldsJson: '[1, 2]' }, /Other Fields \(JSON\) .* is not a JSON object/],
			['Update with nothing to update', { resource: 'rcsAgent', operation: 'update', agentId: byId(AGENT_ID) }, /Update RCS Agent has nothing to update/],
			['no carrier added', { resource: 'rcsCarrier', operation: 'addToAgent', agentId: byId(AGENT_ID) }, /Carriers is required/],
			['a carrier left empty', { resource: 'rcsCarrier', operation: 'addToAgent', agentId: byId(AGENT_ID), carriers: { carrier: [{ carrierId: byId('verizon-us') }, { carrierId: byId('') }] } }, /Carrier 2 is required/],
			['a test device phone that is not a number', { resource: 'rcsTestDevice', operation: 'add', agentId: byId(AGENT_ID), phoneNumber: 'my phone' }, /Phone Number "my phone" is not a phone number/],
			['an empty test device', { resource: 'rcsTestDevice', operation: 'remove', agentId: byId(AGENT_ID), testDeviceId: byId('') }, /Test Device is required/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expect(run({ authentication: 'basic', ...parameters })).rejects.toThrow(message);
			expect(fake.requests).toHaveLength(0);
		});
	});
});
