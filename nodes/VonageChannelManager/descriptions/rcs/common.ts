import type {
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
} from 'n8n-workflow';

import { normalizePhoneNumber, requireText } from '../../../shared/validation';
import { fillPathTemplate } from '../../../shared/transport';

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
			return placeholder && requireText(this, placeholder.label, textParameter(this, placeholder.parameter), undefined, `Enter ${placeholder.label}, e.g. ${placeholder.example}.`);
		});
		return { ...requestOptions, url };
	};
}

/** A phone number as Vonage's RCS endpoints show it: E.164 with a leading "+". */
export function plusE164(context: IExecuteSingleFunctions, label: string, value: unknown): string {
	return `+${normalizePhoneNumber(context, label, value)}`;
}
