import type { INodeProperties } from 'n8n-workflow';

import { listOrIdLocator } from '../../../shared/locator';

const UUID_PATTERN = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** The agent's sender ID (what Messages uses as "from"), picked from the agents list or typed. */
export const senderIdLocator: INodeProperties = listOrIdLocator({
	displayName: 'Agent Sender ID',
	name: 'senderId',
	description: 'The sender ID of your RCS agent, the value you send RCS messages from',
	searchListMethod: 'searchRcsAgentSenderIds',
	typed: {
		displayName: 'By Sender ID',
		placeholder: 'e.g. ExampleCo-RCSAgent-1',
		pattern: { regex: '^\\S+$', errorMessage: 'A sender ID has no spaces' },
	},
});

export const agentLocator: INodeProperties = listOrIdLocator({
	displayName: 'Agent',
	name: 'agentId',
	description: 'The RCS agent',
	searchListMethod: 'searchRcsAgents',
	typed: {
		placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
		pattern: { regex: UUID_PATTERN, errorMessage: 'An agent ID looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf' },
	},
});

export const brandLocator: INodeProperties = listOrIdLocator({
	displayName: 'Brand',
	name: 'brandId',
	description: 'The RCS brand',
	searchListMethod: 'searchRcsBrands',
	typed: {
		placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
		pattern: { regex: UUID_PATTERN, errorMessage: 'A brand ID looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf' },
	},
});

export const carrierLocator: INodeProperties = listOrIdLocator({
	displayName: 'Carrier',
	name: 'carrierId',
	description: 'A mobile carrier that supports RCS',
	searchListMethod: 'searchRcsCarriers',
	typed: { placeholder: 'e.g. verizon-us' },
});
