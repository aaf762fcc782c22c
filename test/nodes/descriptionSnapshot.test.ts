/**
 * What the n8n editor shows for each node: the full node description, pinned as a snapshot.
 * Refactors of the description files must leave this unchanged (same property names, values, display
 * names, defaults and displayOptions). Functions (routing hooks, list searches) are recorded as
 * "[Function]" so that renaming a hook does not count as a change, while where a hook sits still does.
 */
import type { INodeType } from 'n8n-workflow';

import { VonageChannelManager } from '../../nodes/VonageChannelManager/VonageChannelManager.node';
import { VonageExternalAccounts } from '../../nodes/VonageExternalAccounts/VonageExternalAccounts.node';
import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { VonageMessagesTrigger } from '../../nodes/VonageMessagesTrigger/VonageMessagesTrigger.node';

/** The description as plain data, the way the editor receives it, with functions marked. */
function asEditorSees(nodeType: INodeType): unknown {
	return JSON.parse(
		JSON.stringify(nodeType.description, (_key, value: unknown) => (typeof value === 'function' ? '[Function]' : value)),
	);
}

describe('node descriptions (what the editor shows) are unchanged', () => {
	it.each([
		['Vonage Messages', new VonageMessages()],
		['Vonage External Accounts', new VonageExternalAccounts()],
		['Vonage Channel Manager', new VonageChannelManager()],
		['Vonage Messages Trigger', new VonageMessagesTrigger()],
	])('%s', (_name, nodeType) => {
		expect(asEditorSees(nodeType)).toMatchSnapshot();
	});
});
