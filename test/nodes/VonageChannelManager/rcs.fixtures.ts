import type { IDataObject } from 'n8n-workflow';

import type { FakeResponse, RecordedRequest } from '../../helpers/fakeVonage';

export const BRAND_ID = '0198095f-f18a-7f75-aa0a-59c3dfd68802';
export const APPLICATION_ID = '78d335fa-323d-0114-9c3d-d6f0d48968cf';

export function agentId(index: number): string {
	return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

/** An agent as Vonage returns it from GET /agents/{id} and in lists. */
export function agent(index: number): IDataObject {
	return {
		id: agentId(index),
		state: index % 2 ? 'LAUNCHED' : 'DRAFT',
		basic_info: {
			brand_id: BRAND_ID,
			display_name: `Agent ${index}`,
			sender_id: `Agent${index}`,
			hosting_region: 'EUROPE',
			agent_purpose: 'TRANSACTIONAL',
			billing_category: 'BASIC_MESSAGE',
			notes: 'Order updates',
		},
		visual_design: {
			brand_color: '#8860CD',
			email: { address: 'support@example.com', label: 'Support' },
			phone: { number: '+447700900000', label: 'Call us' },
			tagline: 'Orders, on time.',
			website: { address: 'https://www.example.com' },
			privacy_policy: 'https://www.example.com/privacy',
			terms_of_service: 'https://www.example.com/terms',
		},
		application_settings: { application_id: APPLICATION_ID },
		representative: { first_name: 'John', last_name: 'Doe', email: 'john.doe@example.com' },
		created_at: '2025-01-01T12:00:00Z',
		updated_at: '2025-01-02T12:00:00Z',
		test_devices: [
			{ id: 'device-1', phone: '+447700900001', status: 'ACCEPTED', created_at: '2025-01-01T12:00:00Z' },
			{ id: 'device-2', phone: '+447700900002', status: 'PENDING', created_at: '2025-01-01T12:00:00Z' },
		],
		verification_details: { status: 'VERIFICATION_STATE_VERIFIED' },
	};
}

/**
 * GET /v1/channel-manager/rcs/agents as the reference shows it: `page` / `page_size`, agents under
 * `_embedded.agents`, totals, and `_links` with self/first/last only.
 */
export function pagedAgents(agents: IDataObject[]) {
	return (request: RecordedRequest): FakeResponse => {
		const page = Number(request.query.get('page') ?? '1');
		const pageSize = Number(request.query.get('page_size') ?? '20');
		const totalPages = Math.max(1, Math.ceil(agents.length / pageSize));
		const link = (number: number) => ({ href: `https://api.nexmo.com/v1/channel-manager/rcs/agents?page=${number}` });
		return {
			status: 200,
			body: {
				_embedded: { agents: agents.slice((page - 1) * pageSize, page * pageSize) },
				_links: { self: link(page), first: link(1), last: link(totalPages) },
				page,
				page_size: pageSize,
				total_items: agents.length,
				total_pages: totalPages,
			},
		};
	};
}

/** 45 agents: three pages of 20, 20 and 5 at the default page size. */
export const AGENTS = Array.from({ length: 45 }, (_, index) => agent(index + 1));
