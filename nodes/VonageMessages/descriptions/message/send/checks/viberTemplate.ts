import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { isObject } from '../../../../../shared/objects';
import { parseJson, refuse, refuseMessage, requireText } from '../../../../../shared/validation';
import { usesLegacyFormat } from '../legacyFormat';

/** Viber's template message, in the legacy v0.1 format only (spec 0.4.0: templateMessageViberContent). */

const PARAMETERS_EXAMPLE = '["Ada", "A-1042"]';

/** The texts for {{1}}, {{2}}, ...: from the form's rows or a JSON array; a v0.1 {"default": "..."} is taken as its text. */
function templateParameters(context: IExecuteSingleFunctions, value: unknown): string[] {
	if (value === undefined) return [];
	const list = parseJson(context, 'Template Parameters (JSON)', value, { shape: 'array', example: PARAMETERS_EXAMPLE }) as unknown[];
	return list.map((entry, index) => {
		const field = `Template parameter ${index + 1}`;
		const fix = `Enter the text that replaces {{${index + 1}}} in the template, e.g. ${PARAMETERS_EXAMPLE}.`;
		const text = isObject(entry) && Object.keys(entry).length === 1 ? entry.default : entry;
		if (typeof text === 'number') return String(text);
		if (typeof text !== 'string') throw refuse(context, field, entry ?? '', 'is not text', fix);
		return requireText(context, field, text, undefined, fix);
	});
}

/**
 * The `template` of a Viber template message ({ name, parameters? }). Messages API v1 has no Viber
 * template, so it is refused unless Send uses the legacy v0.1 format, which carries it.
 */
export function checkViberTemplate(context: IExecuteSingleFunctions, body: IDataObject): IDataObject {
	if (!usesLegacyFormat(context)) {
		throw refuseMessage(
			context,
			'Viber template messages exist only in the legacy v0.1 format',
			'Set Options > API Format to "Legacy V0.1", or send a Viber text, image, video or file message.',
		);
	}
	const template: IDataObject = isObject(body.template) ? body.template : {};
	const parameters = templateParameters(context, template.parameters);
	return {
		name: requireText(context, 'Template Name', template.name, undefined, 'Enter the name of the Viber template Vonage set up for you.').trim(),
		...(parameters.length ? { parameters } : {}),
	};
}
