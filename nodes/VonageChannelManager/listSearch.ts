import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { fetchAllRecords } from '../shared/pagination';
import { vonageApiRequest, vonageApiRequestBody } from '../shared/transport';
import { RCS_BASE, WABAS_PATH, WABA_LOCATOR_NAME } from './descriptions/common';
import { RCS_AGENT_LIST } from './descriptions/rcsAgent/getAll.operation';
import { brandsOf } from './descriptions/rcsBrand/getAll.operation';
import { carriersOf } from './descriptions/rcsCarrier/getAll.operation';
import { WABA_LIST } from './descriptions/whatsappBusinessAccount';
import { NUMBER_LIST } from './descriptions/whatsappNumber';

// The From List modes of the node's resource locators: every entry from all pages, narrowed by the filter typed
// in the editor, sorted by name.

type ListSearch = (this: ILoadOptionsFunctions, filter?: string) => Promise<INodeListSearchResult>;

function text(value: unknown): string {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function byName(a: INodeListSearchItems, b: INodeListSearchItems): number {
	return a.name.localeCompare(b.name);
}

/** Whether the filter (case-insensitive) is in one of the fields; no filter matches everything. */
function contains(filter: string | undefined, ...fields: unknown[]): boolean {
	const wanted = filter?.trim().toLowerCase();
	if (!wanted) return true;
	return fields.some((field) => text(field).toLowerCase().includes(wanted));
}

/** Keeps the entries with a value whose name or value contains the filter, sorted by name. */
function matching(entries: INodeListSearchItems[], filter?: string): INodeListSearchResult {
	const results = entries
		.filter((entry) => entry.value !== '')
		.filter((entry) => contains(filter, entry.name, entry.value))
		.sort(byName);
	return { results };
}

// ----- RCS -----

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

// ----- WhatsApp -----

async function allWabas(context: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return await fetchAllRecords(context, WABAS_PATH, WABA_LIST);
}

/** Every WhatsApp Business Account, all pages, filtered by name, business name or ID. */
const searchWhatsappBusinessAccounts: ListSearch = async function (filter) {
	const results = (await allWabas(this))
		.filter((waba) => contains(filter, waba.name, waba.business_name, waba.waba_id))
		.map((waba) => {
			const id = text(waba.waba_id);
			const name = text(waba.name) || text(waba.business_name) || id;
			return { name: `${name} (${id})`, value: id };
		})
		.sort(byName);
	return { results };
};

/** The WABA chosen in the node, when the current resource has one (WhatsApp Number). */
function chosenWabaId(context: ILoadOptionsFunctions): string | undefined {
	if (context.getCurrentNodeParameter('resource') !== 'whatsappNumber') return undefined;
	const id = text(context.getCurrentNodeParameter(WABA_LOCATOR_NAME, { extractValue: true })).trim();
	return /^\d+$/.test(id) ? id : undefined;
}

/**
 * The numbers of the chosen WABA, or of every WABA when the operation has none (the profile endpoints
 * take a number only), all pages, filtered by number or display name.
 */
const searchWhatsappNumbers: ListSearch = async function (filter) {
	const chosen = chosenWabaId(this);
	const wabaIds = chosen ? [chosen] : (await allWabas(this)).map((waba) => text(waba.waba_id)).filter(Boolean);
	const numbers: IDataObject[] = [];
	for (const wabaId of wabaIds) {
		numbers.push(...(await fetchAllRecords(this, `${WABAS_PATH}/${encodeURIComponent(wabaId)}/numbers`, NUMBER_LIST)));
	}
	const results = numbers
		.filter((number) => contains(filter, number.phone_number, number.display_phone_number, number.verified_name))
		.map((number) => {
			const phoneNumber = text(number.phone_number);
			const shown = text(number.display_phone_number) || phoneNumber;
			const name = text(number.verified_name);
			return { name: name ? `${shown} (${name})` : shown, value: phoneNumber };
		})
		.sort(byName);
	return { results };
};

export const channelManagerListSearch: Record<string, ListSearch> = {
	searchWhatsappBusinessAccounts,
	searchWhatsappNumbers,
	searchRcsAgents,
	searchRcsAgentSenderIds,
	searchRcsBrands,
	searchRcsCarriers,
	searchRcsTestDevices,
};
