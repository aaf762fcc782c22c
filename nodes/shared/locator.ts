import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

export interface ListOrIdLocator {
	displayName: string;
	name: string;
	description: string;
	displayOptions?: IDisplayOptions;
	/** The node's `methods.listSearch` entry that fills the From List mode. */
	searchListMethod: string;
	/** The mode for a value typed in, always named `id` (saved workflows store the mode name). */
	typed: {
		/** Default "By ID". */
		displayName?: string;
		placeholder: string;
		/** What a typed value must look like, with the message n8n shows when it does not. */
		pattern?: { regex: string; errorMessage: string };
	};
}

/** A required resource locator: pick from a searchable list, or type the identifier. */
export function listOrIdLocator({ displayName, name, description, displayOptions, searchListMethod, typed }: ListOrIdLocator): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		...(displayOptions ? { displayOptions } : {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: typed.displayName ?? 'By ID',
				name: 'id',
				type: 'string',
				placeholder: typed.placeholder,
				...(typed.pattern ? { validation: [{ type: 'regex', properties: typed.pattern }] } : {}),
			},
		],
	};
}
