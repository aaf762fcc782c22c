import type { INodeProperties } from 'n8n-workflow';

import { VIBER, VIBER_LEGACY_TEMPLATE } from '../channelRules';
import { showFor, templateParameterFields } from './common';

/**
 * The Viber template message, which only the legacy v0.1 format has (spec 0.4.0: templateMessageViber_outbound):
 * a template Vonage set up for the Viber service, by name, with the texts for its {{1}}, {{2}}, ...
 * The fields share their names with WhatsApp's template fields, so a template keeps its name and
 * parameters when the channel is switched. The v1 body they build is rewritten to v0.1 in ../legacyFormat.ts.
 */
const show = (alsoWhen?: Record<string, string[]>) => showFor(VIBER, [VIBER_LEGACY_TEMPLATE], alsoWhen);

export const viberTemplateFields: INodeProperties[] = [
	{
		displayName: 'Viber templates are sent in the legacy v0.1 format only: set Options > API Format to Legacy V0.1',
		name: 'viberTemplateNotice',
		type: 'notice',
		default: '',
		displayOptions: show(),
	},
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. order_update',
		description: 'The name of a Viber template Vonage set up for your Viber service (ask your Vonage account manager)',
		displayOptions: show(),
		routing: { send: { type: 'body', property: 'template.name' } },
	},
	...templateParameterFields(show, 'A-1042'),
];
