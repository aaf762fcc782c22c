import type { INodeParameters } from 'n8n-workflow';

import { byId } from '../../helpers/resourceLocator';

import { theOnlyRequest, useFakeVonage } from '../../helpers/useFakeVonage';
import { channelManagerRunner } from './channelManagerKit';

describe('Vonage Channel Manager, RCS: every operation against the spec', () => {
	const fake = useFakeVonage();

	const { run } = channelManagerRunner(fake);

	describe('RCS Opt-Out', () => {
		it('Get reads the opt-out settings of the sender ID', async () => {
			const { items } = await run({ authentication: 'basic', resource: 'rcsOptOut', operation: 'get', senderId: byId('VonageId123') });
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'GET', path: '/v1/channel-manager/rcs/opt-out/VonageId123', operationId: 'getRcsOptOut', authScheme: 'basic' });
			expect(items[0].json).toMatchObject({ enabled: true });
		});

		it('Update sends the actions entered as fields, keywords split at commas', async () => {
			await run({
				authentication: 'basic',
				resource: 'rcsOptOut',
				operation: 'update',
				senderId: byId('VonageId123'),
				actions: {
					action: [
						{ type: 'STOP', keywords: 'STOP, unsubscribe ,', autoReply: 'You have opted out.' },
						{ type: 'START', keywords: 'START', autoReply: 'Welcome back.' },
					],
				},
			});
			const request = theOnlyRequest(fake);
			expect(request).toMatchObject({ method: 'POST', path: '/v1/channel-manager/rcs/opt-out/VonageId123', operationId: 'updateRcsOptOut', authScheme: 'basic' });
			expect(request.body).toEqual({
				actions: [
					{ keywords: ['STOP', 'unsubscribe'], 'auto-reply': 'You have opted out.', action: 'STOP' },
					{ keywords: ['START'], 'auto-reply': 'Welcome back.', action: 'START' },
				],
			});
		});

		it('Update takes the actions as JSON too', async () => {
			await run({
				authentication: 'basic',
				resource: 'rcsOptOut',
				operation: 'update',
				senderId: byId('VonageId123'),
				actionsInput: 'json',
				actionsJson: '[{"action": "custom", "keywords": ["HELP"], "auto-reply": "Call 0800 000 000."}]',
			});
			expect(theOnlyRequest(fake).body).toEqual({ actions: [{ keywords: ['HELP'], 'auto-reply': 'Call 0800 000 000.', action: 'CUSTOM' }] });
		});
	});
});

describe('Vonage Channel Manager, RCS: credentials and input are checked before anything is sent', () => {
	const fake = useFakeVonage();

	const { expectRefused } = channelManagerRunner(fake);

	describe('invalid input', () => {
		it.each<[string, INodeParameters, RegExp]>([
			['an empty sender ID', { resource: 'rcsOptOut', operation: 'get', senderId: byId('  ') }, /Agent Sender ID is required/],
			['an opt-out action without keywords', { resource: 'rcsOptOut', operation: 'update', senderId: byId('A'), actions: { action: [{ type: 'STOP', keywords: ' ', autoReply: 'Bye' }] } }, /Action 1 Keywords is required/],
			['opt-out JSON that is not a list of actions', { resource: 'rcsOptOut', operation: 'update', senderId: byId('A'), actionsInput: 'json', actionsJson: '{"stop": true}' }, /Actions \(JSON\) .* is not a JSON array of actions/],
			['an opt-out action of an unknown type', { resource: 'rcsOptOut', operation: 'update', senderId: byId('A'), actionsInput: 'json', actionsJson: '[{"action": "PAUSE", "keywords": ["P"], "auto-reply": "x"}]' }, /Action 1 Type "PAUSE" is not an opt-out action/],
		])('refuses %s with zero requests', async (_case, parameters, message) => {
			await expectRefused({ authentication: 'basic', ...parameters }, message);
		});
	});
});
