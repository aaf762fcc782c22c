import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { fieldsOrJsonChoice } from '../../../shared/nodeDescription';
import { refuse, requireText } from '../../../shared/validation';
import { RCS_BASE, SENDER_ID_PATH, fillPath } from '../common';

const OPT_OUT_ACTIONS = ['STOP', 'START', 'CUSTOM'];

interface ActionFields {
	type?: string;
	keywords?: string;
	autoReply?: string;
}

function keywordList(value: unknown): string[] {
	const list = Array.isArray(value) ? value : String(value ?? '').split(',');
	return list.map((keyword) => String(keyword).trim()).filter(Boolean);
}

/** Checks one action whichever way it was entered, so both ways fail with the same clear words. */
function checkedAction(context: IExecuteSingleFunctions, raw: IDataObject, position: number): IDataObject {
	const field = `Action ${position}`;
	const action = String(raw.action ?? '').trim().toUpperCase();
	if (!OPT_OUT_ACTIONS.includes(action)) {
		throw refuse(context, `${field} Type`, action, 'is not an opt-out action', 'Use STOP, START or CUSTOM.');
	}
	const keywords = keywordList(raw.keywords);
	if (!keywords.length) {
		throw refuse(context, `${field} Keywords`, '', 'is required', 'Enter the words users send to trigger this action, separated by commas, e.g. STOP, UNSUBSCRIBE.');
	}
	const autoReply = requireText(context, `${field} Auto-Reply`, raw['auto-reply']);
	return { keywords, 'auto-reply': autoReply, action };
}

/** preSend: `{ actions }` from the fields or the JSON, each action checked. */
async function buildOptOutUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const inputMode = this.getNodeParameter('actionsInput', 'fields') as string;
	let rawActions: IDataObject[];
	if (inputMode === 'json') {
		const text = this.getNodeParameter('actionsJson', '[]') as unknown;
		const parsed = typeof text === 'string' ? jsonParse<unknown>(text, { fallbackValue: undefined }) : text;
		const list = Array.isArray(parsed) ? parsed : (parsed as IDataObject | undefined)?.actions;
		if (!Array.isArray(list)) {
			throw refuse(this, 'Actions (JSON)',
				typeof text === 'string' ? text : JSON.stringify(text),
				'is not a JSON array of actions',
				'Enter an array such as [{"action": "STOP", "keywords": ["STOP"], "auto-reply": "You have opted out."}].',
			);
		}
		rawActions = list as IDataObject[];
	} else {
		const entries = (this.getNodeParameter('actions.action', []) as ActionFields[]) ?? [];
		rawActions = entries.map((entry) => ({ action: entry.type, keywords: entry.keywords, 'auto-reply': entry.autoReply }));
	}
	if (!rawActions.length) {
		throw refuse(this, 'Actions', '', 'is required', 'Add at least one action, e.g. STOP with the keyword STOP.');
	}
	const actions = rawActions.map((raw, index) => checkedAction(this, raw ?? {}, index + 1));
	return { ...requestOptions, body: { actions } };
}

export const updateOperation: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update the opt out keywords and replies of an RCS agent',
	description: 'Replace the opt-out actions of an agent: the keywords users send and the automatic reply',
	routing: {
		request: { method: 'POST', url: `${RCS_BASE}/opt-out/{sender_id}` },
		send: { preSend: [requireAuth('basic', 'Update RCS Opt-Out'), fillPath({ sender_id: SENDER_ID_PATH }), buildOptOutUpdate] },
	},
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const updateFields: INodeProperties[] = [
	fieldsOrJsonChoice({ displayName: 'Define Actions', name: 'actionsInput' }),
	{
		displayName: 'Actions',
		name: 'actions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Action',
		default: { action: [{ type: 'STOP', keywords: 'STOP', autoReply: 'You have opted out.' }] },
		description: 'The opt-out actions of the agent; they replace the current ones',
		displayOptions: { show: { actionsInput: ['fields'] } },
		options: [
			{
				displayName: 'Action',
				name: 'action',
				values: [
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Custom', value: 'CUSTOM', description: 'Your own keywords and reply' },
							{ name: 'Start', value: 'START', description: 'Opt the user back in' },
							{ name: 'Stop', value: 'STOP', description: 'Opt the user out' },
						],
						default: 'STOP',
						description: 'What the keywords do',
					},
					{
						displayName: 'Keywords',
						name: 'keywords',
						type: 'string',
						default: '',
						placeholder: 'e.g. STOP, UNSUBSCRIBE',
						description: 'Words that trigger the action, separated by commas',
					},
					{
						displayName: 'Auto-Reply',
						name: 'autoReply',
						type: 'string',
						default: '',
						placeholder: 'e.g. You have opted out. Reply START to opt back in.',
						description: 'The message sent back to the user when the action is triggered',
					},
				],
			},
		],
	},
	{
		displayName: 'Actions (JSON)',
		name: 'actionsJson',
		type: 'json',
		default: '[\n  {\n    "action": "STOP",\n    "keywords": ["STOP"],\n    "auto-reply": "You have opted out."\n  }\n]',
		description: 'An array of actions, each with "action" (STOP, START or CUSTOM), "keywords" and "auto-reply"; they replace the current ones',
		displayOptions: { show: { actionsInput: ['json'] } },
	},
];
