import type { IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { requireText } from '../../../shared/validation';
import { RCS_BASE } from '../common';

/** preSend of Create and Rename: `{ display_name }`, up to 100 characters. */
export async function buildBrandBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const displayName = requireText(this, 'Display Name', this.getNodeParameter('displayName', ''), 100).trim();
	return { ...requestOptions, body: { display_name: displayName } };
}

// Its field, Display Name, is Rename's too: see the resource's index.
export const createOperation: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an RCS brand',
	description: 'Create a brand, the company your RCS agents speak for',
	routing: {
		request: { method: 'POST', url: `${RCS_BASE}/brands` },
		send: { preSend: [requireAuth('basic', 'Create RCS Brand'), buildBrandBody] },
	},
};
