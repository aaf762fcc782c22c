// What each node's form should show, read from the node's own description (the source, not dist/): for every
// combination of the "switch" fields (resource, operation, channel, message type, status), which top-level fields
// n8n must display. n8n-workflow's own display rules decide it, the same code the editor runs; the browser then has
// to show exactly those inputs with the labels our source gives them, so a renamed label or a field lost from the
// built package fails the suite.
import { type INodeParameters, type INodeProperties, type INodeTypeDescription, NodeHelpers } from 'n8n-workflow';

/** Fields that pick what the rest of the form is, in the order the form shows them. */
const SWITCHES = ['resource', 'operation', 'channel', 'messageType', 'status'];

/** Field types that render as one input marked with `data-parameter-path="parameters.<name>"`. */
const SINGLE_INPUT_TYPES = new Set(['string', 'number', 'boolean', 'options', 'multiOptions', 'json', 'dateTime', 'resourceLocator', 'color']);

export type SwitchValues = Record<string, string>;

export interface FormState {
	/** The switch fields to set, in form order, e.g. { resource: 'message', operation: 'send', channel: 'sms' }. */
	switches: SwitchValues;
	/** The display names of the switch values, as the dropdowns show them. */
	labels: SwitchValues;
	/** Names of the single inputs n8n must show (top level), sorted. */
	inputs: string[];
	/** Labels (display names) the form must show: every visible top-level field, notices included. */
	texts: string[];
}

function visibleProperties(description: INodeTypeDescription, base: INodeParameters, switches: SwitchValues): INodeProperties[] {
	const node = { typeVersion: Array.isArray(description.version) ? Math.max(...description.version) : description.version };
	const values = NodeHelpers.getNodeParameters(description.properties, { ...base, ...switches }, true, false, node, description) ?? {};
	// n8n 2.x folds the Authentication choice into the credential dropdown: the field itself is not shown.
	return description.properties.filter(
		(property) => property.name !== 'authentication' && property.type !== 'hidden' && NodeHelpers.displayParameter(values, property, node, description),
	);
}

function plainText(text: string): string {
	return text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * Every combination of switch values the form offers, each with what it must show. `base` holds values the editor
 * set by itself, e.g. the authentication that goes with the credential it selected.
 */
export function formStates(description: INodeTypeDescription, base: INodeParameters = {}): FormState[] {
	const states: FormState[] = [];
	const walk = (switches: SwitchValues, labels: SwitchValues) => {
		const visible = visibleProperties(description, base, switches);
		const next = visible.find((property) => SWITCHES.includes(property.name) && !(property.name in switches) && property.type === 'options');
		if (next) {
			for (const option of next.options ?? []) {
				if (!('value' in option) || typeof option.value !== 'string') continue;
				walk({ ...switches, [next.name]: option.value }, { ...labels, [next.name]: option.name });
			}
			return;
		}
		states.push({
			switches,
			labels,
			inputs: [...new Set(visible.filter((property) => SINGLE_INPUT_TYPES.has(property.type)).map((property) => property.name))].sort(),
			texts: [...new Set(visible.map((property) => plainText(property.displayName)))],
		});
	};
	walk({}, {});
	return states;
}

/** A short name of a state for test titles and screenshots, e.g. "message/send/whatsapp/template". */
export function stateName(state: FormState): string {
	return Object.values(state.switches).join('/');
}
