import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { fetchAllRecords } from '../../../shared/pagination';
import { WABA_LOCATOR_NAME } from './common';
import { NUMBER_LIST, WABAS_PATH, WABA_LIST } from './lists';

function text(value: unknown): string {
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function matches(filter: string | undefined, ...fields: unknown[]): boolean {
	const wanted = filter?.trim().toLowerCase();
	if (!wanted) return true;
	return fields.some((field) => text(field).toLowerCase().includes(wanted));
}

function byName(a: INodeListSearchItems, b: INodeListSearchItems): number {
	return a.name.localeCompare(b.name);
}

async function allWabas(context: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return await fetchAllRecords(context, WABAS_PATH, WABA_LIST);
}

/** Every WhatsApp Business Account, all pages, filtered by name, business name or ID. */
export async function searchWhatsappBusinessAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const results = (await allWabas(this))
		.filter((waba) => matches(filter, waba.name, waba.business_name, waba.waba_id))
		.map((waba) => {
			const id = text(waba.waba_id);
			const name = text(waba.name) || text(waba.business_name) || id;
			return { name: `${name} (${id})`, value: id };
		})
		.sort(byName);
	return { results };
}

/** The WABA chosen in the node, when the current resource has one (WhatsApp Number). */
function chosenWabaId(context: ILoadOptionsFunctions): string | undefined {
	if (context.getCurrentNodeParameter('resource') !== 'whatsappNumber') return undefined;
	const value = context.getCurrentNodeParameter(WABA_LOCATOR_NAME, { extractValue: true });
	const id = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
	return /^\d+$/.test(id) ? id : undefined;
}

/**
 * The numbers of the chosen WABA, or of every WABA when the operation has none (the profile endpoints
 * take a number only), all pages, filtered by number or display name.
 */
export async function searchWhatsappNumbers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const chosen = chosenWabaId(this);
	const wabaIds = chosen ? [chosen] : (await allWabas(this)).map((waba) => text(waba.waba_id)).filter(Boolean);
	const numbers: IDataObject[] = [];
	for (const wabaId of wabaIds) {
		numbers.push(...(await fetchAllRecords(this, `${WABAS_PATH}/${encodeURIComponent(wabaId)}/numbers`, NUMBER_LIST)));
	}
	const results = numbers
		.filter((number) => matches(filter, number.phone_number, number.display_phone_number, number.verified_name))
		.map((number) => {
			const phoneNumber = text(number.phone_number);
			const shown = text(number.display_phone_number) || phoneNumber;
			const name = text(number.verified_name);
			return { name: name ? `${shown} (${name})` : shown, value: phoneNumber };
		})
		.sort(byName);
	return { results };
}
