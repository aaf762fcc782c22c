import type { IDataObject } from 'n8n-workflow';

import { simplifyResponse } from '../common';

function section(agent: IDataObject, name: string): IDataObject {
	const value = agent[name];
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

/**
 * The fields a workflow usually needs from an agent, flat: identity, state, what it is for and when it
 * changed. The full agent (visual design, representative, launch details, test devices) is in the raw output.
 */
export function simplifyAgent(agent: IDataObject): IDataObject {
	const basicInfo = section(agent, 'basic_info');
	const simplified: IDataObject = {
		id: agent.id,
		state: agent.state,
		sender_id: basicInfo.sender_id,
		display_name: basicInfo.display_name,
		brand_id: basicInfo.brand_id,
		agent_purpose: basicInfo.agent_purpose,
		billing_category: basicInfo.billing_category,
		verification_status: section(agent, 'verification_details').status,
		created_at: agent.created_at,
		updated_at: agent.updated_at,
	};
	// A just-created agent has no verification details yet: absent fields are left out, not null.
	return Object.fromEntries(Object.entries(simplified).filter(([, value]) => value !== undefined));
}

/** postReceive of every operation that answers with one agent. */
export const simplifyAgentItems = simplifyResponse(simplifyAgent);
