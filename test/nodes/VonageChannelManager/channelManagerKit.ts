import type { ICredentialDataDecryptedObject, IDataObject, INodeParameters } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';
import { allCredentials } from '../../helpers/credentials';
import type { FakeVonage } from '../../helpers/fakeVonage';
import { runListSearch, runNode } from '../../helpers/runNode';

type Credentials = Record<string, ICredentialDataDecryptedObject>;

/**
 * The Channel Manager node as its tests run it: through n8n-core against `fake`, with `defaults` under each
 * test's parameters and both credentials unless a test names its own.
 */
export function channelManagerRunner(fake: FakeVonage, defaults: INodeParameters = {}) {
	async function run(parameters: INodeParameters, options: { items?: IDataObject[]; credentials?: Credentials } = {}) {
		return await runNode({
			nodeType: new VonageChannelManager(),
			parameters: { ...defaults, ...parameters },
			credentials: options.credentials ?? allCredentials(fake.baseUrl),
			items: options.items,
		});
	}

	/** Runs parameters the node must refuse, and checks that nothing reached Vonage. */
	async function expectRefused(parameters: INodeParameters, message: RegExp) {
		await expect(run(parameters)).rejects.toThrow(message);
		expect(fake.requests).toHaveLength(0);
	}

	/** A list search of the node, as the editor calls it for an RCS agent form unless `parameters` say otherwise. */
	async function listSearch(method: string, parameters: INodeParameters = {}, filter?: string, credentials: Credentials = allCredentials(fake.baseUrl)) {
		return await runListSearch({
			nodeType: new VonageChannelManager(),
			method,
			parameters: { authentication: 'basic', resource: 'rcsAgent', operation: 'get', ...parameters },
			credentials,
			filter,
		});
	}

	return { run, expectRefused, listSearch };
}
