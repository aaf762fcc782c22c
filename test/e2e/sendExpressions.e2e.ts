/**
 * Channel and Message Type in an imported workflow that were not picked in the editor, in a real n8n
 * (which loads the parameters itself: an ordinary expression in these fields becomes its text, and the
 * fields that depend on it are dropped). Each is refused by the node before any request, naming the
 * field, instead of reaching Vonage as it is or failing on a field the user did fill.
 */
import type { N8nInstance } from '../../scripts/lib/n8nInstance';
import { FakeVonage } from '../helpers/fakeVonage';
import { createN8n, disposeN8n, NODE_TYPES, vonageCredentials } from './support/harness';
import { CHANNEL_PARTIES } from './support/sendCases';
import { manualWorkflow } from './support/workflows';

const SMS = { authentication: 'jwt', resource: 'message', operation: 'send', ...CHANNEL_PARTIES.sms, text: 'Your order has shipped' };

const WORKFLOWS = [
	{ id: 'e2eExprChannel01', node: 'Channel by expression', parameters: { ...SMS, channel: "={{ 'sms' }}", messageType: 'text' } },
	{ id: 'e2eExprMsgType01', node: 'Message Type by expression', parameters: { ...SMS, channel: 'sms', messageType: "={{ 'text' }}" } },
	{ id: 'e2eUnknownChan01', node: 'Unknown channel', parameters: { ...SMS, channel: 'telegram', messageType: 'text' } },
];

describe('Send with Channel or Message Type not picked in the editor, in a real n8n', () => {
	let fake: FakeVonage;
	let n8n: N8nInstance;

	beforeAll(async () => {
		fake = await new FakeVonage().start();
		n8n = await createN8n('send-expressions');
		await n8n.importCredentials(vonageCredentials(fake.baseUrl));
		await n8n.importWorkflows(
			WORKFLOWS.map(({ id, node, parameters }) => manualWorkflow(id, `E2E: ${node}`, [{ name: node, type: NODE_TYPES.messages, credential: 'jwt', parameters }])),
		);
	});

	afterAll(async () => {
		await disposeN8n(n8n);
		await fake?.stop();
	});

	beforeEach(() => fake.reset());

	it.each([
		['Channel by expression', 'Channel "{{ \'sms\' }}" is not a valid choice', 'Channel cannot be an expression'],
		['Message Type by expression', 'Message Type "{{ \'text\' }}" is not a valid choice for SMS', 'Message Type cannot be an expression'],
		['Unknown channel', 'Channel "telegram" is not a valid choice', 'Use one of: "email", '],
	])('%s: the node refuses it before any request, naming the field', async (node, message, fix) => {
		const run = await n8n.executeWorkflow(WORKFLOWS.find((workflow) => workflow.node === node)?.id ?? '');

		expect(run.error?.node?.name).toBe(node);
		expect(run.error?.message).toContain(message);
		expect(run.error?.description).toContain(fix);
		expect(fake.requests).toEqual([]);
	});
});
