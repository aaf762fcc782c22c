import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { TEST_API_KEY, allCredentials } from '../../helpers/credentials';
import { byId } from '../../helpers/resourceLocator';
import { runNode } from '../../helpers/runNode';
import { useFakeVonage } from '../../helpers/useFakeVonage';

const WABA_ID = '345688589250625';
const NUMBER = '447451277751';

const wabaRecord: IDataObject = {
	waba_id: WABA_ID,
	api_key: 'abc123',
	name: 'My Business',
	account_review_status: 'Approved',
	timezone_id: '58',
	currency: 'USD',
	solution_id: '1234567890',
	country: 'US',
	business_id: '224654643345',
	business_name: 'Vonage Communication APIs',
	status: 'ACTIVE',
	whatsapp_business_manager_messaging_limit: 'TIER_100K',
	marketing_messages_onboarding_status: 'ONBOARDED',
	_links: { self: { href: `https://api.nexmo.com/v1/channel-manager/whatsapp/wabas/${WABA_ID}` } },
};

const numberRecord: IDataObject = {
	phone_number: NUMBER,
	number_id: '293464193855848',
	waba_id: WABA_ID,
	api_key: 'abc123',
	verified_name: 'My Business',
	code_verification_status: 'VERIFIED',
	display_phone_number: '+447451277751',
	messaging_limit_tier: 'TIER_100K',
	quality_score: { score: 'GREEN' },
	throughput: { level: 'STANDARD' },
	_links: { self: { href: 'https://api.nexmo.com/v1/channel-manager/whatsapp/wabas/345688589250625/numbers/447451277751' } },
};

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	async function run(parameters: INodeParameters, items?: IDataObject[]) {
		return await runNode({
			nodeType: new VonageChannelManager(),
			parameters: { authentication: 'jwt', ...parameters },
			credentials: allCredentials(fake.baseUrl),
			items,
		});
	}

	/** Runs parameters the node must refuse, and checks nothing reached Vonage. */
	async function expectRefused(parameters: INodeParameters, message: RegExp) {
		await expect(run(parameters)).rejects.toThrow(message);
		expect(fake.requests).toHaveLength(0);
	}

	describe('WhatsApp Business Account', () => {
		it('gets one WABA with JWT and simplifies it to the documented fields', async () => {
			fake.on('getWaba', () => ({ status: 200, body: wabaRecord }));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId(` ${WABA_ID} `) });
			expect(fake.requests).toHaveLength(1);
			expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `/v1/channel-manager/whatsapp/wabas/${WABA_ID}`, authScheme: 'bearer' });
			expect(items.map((item) => item.json)).toEqual([
				{
					waba_id: WABA_ID,
					name: 'My Business',
					status: 'ACTIVE',
					account_review_status: 'Approved',
					business_id: '224654643345',
					business_name: 'Vonage Communication APIs',
					country: 'US',
					currency: 'USD',
					whatsapp_business_manager_messaging_limit: 'TIER_100K',
					api_key: 'abc123',
				},
			]);
			expect(fake.violations).toEqual([]);
		});

		it('gets the raw WABA with Basic auth when Simplify is off', async () => {
			fake.on('getWaba', () => ({ status: 200, body: wabaRecord }));
			const { items } = await runNode({
				nodeType: new VonageChannelManager(),
				parameters: { authentication: 'basic', resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId(WABA_ID), simplify: false },
				credentials: allCredentials(fake.baseUrl),
			});
			expect(fake.requests[0].authScheme).toBe('basic');
			expect(fake.requests[0].headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_API_KEY}:Sup3rS3cretValue`).toString('base64')}`);
			expect(items[0].json).toEqual(wabaRecord);
			expect(fake.violations).toEqual([]);
		});

		it('lists WABAs one item per record, with the sort order', async () => {
			fake.on('listWabas', () => ({ status: 200, body: { page: 1, page_size: 50, total_pages: 1, total_items: 2, _embedded: { wabas: [wabaRecord, { ...wabaRecord, waba_id: '2' }] } } }));
			const { items } = await run({ resource: 'whatsappBusinessAccount', operation: 'getAll', returnAll: true, simplify: false, options: { order: 'desc' } });
			expect(fake.requests).toHaveLength(1);
			expect(Object.fromEntries(fake.requests[0].query)).toEqual({ page: '1', page_size: '50', order: 'desc' });
			expect(items.map((item) => item.json.waba_id)).toEqual([WABA_ID, '2']);
			expect(items[0].json).toEqual(wabaRecord);
			expect(fake.violations).toEqual([]);
		});

		it('refuses a WABA ID that is not one, before sending', async () => {
			await expectRefused({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId('my business') }, /WhatsApp Business Account "my business" is not a WABA ID/);
			await expectRefused({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId('') }, /WhatsApp Business Account is required/);
		});

		it("shows Vonage's title, detail and invalid parameters", async () => {
			fake.on('getWaba', () => ({
				status: 404,
				body: { title: 'Not Found', detail: `WABA ${WABA_ID} does not belong to this account`, invalid_parameters: [{ name: 'waba_id', reason: 'unknown' }] },
			}));
			const failure = run({ resource: 'whatsappBusinessAccount', operation: 'get', wabaId: byId(WABA_ID) });
			await expect(failure).rejects.toMatchObject({
				message: 'Vonage: Not Found',
				httpCode: '404',
				description: expect.stringContaining('waba_id: unknown'),
			});
			await expect(failure).rejects.toMatchObject({ description: expect.stringContaining('does not belong to this account') });
		});
	});

	describe('WhatsApp Number', () => {
		it('gets one number (typed with + and spaces) and simplifies quality and throughput to plain values', async () => {
			fake.on('getWabaNumber', () => ({ status: 200, body: numberRecord }));
			const { items } = await run({ resource: 'whatsappNumber', operation: 'get', wabaId: byId(WABA_ID), phoneNumber: byId('+44 7451 277751') });
			expect(fake.requests[0]).toMatchObject({ method: 'GET', path: `/v1/channel-manager/whatsapp/wabas/${WABA_ID}/numbers/${NUMBER}` });
			expect(items[0].json).toEqual({
				phone_number: NUMBER,
				display_phone_number: '+447451277751',
				verified_name: 'My Business',
				number_id: '293464193855848',
				waba_id: WABA_ID,
				code_verification_status: 'VERIFIED',
				messaging_limit_tier: 'TIER_100K',
				quality_score: 'GREEN',
				throughput: 'STANDARD',
			});
			expect(fake.violations).toEqual([]);
		});

		it('lists the numbers of a WABA from `_embedded.wabas`, as the API reference names it', async () => {
			fake.on('listWabaNumbers', () => ({ status: 200, body: { page: 1, page_size: 5, total_pages: 1, total_items: 1, _embedded: { wabas: [numberRecord] } } }));
			const { items } = await run({ resource: 'whatsappNumber', operation: 'getAll', wabaId: byId(WABA_ID), returnAll: false, limit: 5, simplify: false });
			expect(fake.requests[0].path).toBe(`/v1/channel-manager/whatsapp/wabas/${WABA_ID}/numbers`);
			expect(Object.fromEntries(fake.requests[0].query)).toEqual({ page: '1', page_size: '5' });
			expect(items.map((item) => item.json)).toEqual([numberRecord]);
			expect(fake.violations).toEqual([]);
		});

		it('refuses a number that is not a phone number, before sending', async () => {
			await expectRefused(
				{ resource: 'whatsappNumber', operation: 'get', wabaId: byId(WABA_ID), phoneNumber: byId('call me') },
				/WhatsApp Number "call me" is not a phone number/,
			);
		});
	});

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

	describe('WhatsApp Embedded Signup', () => {
		it('generates the hosted sign-up URL for a solution, client key and lifetime', async () => {
			const { items } = await run({
				resource: 'whatsappEmbeddedSignup',
				operation: 'generateUrl',
				solutionId: ' 123456789111213 ',
				options: { clientKey: 'abc123', ttl: 300 },
			});
			expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v1/channel-manager/whatsapp/tp-registration/url' });
			expect(fake.requests[0].body).toEqual({ solution_id: '123456789111213', api_key: 'abc123', ttl: 300 });
			expect(items[0].json).toMatchObject({ id: '3amb0119-0196-42d1-8fb5-55a98s133546', url: expect.stringContaining('https://tools.vonage.com/') });
			expect(fake.violations).toEqual([]);
		});

		it('sends only the solution ID when no option is set', async () => {
			await run({ resource: 'whatsappEmbeddedSignup', operation: 'generateUrl', solutionId: '123456789111213' });
			expect(fake.requests[0].body).toEqual({ solution_id: '123456789111213' });
			expect(fake.violations).toEqual([]);
		});

		it('refuses a missing or non-numeric solution ID and a lifetime over three days, before sending', async () => {
			await expectRefused({ resource: 'whatsappEmbeddedSignup', operation: 'generateUrl', solutionId: '' }, /Partner Solution ID is required/);
			await expectRefused({ resource: 'whatsappEmbeddedSignup', operation: 'generateUrl', solutionId: 'my solution' }, /is not a solution ID/);
			await expectRefused(
				{ resource: 'whatsappEmbeddedSignup', operation: 'generateUrl', solutionId: '123', options: { ttl: 259201 } },
				/URL Lifetime \(Seconds\) 259201 is out of range/,
			);
		});
	});

	describe('WhatsApp Analytics', () => {
		it('gets template analytics with dates as YYYY-MM-DD and lists as repeated query parameters', async () => {
			const { items } = await run({
				resource: 'whatsappAnalytics',
				operation: 'getTemplateAnalytics',
				wabaId: byId(WABA_ID),
				templateIds: '458951126288937, 458951126288942',
				startDate: '2024-11-01T00:00:00',
				endDate: '2024-11-03T23:30:00',
				returnAll: true,
				filters: { metricTypes: ['SENT', 'READ'] },
			});
			const request = fake.requests[0];
			expect(request.path).toBe(`/v1/channel-manager/whatsapp/wabas/${WABA_ID}/template-analytics`);
			expect(request.query.getAll('template_ids')).toEqual(['458951126288937', '458951126288942']);
			expect(request.query.getAll('metric_types')).toEqual(['SENT', 'READ']);
			expect(request.query.get('start')).toBe('2024-11-01');
			expect(request.query.get('end')).toBe('2024-11-03');
			expect(request.query.get('granularity')).toBe('DAILY');
			expect([...request.query.keys()].sort()).toEqual(['end', 'granularity', 'metric_types', 'metric_types', 'start', 'template_ids', 'template_ids']);
			expect(items.map((item) => item.json)).toEqual([
				{ template_id: '458951126288942', start: '2024-11-11T00:00:00Z', end: '2024-11-11T00:00:00Z', sent: 100, delivered: 90, read: 80, clicked: 70 },
			]);
			expect(fake.violations).toEqual([]);
		});

		it('gets messaging analytics with granularity, message types, normalised numbers and country codes', async () => {
			fake.on('getMessagingAnalytics', () => ({
				status: 200,
				body: { id: WABA_ID, _embedded: { messaging_analytics: [{ start: '1543543200', end: '1543629600', sent: 100, delivered: 90 }] } },
			}));
			const { items } = await run({
				resource: 'whatsappAnalytics',
				operation: 'getMessagingAnalytics',
				wabaId: byId(WABA_ID),
				startDate: '2024-11-01T00:00:00',
				granularity: 'HALF_HOUR',
				returnAll: true,
				filters: { productTypes: [0, 2], phoneNumbers: '+1 650 555 0111, 447451277751', countryCodes: 'us, gb' },
			});
			const request = fake.requests[0];
			expect(request.path).toBe(`/v1/channel-manager/whatsapp/wabas/${WABA_ID}/messaging-analytics`);
			expect(request.query.get('granularity')).toBe('HALF_HOUR');
			expect(request.query.get('start')).toBe('2024-11-01');
			expect(request.query.has('end')).toBe(false);
			expect(request.query.getAll('product_types')).toEqual(['0', '2']);
			expect(request.query.getAll('phone_numbers')).toEqual(['16505550111', '447451277751']);
			expect(request.query.getAll('country_codes')).toEqual(['US', 'GB']);
			expect(items.map((item) => item.json)).toEqual([{ start: '1543543200', end: '1543629600', sent: 100, delivered: 90 }]);
			expect(fake.violations).toEqual([]);
		});

		it('takes dates from expressions such as $now, as the day in their own time zone', async () => {
			await run({
				resource: 'whatsappAnalytics',
				operation: 'getTemplateAnalytics',
				wabaId: byId(WABA_ID),
				startDate: '={{ DateTime.fromISO("2024-11-01T23:30:00", { zone: "Pacific/Auckland" }) }}',
				endDate: '={{ DateTime.fromISO("2024-11-03T00:15:00", { zone: "America/Los_Angeles" }) }}',
				returnAll: true,
			});
			expect(fake.requests[0].query.get('start')).toBe('2024-11-01');
			expect(fake.requests[0].query.get('end')).toBe('2024-11-03');
			expect(fake.violations).toEqual([]);
		});

		it('gets pricing analytics with breakdowns and tiers', async () => {
			fake.on('getPricingAnalytics', () => ({
				status: 200,
				body: { _embedded: { pricing_analytics: [{ volume: 100, country: 'US', pricing_category: 'AUTHENTICATION' }] } },
			}));
			const { items } = await run({
				resource: 'whatsappAnalytics',
				operation: 'getPricingAnalytics',
				wabaId: byId(WABA_ID),
				startDate: '2024-11-01T00:00:00',
				endDate: '2024-12-31T00:00:00',
				granularity: 'MONTHLY',
				returnAll: true,
				filters: { dimensions: ['PRICING_CATEGORY', 'COUNTRY'], tiers: '0:100000, 100000:250000' },
			});
			const request = fake.requests[0];
			expect(request.path).toBe(`/v1/channel-manager/whatsapp/wabas/${WABA_ID}/pricing-analytics`);
			expect(request.query.getAll('dimensions')).toEqual(['PRICING_CATEGORY', 'COUNTRY']);
			expect(request.query.getAll('tier')).toEqual(['0:100000', '100000:250000']);
			expect(request.query.get('granularity')).toBe('MONTHLY');
			expect(request.query.get('end')).toBe('2024-12-31');
			expect(items.map((item) => item.json)).toEqual([{ volume: 100, country: 'US', pricing_category: 'AUTHENTICATION' }]);
			expect(fake.violations).toEqual([]);
		});

		it('refuses dates in the wrong order, template ranges over 90 days, 11 templates, bad dates and countries, before sending', async () => {
			const template = { resource: 'whatsappAnalytics', operation: 'getTemplateAnalytics', wabaId: byId(WABA_ID) };
			await expectRefused({ ...template, startDate: '2024-11-05T00:00:00', endDate: '2024-11-01T00:00:00' }, /End Date 2024-11-01 is before Start Date 2024-11-05/);
			await expectRefused({ ...template, startDate: '2024-01-01T00:00:00', endDate: '2024-06-01T00:00:00' }, /are 152 days apart/);
			await expectRefused({ ...template, templateIds: Array.from({ length: 11 }, (_, index) => String(index + 1)).join(',') }, /Template IDs has 11 entries; the limit is 10/);
			await expectRefused({ ...template, startDate: 'last tuesday' }, /Start Date "last tuesday" is not a date/);
			await expectRefused(
				{ resource: 'whatsappAnalytics', operation: 'getMessagingAnalytics', wabaId: byId(WABA_ID), filters: { countryCodes: 'USA' } },
				/Country Codes "USA" is not a two-letter country code/,
			);
		});
	});

	describe('WhatsApp Notification Subscription', () => {
		it('lists subscriptions one item per subscription, and Limit cuts the list', async () => {
			const all = await run({ resource: 'whatsappNotificationSubscription', operation: 'getAll', returnAll: true });
			expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/v2/whatsapp-manager/subscriptions', operationId: 'listNotificationSubscriptions' });
			expect(all.items.map((item) => item.json.type)).toEqual(['slack', 'webhook']);
			const limited = await run({ resource: 'whatsappNotificationSubscription', operation: 'getAll', returnAll: false, limit: 1 });
			expect(limited.items.map((item) => item.json.id)).toEqual(['9fa85698-c92a-4786-be0e-b5a489425120']);
			expect(fake.violations).toEqual([]);
		});

		it('creates a webhook subscription with label and notification types', async () => {
			await run({
				resource: 'whatsappNotificationSubscription',
				operation: 'create',
				destinationType: 'webhook',
				url: 'https://example.com/hooks/whatsapp',
				options: { label: 'Ops', whatsappNotificationTypes: 'account_alerts, account_update', vonageNotificationTypes: ['vonage_number_onboarded'] },
			});
			expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/v2/whatsapp-manager/subscriptions' });
			expect(fake.requests[0].body).toEqual({
				type: 'webhook',
				webhook: { url: 'https://example.com/hooks/whatsapp' },
				label: 'Ops',
				whatsapp_subscribe_types: 'account_alerts,account_update',
				vonage_subscribe_types: 'vonage_number_onboarded',
			});
			expect(fake.violations).toEqual([]);
		});

		it('creates a Slack subscription with only the required fields', async () => {
			await run({ resource: 'whatsappNotificationSubscription', operation: 'create', destinationType: 'slack', url: 'https://hooks.slack.com/services/T0/B0/X' });
			expect(fake.requests[0].body).toEqual({ type: 'slack', slack: { url: 'https://hooks.slack.com/services/T0/B0/X' } });
			expect(fake.violations).toEqual([]);
		});

		it('refuses a missing URL and a bad notification type, before sending', async () => {
			const base = { resource: 'whatsappNotificationSubscription', operation: 'create', destinationType: 'webhook' };
			await expectRefused({ ...base, url: '' }, /Webhook URL is required/);
			await expectRefused({ ...base, url: 'example.com/hook' }, /Webhook URL "example.com\/hook" is not a URL/);
			await expectRefused({ ...base, url: 'https://example.com', options: { whatsappNotificationTypes: 'Account Alerts' } }, /"Account Alerts" is not a notification type/);
		});

		it('deletes one subscription per input item and returns { deleted: true } for each', async () => {
			const { items } = await run({ resource: 'whatsappNotificationSubscription', operation: 'delete', subscriptionId: '={{ $json.id }}' }, [
				{ id: '9fa85698-c92a-4786-be0e-b5a489425120' },
				{ id: '8bceefe2-ebc8-4aa6-a4a3-73d837b3d416' },
			]);
			expect(fake.requests.map((request) => `${request.method} ${request.path}`).sort()).toEqual([
				'DELETE /v2/whatsapp-manager/subscriptions/8bceefe2-ebc8-4aa6-a4a3-73d837b3d416',
				'DELETE /v2/whatsapp-manager/subscriptions/9fa85698-c92a-4786-be0e-b5a489425120',
			]);
			expect(items).toEqual([
				{ json: { deleted: true }, pairedItem: { item: 0 } },
				{ json: { deleted: true }, pairedItem: { item: 1 } },
			]);
			expect(fake.violations).toEqual([]);
		});

		it('refuses an empty subscription ID, before sending', async () => {
			await expectRefused({ resource: 'whatsappNotificationSubscription', operation: 'delete', subscriptionId: ' ' }, /Subscription ID is required/);
		});
	});
});
