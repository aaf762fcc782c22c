import type { INodeProperties } from 'n8n-workflow';

const UUID_PATTERN = '^\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*$';

/** The agent's sender ID (what Messages uses as "from"), picked from the agents list or typed. */
export const senderIdLocator: INodeProperties = {
	displayName: 'Agent Sender ID',
	name: 'senderId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The sender ID of your RCS agent, the value you send RCS messages from',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRcsAgentSenderIds', searchable: true },
		},
		{
			displayName: 'By Sender ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. ExampleCo-RCSAgent-1',
			validation: [{ type: 'regex', properties: { regex: '^\\S+$', errorMessage: 'A sender ID has no spaces' } }],
		},
	],
};

export const agentLocator: INodeProperties = {
	displayName: 'Agent',
	name: 'agentId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The RCS agent',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRcsAgents', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
			validation: [{ type: 'regex', properties: { regex: UUID_PATTERN, errorMessage: 'An agent ID looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf' } }],
		},
	],
};

export const brandLocator: INodeProperties = {
	displayName: 'Brand',
	name: 'brandId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'The RCS brand',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRcsBrands', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
			validation: [{ type: 'regex', properties: { regex: UUID_PATTERN, errorMessage: 'A brand ID looks like 78d335fa-323d-0114-9c3d-d6f0d48968cf' } }],
		},
	],
};

export const carrierLocator: INodeProperties = {
	displayName: 'Carrier',
	name: 'carrierId',
	type: 'resourceLocator',
	required: true,
	default: { mode: 'list', value: '' },
	description: 'A mobile carrier that supports RCS',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchRcsCarriers', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. verizon-us',
		},
	],
};
