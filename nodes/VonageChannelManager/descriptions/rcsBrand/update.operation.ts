import type { INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { BRAND_ID_PATH, RCS_BASE, fillPath } from '../common';
import { buildBrandBody } from './create.operation';

// Rename sends Create's body to the brand's path. Its fields (Brand, Display Name) are shared: see the index.
export const updateOperation: INodePropertyOptions = {
	name: 'Rename',
	value: 'update',
	action: 'Rename an RCS brand',
	description: 'Change the display name of a brand',
	routing: {
		request: { method: 'PATCH', url: `${RCS_BASE}/brands/{brand_id}` },
		send: { preSend: [requireAuth('basic', 'Rename RCS Brand'), fillPath({ brand_id: BRAND_ID_PATH }), buildBrandBody] },
	},
};
