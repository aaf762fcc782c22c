import type {
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { fillPathTemplate } from '../../../shared/transport';
import { inputError, normalizePhoneNumber } from '../../../shared/validation';

export const RCS_BASE = '/v1/channel-manager/rcs';

export function showFor(resource: string, operations?: string[]): IDisplayOptions {
	return { show: operations ? { resource: [resource], operation: operations } : { resource: [resource] } };
}

/** Reads a parameter as trimmed text; resource locators give their value. */
export function textParameter(context: IExecuteSingleFunctions, name: string): string {
	const value = context.getNodeParameter(name, '', { extractValue: true }) as unknown;
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number') return String(value);
	return '';
}

/** A parameter the request cannot do without: refused with the field's label when empty. */
export function requiredText(context: IExecuteSingleFunctions, name: string, label: string, example: string): string {
	const value = textParameter(context, name);
	if (!value) throw inputError(context.getNode(), context.getItemIndex(), label, value, 'is required', `Enter ${label}, e.g. ${example}.`);
	return value;
}

export interface PathParameter {
	/** Node parameter that holds the value (a string or a resource locator). */
	parameter: string;
	label: string;
	example: string;
}

/**
 * preSend that fills `{placeholder}` segments of the operation's URL, so the URL in the description
 * reads like the API reference and an empty identifier is refused before anything is sent.
 */
export function fillPath(placeholders: Record<string, PathParameter>) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const url = fillPathTemplate(requestOptions.url, (name) => {
			const placeholder = placeholders[name];
			return placeholder && requiredText(this, placeholder.parameter, placeholder.label, placeholder.example);
		});
		return { ...requestOptions, url };
	};
}

/** A phone number as Vonage's RCS endpoints show it: E.164 with a leading "+". */
export function plusE164(context: IExecuteSingleFunctions, label: string, value: unknown): string {
	return `+${normalizePhoneNumber(context, label, value)}`;
}
