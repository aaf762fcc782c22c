/**
 * The fields of a Custom Form response: how the editor defines them (the same parameter names and JSON
 * keys as n8n's own forms, so a form definition carries over), how they are checked before the message
 * is sent, how the recipient's page shows them, and how a submission becomes the node's output.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fieldsOrJsonChoice } from '../../../../shared/nodeDescription';
import { isObject } from '../../../../shared/objects';
import { escapeHtml } from './pages';

/** The field types a response form offers. File uploads and custom HTML are not offered: see README. */
export const FORM_FIELD_TYPES = ['text', 'textarea', 'email', 'number', 'password', 'date', 'dropdown', 'checkbox', 'radio', 'hiddenField'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** Types whose choices come from `fieldOptions`. */
const CHOICE_TYPES: FormFieldType[] = ['dropdown', 'checkbox', 'radio'];

export interface FormField {
	label: string;
	type: FormFieldType;
	required: boolean;
	placeholder?: string;
	/** The choices of a dropdown, checkbox or radio field. */
	choices?: string[];
	/** A dropdown where several choices may be picked. */
	multiselect?: boolean;
	/** The value a hidden field submits. */
	value?: string;
}

/** Why a form definition cannot be used: `where` names the field ("Form field 2"), `problem` says what is wrong. */
export class FormDefinitionError extends Error {
	constructor(
		readonly where: string,
		readonly problem: string,
	) {
		super(`${where} ${problem}`);
	}
}

export const FORM_JSON_EXAMPLE = '[{"fieldLabel": "Refund amount", "fieldType": "number", "requiredField": true}]';

/** The editor's definition of the form (shown for Response Type "Custom Form"). */
export const formDefinitionProperties: INodeProperties[] = [
	fieldsOrJsonChoice({ displayName: 'Define Form', name: 'defineForm' }),
	{
		displayName: 'Form Fields',
		name: 'jsonOutput',
		type: 'json',
		typeOptions: { rows: 5 },
		default:
			'[\n  {\n    "fieldLabel": "Refund amount",\n    "fieldType": "number",\n    "requiredField": true\n  },\n  {\n    "fieldLabel": "Reason",\n    "fieldType": "dropdown",\n    "fieldOptions": { "values": [{ "option": "Damaged" }, { "option": "Late" }] }\n  }\n]',
		description:
			'A JSON array of fields, each with "fieldLabel", and optionally "fieldType" (text, textarea, email, number, password, date, dropdown, checkbox, radio, hiddenField), "placeholder", "requiredField", "fieldOptions" ({"values": [{"option": "..."}]}), "multiselect" and "fieldValue" (hidden fields)',
		displayOptions: { show: { defineForm: ['json'] } },
	},
	{
		displayName: 'Form Fields',
		name: 'formFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Form Field',
		default: {},
		displayOptions: { show: { defineForm: ['fields'] } },
		options: [
			{
				displayName: 'Values',
				name: 'values',
				// Sorted by display name, as n8n's lint requires; each row shows only what its Field Type uses.
				values: [
					{
						displayName: 'Field Label',
						name: 'fieldLabel',
						type: 'string',
						default: '',
						placeholder: 'e.g. Refund amount',
						description: 'Shown above the field; the output names the answer by it',
						required: true,
					},
					{
						displayName: 'Field Options',
						name: 'fieldOptions',
						type: 'fixedCollection',
						typeOptions: { multipleValues: true, sortable: true },
						placeholder: 'Add Field Option',
						default: {},
						displayOptions: { show: { fieldType: ['dropdown', 'checkbox', 'radio'] } },
						options: [
							{
								displayName: 'Values',
								name: 'values',
								values: [{ displayName: 'Option', name: 'option', type: 'string', default: '' }],
							},
						],
					},
					{
						displayName: 'Field Type',
						name: 'fieldType',
						type: 'options',
						default: 'text',
						options: [
							{ name: 'Checkboxes', value: 'checkbox' },
							{ name: 'Date', value: 'date' },
							{ name: 'Dropdown List', value: 'dropdown' },
							{ name: 'Email', value: 'email' },
							{ name: 'Hidden Field', value: 'hiddenField' },
							{ name: 'Number', value: 'number' },
							{ name: 'Password', value: 'password' },
							{ name: 'Radio Buttons', value: 'radio' },
							{ name: 'Text', value: 'text' },
							{ name: 'Textarea', value: 'textarea' },
						],
					},
					{
						displayName: 'Field Value',
						name: 'fieldValue',
						type: 'string',
						default: '',
						description: 'The value the form submits for this field; the recipient does not see it',
						displayOptions: { show: { fieldType: ['hiddenField'] } },
					},
					{
						displayName: 'Multiple Choice',
						name: 'multiselect',
						type: 'boolean',
						default: false,
						description: 'Whether the recipient may pick several options',
						displayOptions: { show: { fieldType: ['dropdown'] } },
					},
					{
						displayName: 'Placeholder',
						name: 'placeholder',
						type: 'string',
						default: '',
						displayOptions: { show: { fieldType: ['text', 'textarea', 'email', 'number', 'password'] } },
					},
					{
						displayName: 'Required Field',
						name: 'requiredField',
						type: 'boolean',
						default: false,
						description: 'Whether the recipient must fill this field before the form can be sent',
						displayOptions: { hide: { fieldType: ['hiddenField'] } },
					},
				],
			},
		],
	},
];

function text(value: unknown): string {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return typeof value === 'string' ? value : '';
}

/** One field from the editor's fixedCollection row or from a JSON entry (both use n8n's form keys). */
function parseField(entry: unknown, position: number): FormField {
	const where = `Form field ${position}`;
	if (!isObject(entry)) throw new FormDefinitionError(where, `is not an object: give each field as ${FORM_JSON_EXAMPLE}`);
	const label = text(entry.fieldLabel).trim();
	if (!label) throw new FormDefinitionError(where, 'has no label: set "fieldLabel"');
	const type = (text(entry.fieldType) || 'text') as FormFieldType;
	if (!FORM_FIELD_TYPES.includes(type)) {
		throw new FormDefinitionError(`${where} ("${label}")`, `has the type "${type}", which a response form does not offer: use one of ${FORM_FIELD_TYPES.join(', ')}`);
	}
	const field: FormField = { label, type, required: entry.requiredField === true || entry.requiredField === 'true' };
	const placeholder = text(entry.placeholder);
	if (placeholder) field.placeholder = placeholder;
	if (CHOICE_TYPES.includes(type)) {
		const rows = isObject(entry.fieldOptions) && Array.isArray(entry.fieldOptions.values) ? entry.fieldOptions.values : [];
		const choices = rows.map((row) => (isObject(row) ? text(row.option).trim() : '')).filter((choice) => choice !== '');
		if (!choices.length) throw new FormDefinitionError(`${where} ("${label}")`, 'has no options: add at least one under "fieldOptions"');
		field.choices = choices;
		if (type === 'dropdown' && (entry.multiselect === true || entry.multiselect === 'true')) field.multiselect = true;
	}
	if (type === 'hiddenField') {
		field.required = false;
		field.value = text(entry.fieldValue);
	}
	return field;
}

/**
 * The form's fields from the node's parameters: the fixedCollection rows (`defineForm` "fields") or the JSON
 * array (`defineForm` "json", given as text or as an already parsed value). Throws FormDefinitionError.
 */
export function parseFormFields(defineForm: string, rows: unknown, json: unknown): FormField[] {
	let entries: unknown;
	if (defineForm === 'json') {
		entries = json;
		if (typeof json === 'string') {
			let syntaxError: string | undefined;
			try {
				entries = JSON.parse(json) as unknown;
			} catch (error) {
				syntaxError = (error as Error).message;
			}
			if (syntaxError !== undefined) throw new FormDefinitionError('Form Fields', `is not valid JSON (${syntaxError}): give an array such as ${FORM_JSON_EXAMPLE}`);
		}
		if (!Array.isArray(entries)) throw new FormDefinitionError('Form Fields', `is not a JSON array: give an array such as ${FORM_JSON_EXAMPLE}`);
	} else {
		entries = Array.isArray(rows) ? rows : [];
	}
	const fields = (entries as unknown[]).map((entry, index) => parseField(entry, index + 1));
	if (!fields.length) throw new FormDefinitionError('Form Fields', 'is empty: add at least one field');
	const labels = new Set<string>();
	for (const [index, field] of fields.entries()) {
		if (labels.has(field.label)) {
			throw new FormDefinitionError(`Form field ${index + 1}`, `repeats the label "${field.label}": the output names each answer by its label, so labels must differ`);
		}
		labels.add(field.label);
	}
	return fields;
}

/** The name of a field's input: by position, so that labels with any characters submit safely. */
export function inputName(index: number): string {
	return `field-${index}`;
}

function choiceInputs(field: FormField, name: string, kind: 'checkbox' | 'radio'): string {
	return field.choices!
		.map(
			(choice, index) =>
				`<label class="choice"><input type="${kind}" name="${name}" value="${escapeHtml(choice)}"${kind === 'radio' && field.required && index === 0 ? ' required' : ''}> ${escapeHtml(choice)}</label>`,
		)
		.join('\n');
}

/** One field as HTML form controls (no JavaScript: the browser's own validation handles required fields). */
export function renderField(field: FormField, index: number): string {
	const name = inputName(index);
	const id = `f${index}`;
	const required = field.required ? ' required' : '';
	const placeholder = field.placeholder ? ` placeholder="${escapeHtml(field.placeholder)}"` : '';
	const label = `<label for="${id}">${escapeHtml(field.label)}${field.required ? ' <span class="required">*</span>' : ''}</label>`;
	switch (field.type) {
		case 'hiddenField':
			return `<input type="hidden" name="${name}" value="${escapeHtml(field.value ?? '')}">`;
		case 'textarea':
			return `<div class="field">${label}<textarea id="${id}" name="${name}" rows="4"${placeholder}${required}></textarea></div>`;
		case 'dropdown': {
			const options = field.choices!.map((choice) => `<option value="${escapeHtml(choice)}">${escapeHtml(choice)}</option>`).join('');
			const first = field.multiselect ? '' : `<option value=""${field.required ? ' disabled selected' : ' selected'}>Choose…</option>`;
			return `<div class="field">${label}<select id="${id}" name="${name}"${field.multiselect ? ' multiple' : ''}${required}>${first}${options}</select></div>`;
		}
		case 'checkbox':
		case 'radio':
			return `<fieldset class="field"><legend>${escapeHtml(field.label)}${field.required ? ' <span class="required">*</span>' : ''}</legend>${choiceInputs(field, name, field.type)}</fieldset>`;
		case 'number':
			return `<div class="field">${label}<input id="${id}" type="number" step="any" inputmode="decimal" name="${name}"${placeholder}${required}></div>`;
		default:
			return `<div class="field">${label}<input id="${id}" type="${field.type}" name="${name}"${placeholder}${required}></div>`;
	}
}

/** Why a submission cannot be recorded, in words for the person who sent it. */
export class SubmissionError extends Error {}

function submittedValues(body: IDataObject, name: string): string[] {
	const value = body[name];
	if (Array.isArray(value)) return value.map(text);
	return value === undefined || value === null ? [] : [text(value)];
}

/**
 * A submitted form as the node's output: each answer under its field's label. Numbers become numbers,
 * checkboxes and multiple-choice dropdowns lists; a choice that the form did not offer is refused, as is a
 * required field left empty (a browser stops both, so these come from hand-made requests).
 */
export function readSubmission(fields: FormField[], body: IDataObject): IDataObject {
	const answers: IDataObject = {};
	for (const [index, field] of fields.entries()) {
		const values = submittedValues(body, inputName(index)).map((value) => value.trim());
		const filled = values.filter((value) => value !== '');
		if (field.type === 'hiddenField') {
			answers[field.label] = field.value ?? '';
			continue;
		}
		if (field.required && !filled.length) throw new SubmissionError(`"${field.label}" is required.`);
		if (field.choices) {
			const unknown = filled.find((value) => !field.choices!.includes(value));
			if (unknown !== undefined) throw new SubmissionError(`"${unknown}" is not one of the options of "${field.label}".`);
		}
		if (field.type === 'checkbox' || field.multiselect) {
			answers[field.label] = filled;
		} else if (field.type === 'number') {
			if (!filled.length) {
				answers[field.label] = null;
			} else {
				const number = Number(filled[0]);
				if (!Number.isFinite(number)) throw new SubmissionError(`"${filled[0]}" is not a number ("${field.label}").`);
				answers[field.label] = number;
			}
		} else {
			answers[field.label] = filled[0] ?? '';
		}
	}
	return answers;
}
