import { useFakeVonage } from '../../helpers/useFakeVonage';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake, { authentication: 'jwt' });

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
			const { items } = await run({ resource: 'whatsappNotificationSubscription', operation: 'delete', subscriptionId: '={{ $json.id }}' }, {
				items: [{ id: '9fa85698-c92a-4786-be0e-b5a489425120' }, { id: '8bceefe2-ebc8-4aa6-a4a3-73d837b3d416' }],
			});
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
