import type { INode, INodeParameters, INodeType, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { VonageChannelManager } from '../../nodes/VonageChannelManager/VonageChannelManager.node';
import { VonageExternalAccounts } from '../../nodes/VonageExternalAccounts/VonageExternalAccounts.node';
import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { subtitleOfAction } from '../../nodes/shared/nodeDescription';

/** The subtitle under a node on the canvas, evaluated the way n8n's editor does it (expression, 'internal' mode). */
function subtitleOf(nodeType: INodeType, parameters: INodeParameters): unknown {
	const node: INode = {
		id: 'node-1',
		name: 'Node',
		type: `n8n-nodes-vonage-messages.${nodeType.description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	const nodeTypes = { getByName: () => nodeType, getByNameAndVersion: () => nodeType, getKnownTypes: () => ({}) } as unknown as INodeTypes;
	const workflow = new Workflow({ id: 'w', nodes: [node], connections: {}, active: false, nodeTypes });
	return workflow.expression.getSimpleParameterValue(node, String(nodeType.description.subtitle), 'internal', {});
}

describe('node subtitles', () => {
	const messages = new VonageMessages();
	const accounts = new VonageExternalAccounts();
	const channelManager = new VonageChannelManager();

	it('Vonage Messages names the channel and message type as the form does', () => {
		expect(subtitleOf(messages, { resource: 'message', operation: 'send', channel: 'whatsapp', messageType: 'template' })).toBe('Send WhatsApp Template');
		expect(subtitleOf(messages, { resource: 'message', operation: 'send', channel: 'rcs', messageType: 'card' })).toBe('Send RCS Rich Card');
		expect(subtitleOf(messages, { resource: 'message', operation: 'send', channel: 'mms', messageType: 'vcard' })).toBe('Send MMS vCard');
		expect(subtitleOf(messages, { resource: 'message', operation: 'send', channel: 'viber_service', messageType: 'image' })).toBe('Send Viber Image');
		expect(subtitleOf(messages, { resource: 'message', operation: 'send', channel: 'sms', messageType: 'text' })).toBe('Send SMS');
		expect(subtitleOf(messages, { resource: 'message', operation: 'update', channel: 'whatsapp', status: 'read' })).toBe('Mark WhatsApp Message as Read');
		expect(subtitleOf(messages, { resource: 'message', operation: 'update', channel: 'rcs', status: 'revoked' })).toBe('Revoke RCS Message');
	});

	it('Vonage Messages falls back to the defaults n8n leaves out of saved workflows', () => {
		expect(subtitleOf(messages, {})).toBe('Send WhatsApp Text');
		expect(subtitleOf(messages, { channel: 'sms' })).toBe('Send SMS');
		expect(subtitleOf(messages, { channel: 'rcs' })).toBe('Send RCS Text');
		expect(subtitleOf(messages, { operation: 'update', channel: 'rcs' })).toBe('Mark RCS Message as Read');
		expect(subtitleOf(messages, { operation: 'update' })).toBe('Mark WhatsApp Message as Read');
	});

	it('Vonage External Accounts and Channel Manager show the operation in Title Case', () => {
		expect(subtitleOf(accounts, { resource: 'account', operation: 'getAll' })).toBe('Get Many Accounts');
		expect(subtitleOf(accounts, { operation: 'createMessengerAccount' })).toBe('Create Messenger Account');
		expect(subtitleOf(channelManager, { resource: 'rcsBrand', operation: 'update' })).toBe('Rename RCS Brand');
		expect(subtitleOf(channelManager, { resource: 'rcsTestDevice', operation: 'add' })).toBe('Add Test Device to RCS Agent');
		expect(subtitleOf(channelManager, { resource: 'whatsappNumber', operation: 'getAll' })).toBe('Get Many Numbers');
		// Nothing stored: the default resource and its default operation.
		expect(subtitleOf(channelManager, {})).toBe('Get Many Business Accounts');
		expect(subtitleOf(accounts, {})).toBe('Get Many Accounts');
	});

	it('every operation of every action node has a subtitle without raw values', () => {
		for (const nodeType of [accounts, channelManager]) {
			for (const property of nodeType.description.properties) {
				if (property.name !== 'operation') continue;
				for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
					for (const option of property.options as Array<{ value: string; action?: string }>) {
						const subtitle = subtitleOf(nodeType, { resource, operation: option.value });
						expect(subtitle).toBe(subtitleOfAction(String(option.action)));
						expect(subtitle).toMatch(/^[A-Z]/);
						expect(subtitle).not.toContain(':');
					}
				}
			}
		}
	});
});
