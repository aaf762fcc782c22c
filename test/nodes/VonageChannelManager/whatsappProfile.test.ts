import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials } from '../../helpers/credentials';
import { byId } from '../../helpers/resourceLocator';
import { runListSearch } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';
import { NUMBER, numbersOf, pagedServer, wabas } from './whatsapp.fixtures';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake, { authentication: 'jwt' });

	describe('WhatsApp Profile', () => {
		it('gets the profile of a number', async () => {
			const { items } = await run({ resource: 'whatsappProfile', operation: 'get', phoneNumber: byId(NUMBER) });
			expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `/v1/channel-manager/whatsapp/numbers/${NUMBER}/profile`, operationId: 'getNumberProfile' });
			expect(items[0].json).toMatchObject({ about: 'About my business', vertical: 'OTHER' });
			expect(fake.violations).toEqual([]);
		});

		it('updates the fields given, with JSON for the rest, and structured fields winning', async () => {
			await run({
				resource: 'whatsappProfile',
				operation: 'update',
				phoneNumber: byId(NUMBER),
				updateFields: {
					about: 'Open 9-5',
					email: 'help@example.com',
					vertical: 'RETAIL',
					websites: ['https://example.com', ' https://example.org '],
					profile_picture_url: 'https://example.com/logo.png',
					otherFieldsJson: '{"address": "1 Main Street", "about": "overridden"}',
				},
			});
			expect(fake.requests).toHaveLength(1);
			expect(fake.requests[0]).toMatchObject({ method: 'PATCH', path: `/v1/channel-manager/whatsapp/numbers/${NUMBER}/profile` });
			expect(fake.requests[0].body).toEqual({
				address: '1 Main Street',
				about: 'Open 9-5',
				email: 'help@example.com',
				vertical: 'RETAIL',
				websites: ['https://example.com', 'https://example.org'],
				profile_picture_url: 'https://example.com/logo.png',
			});
			expect(fake.violations).toEqual([]);
		});

		it('refuses an empty update, three websites, a bad email, an over-long About and bad JSON, before sending', async () => {
			const base = { resource: 'whatsappProfile', operation: 'update', phoneNumber: byId(NUMBER) };
			await expectRefused({ ...base, updateFields: {} }, /Nothing to update/);
			await expectRefused({ ...base, updateFields: { websites: ['https://a.example', 'https://b.example', 'https://c.example'] } }, /at most 2/);
			await expectRefused({ ...base, updateFields: { websites: ['example.com'] } }, /Website "example.com" is not a URL/);
			await expectRefused({ ...base, updateFields: { email: 'not-an-email' } }, /Email "not-an-email" is not an email address/);
			await expectRefused({ ...base, updateFields: { about: 'x'.repeat(140) } }, /About is 140 characters long; the limit is 139/);
			await expectRefused({ ...base, updateFields: { otherFieldsJson: '{nope' } }, /Other Fields \(JSON\) "\{nope" is not a JSON object/);
		});
	});
});

describe('Vonage Channel Manager: WhatsApp paging and list searches', () => {
	const fake = useFakeVonage();

	describe('list searches follow every page', () => {
		it('for a profile, lists the numbers of every WABA and filters by display name', async () => {
			fake.on('listWabas', pagedServer(wabas(2)));
			fake.on('listWabaNumbers', (request) => pagedServer(numbersOf(request.pathParameters.waba_id, 3))(request));
			const result = await runListSearch({
				nodeType: new VonageChannelManager(),
				method: 'searchWhatsappNumbers',
				parameters: { authentication: 'jwt', resource: 'whatsappProfile', operation: 'get' },
				credentials: allCredentials(fake.baseUrl),
				filter: 'line 01',
			});
			expect(fake.requests.map((request) => request.path)).toEqual([
				'/v1/channel-manager/whatsapp/wabas',
				'/v1/channel-manager/whatsapp/wabas/100000/numbers',
				'/v1/channel-manager/whatsapp/wabas/100001/numbers',
			]);
			expect(result.results.map((entry) => entry.value)).toEqual(numbersOf('100001', 3).map((number) => number.phone_number));
			expect(fake.violations).toEqual([]);
		});
	});
});
