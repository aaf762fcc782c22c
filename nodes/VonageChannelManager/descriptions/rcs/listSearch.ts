import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { fetchAllRecords } from '../../../shared/pagination';
import { vonageApiRequest, vonageApiRequestBody } from '../../../shared/transport';
import { RCS_AGENT_LIST } from './agent';
import { brandsOf } from './brand';
import { carriersOf } from './carrier';
import { RCS_BASE } from './common';

type ListSearch = (this: ILoadOptionsFunctions, filter?: string) => Promise<INodeListSearchResult>;

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Keeps the entries whose name or value contains the filter (case-insensitive), sorted by name. */
function matching(entries: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const wanted = filter?.trim().toLowerCase();
	const results = entries
		.filter((entry) => entry.value !== '')
		.filter((entry) => !wanted || entry.name.toLowerCase().includes(wanted) || String(entry.value).toLowerCase().includes(wanted))
		.sort((a, b) => a.name.localeCompare(b.name));
	return { results };
}

async function allAgents(context: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return await fetchAllRecords(context, `${RCS_BASE}/agents`, RCS_AGENT_LIST, { requiredAuth: 'basic' });
}

function basicInfo(agent: IDataObject): IDataObject {
	const info = agent.basic_info;
	return info && typeof info === 'object' && !Array.isArray(info) ? (info as IDataObject) : {};
}

/** Agents by ID; the name shows display name, sender ID and state, which tell agents apart. */
const searchRcsAgents: ListSearch = async function (filter) {
	const agents = await allAgents(this);
	return matching(
		agents.map((agent) => {
			const info = basicInfo(agent);
			const name = text(info.display_name) || text(info.sender_id) || text(agent.id);
			return { name: `${name} (${text(info.sender_id) || 'no sender ID'}, ${text(agent.state) || 'unknown state'})`, value: text(agent.id) };
		}),
		filter,
	);
};

/** Agents by sender ID, for the operations that address an agent by the sender ID it sends from. */
const searchRcsAgentSenderIds: ListSearch = async function (filter) {
	const agents = await allAgents(this);
	return matching(
		agents.map((agent) => {
			const info = basicInfo(agent);
			const senderId = text(info.sender_id);
			return { name: `${text(info.display_name) || senderId} (${senderId})`, value: senderId };
		}),
		filter,
	);
};

const searchRcsBrands: ListSearch = async function (filter) {
	const body = await vonageApiRequestBody(this, 'GET', `${RCS_BASE}/brands`, { requiredAuth: 'basic' });
	return matching(
		brandsOf(body).map((brand) => ({ name: text(brand.display_name) || text(brand.id), value: text(brand.id) })),
		filter,
	);
};

const searchRcsCarriers: ListSearch = async function (filter) {
	const body = await vonageApiRequest(this, 'GET', `${RCS_BASE}/metadata/carriers`, { requiredAuth: 'basic' });
	return matching(
		carriersOf(body).map((carrier) => {
			const name = text(carrier.carrier) || text(carrier.id);
			const country = text(carrier.country_letter_code);
			return { name: country ? `${name} (${country})` : name, value: text(carrier.id) };
		}),
		filter,
	);
};

/** The test devices of the agent chosen in the Agent field. */
const searchRcsTestDevices: ListSearch = async function (filter) {
	const agentId = text(this.getCurrentNodeParameter('agentId', { extractValue: true })).trim();
	if (!agentId) return { results: [] };
	const agent = await vonageApiRequest(this, 'GET', `${RCS_BASE}/agents/${encodeURIComponent(agentId)}`, { requiredAuth: 'basic' });
	const devices = Array.isArray(agent.test_devices) ? (agent.test_devices as IDataObject[]) : [];
	return matching(
		devices.map((device) => ({ name: `${text(device.phone) || text(device.id)} (${text(device.status) || 'unknown status'})`, value: text(device.id) })),
		filter,
	);
};

export const rcsListSearchMethods: Record<string, ListSearch> = {
	searchRcsAgents,
	searchRcsAgentSenderIds,
	searchRcsBrands,
	searchRcsCarriers,
	searchRcsTestDevices,
};
