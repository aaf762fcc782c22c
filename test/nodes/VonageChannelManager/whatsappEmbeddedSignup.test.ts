import { useFakeVonage } from '../../helpers/useFakeVonage';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager: WhatsApp operations', () => {
	const fake = useFakeVonage();

	const { run, expectRefused } = channelManagerRunner(fake, { authentication: 'jwt' });

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
});
