/**
 * What the Vonage Messages tests share besides `useFakeVonage`: a runner of the node against the fake,
 * and the check that a run sent exactly one request within the spec.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageMessages } from '../../nodes/VonageMessages/VonageMessages.node';
import { allCredentials } from './credentials';
import type { FakeVonage, RecordedRequest } from './fakeVonage';
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

/** The one request the run made, after checking that it made exactly one and that it kept to the spec. */
export function theOnlyRequest(fake: FakeVonage): RecordedRequest {
	expect(fake.violations).toEqual([]);
	expect(fake.requests).toHaveLength(1);
	return fake.requests[0];
}
