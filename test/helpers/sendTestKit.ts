/**
 * What the Vonage Messages tests share besides `useFakeVonage` and `theOnlyRequest`: a runner of the
 * node against the fake.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from './credentials';
import type { FakeVonage } from './fakeVonage';
import { runNode, type RunNodeResult } from './runNode';

export interface MessagesRunOptions {
	/** Defaults to both test credentials, pointed at `fake`. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	items?: IDataObject[];
	continueOnFail?: boolean;
}

/** Runs Vonage Messages against `fake` with resource "message" and `parameters` (operation and fields). */
export async function runMessages(fake: FakeVonage, parameters: INodeParameters, options: MessagesRunOptions = {}): Promise<RunNodeResult> {
	return await runNode({
		nodeType: new VonageMessages(),
		parameters: { resource: 'message', ...parameters },
		credentials: options.credentials ?? allCredentials(fake.baseUrl),
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}
