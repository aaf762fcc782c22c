import { byId } from '../../helpers/resourceLocator';

import { useFakeVonage } from '../../helpers/useFakeVonage';
import { WABA_ID, cursorServer } from './whatsapp.fixtures';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake, { authentication: 'jwt' });

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
});

describe('Vonage Channel Manager: WhatsApp paging and list searches', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake, { authentication: 'jwt' });

	describe('analytics (paging.cursors.after)', () => {
		const pages = [
			[{ start: '1', sent: 1 }, { start: '2', sent: 2 }],
			[{ start: '3', sent: 3 }, { start: '4', sent: 4 }],
			[{ start: '5', sent: 5 }],
		];
		const base = { resource: 'whatsappAnalytics', operation: 'getMessagingAnalytics', wabaId: byId(WABA_ID), startDate: '2024-11-01T00:00:00' };

		it('Return All follows the after cursor over three pages and stops at the page without a next link', async () => {
			fake.on('getMessagingAnalytics', cursorServer('messaging_analytics', pages));
			const { items } = await run({ ...base, returnAll: true });
			expect(fake.requests.map((request) => request.query.get('after'))).toEqual([null, 'cursor-1', 'cursor-2']);
			expect(fake.requests.every((request) => request.query.get('start') === '2024-11-01')).toBe(true);
			expect(items.map((item) => item.json.sent)).toEqual([1, 2, 3, 4, 5]);
			expect(fake.violations).toEqual([]);
		});

		it('Limit stops early without asking for further pages', async () => {
			fake.on('getMessagingAnalytics', cursorServer('messaging_analytics', pages));
			const { items } = await run({ ...base, returnAll: false, limit: 3 });
			expect(fake.requests).toHaveLength(2);
			expect(items.map((item) => item.json.sent)).toEqual([1, 2, 3]);
		});

		it('pricing analytics page the same way', async () => {
			fake.on('getPricingAnalytics', cursorServer('pricing_analytics', pages));
			const { items } = await run({ ...base, operation: 'getPricingAnalytics', returnAll: true });
			expect(fake.requests).toHaveLength(3);
			expect(items).toHaveLength(5);
			expect(fake.violations).toEqual([]);
		});

		it('template analytics follow the cursor of a next link when the API gives one', async () => {
			fake.on('getTemplateAnalytics', (request) => {
				const cursor = request.query.get('cursor');
				const last = cursor === 'c2';
				return {
					status: 200,
					body: {
						_embedded: { template_analytics: [{ template_id: '1', start: cursor ?? 'first', end: 'x', sent: 1 }] },
						_links: { self: { href: 'self' }, ...(last ? {} : { next: { href: `${request.path}?cursor=${cursor === null ? 'c1' : 'c2'}` } }) },
					},
				};
			});
			const { items } = await run({ ...base, operation: 'getTemplateAnalytics', returnAll: true });
			expect(fake.requests.map((request) => request.query.get('cursor'))).toEqual([null, 'c1', 'c2']);
			expect(items.map((item) => item.json.start)).toEqual(['first', 'c1', 'c2']);
			expect(fake.violations).toEqual([]);
		});
	});
});
