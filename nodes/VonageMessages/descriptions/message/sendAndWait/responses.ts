/**
 * The three response types, with the parameter names and meanings of n8n's own Send and Wait nodes: what
 * the links of the message are, and what the pages behind them say.
 */
import type { IDataObject } from 'n8n-workflow';

import type { FormField } from './formFields';
import type { Choice } from './message';

export type ResponseType = 'approval' | 'freeText' | 'customForm';

export const RESPONSE_TYPES: ResponseType[] = ['approval', 'freeText', 'customForm'];

export const DEFAULT_APPROVE_LABEL = 'Approve';
export const DEFAULT_DISAPPROVE_LABEL = 'Decline';
export const DEFAULT_RESPOND_LABEL = 'Respond';

export interface ApprovalSettings {
	/** "single": approve only; "double": approve or decline. */
	approvalType: 'single' | 'double';
	approveLabel: string;
	disapproveLabel: string;
}

function label(value: unknown, fallback: string): string {
	return typeof value === 'string' && value.trim() ? value.trim() : fallback;
}

/** The Approval Options collection, with its defaults filled in. */
export function approvalSettings(values: IDataObject): ApprovalSettings {
	return {
		approvalType: values.approvalType === 'double' ? 'double' : 'single',
		approveLabel: label(values.approveLabel, DEFAULT_APPROVE_LABEL),
		disapproveLabel: label(values.disapproveLabel, DEFAULT_DISAPPROVE_LABEL),
	};
}

/** The one field of a Free Text answer; its answer is the output's `data.text`. */
export const FREE_TEXT_FIELD: FormField = { label: 'Response', type: 'textarea', required: true };

/** Title, text and button of a Free Text or Custom Form page, from the options (the message text by default). */
export function formTexts(options: IDataObject, message: string): { title: string; description: string; buttonLabel: string } {
	return {
		title: label(options.responseFormTitle, 'Your answer'),
		description: typeof options.responseFormDescription === 'string' && options.responseFormDescription.trim() ? options.responseFormDescription : message,
		buttonLabel: label(options.responseFormButtonLabel, 'Submit'),
	};
}

/**
 * The links of the message. Each is a resume URL n8n signed (`signedUrl`), so the answer an approval link
 * stands for is part of what n8n checks: approve and decline are two different signed links.
 */
export function choicesFor(responseType: ResponseType, approvalValues: IDataObject, options: IDataObject, signedUrl: (query: Record<string, string>) => string): Choice[] {
	if (responseType !== 'approval') {
		return [{ label: label(options.messageButtonLabel, DEFAULT_RESPOND_LABEL), url: signedUrl({}), kind: 'respond' }];
	}
	const settings = approvalSettings(approvalValues);
	const choices: Choice[] = [{ label: settings.approveLabel, url: signedUrl({ approved: 'true' }), kind: 'approve' }];
	if (settings.approvalType === 'double') choices.push({ label: settings.disapproveLabel, url: signedUrl({ approved: 'false' }), kind: 'decline' });
	return choices;
}
