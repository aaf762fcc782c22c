import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { checkMaxLength, parseJson, refuseMessage, requireUrl } from '../../../shared/validation';
import { OTHER_FIELDS_JSON, requestPath } from '../common';
import { PROFILE_PATH } from './path';

/** Meta's limits for business profile fields; Vonage passes the profile on to Meta. */
const PROFILE_LIMITS = { about: 139, address: 256, description: 512, email: 128, website: 256, websites: 2 } as const;

const LABELS = { about: 'About', address: 'Address', description: 'Description', email: 'Email' } as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks the profile update before it is sent: at least one field, Meta's length limits, URLs that
 * are URLs, and the JSON field merged in (fields set above take precedence over the JSON).
 */
async function checkProfileUpdate(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const structured = { ...((requestOptions.body ?? {}) as IDataObject) };
	const updateFields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const extra = parseJson(this, 'Other Fields (JSON)', updateFields.otherFieldsJson, OTHER_FIELDS_JSON) as IDataObject;
	delete structured.otherFieldsJson;
	const body: IDataObject = { ...extra, ...structured };

	for (const field of ['about', 'address', 'description', 'email'] as const) {
		if (typeof body[field] === 'string') checkMaxLength(this, LABELS[field], body[field], PROFILE_LIMITS[field]);
	}
	if (typeof body.email === 'string' && body.email && !EMAIL.test(body.email.trim())) {
		throw refuseMessage(this, `Email "${body.email}" is not an email address`, 'Enter an address such as support@example.com, or remove the Email field.');
	}
	if (body.profile_picture_url !== undefined) body.profile_picture_url = requireUrl(this, 'Profile Picture URL', body.profile_picture_url, 'link');
	if (body.websites !== undefined) {
		const websites = (Array.isArray(body.websites) ? body.websites : [body.websites]).filter((site) => site !== '' && site !== null);
		if (websites.length > PROFILE_LIMITS.websites) {
			throw refuseMessage(this, `Websites has ${websites.length} entries; WhatsApp allows at most 2`, 'Remove websites until at most two remain.');
		}
		body.websites = websites.map((site) => {
			const url = requireUrl(this, 'Website', site, 'link');
			checkMaxLength(this, 'Website', url, PROFILE_LIMITS.website);
			return url;
		});
	}
	if (Object.keys(body).length === 0) {
		throw refuseMessage(this, `Nothing to update`, 'Add at least one field under "Update Fields", e.g. About or Websites.');
	}
	return { ...requestOptions, body };
}

const VERTICALS: Array<{ name: string; value: string }> = [
	{ name: 'Apparel', value: 'APPAREL' },
	{ name: 'Automotive', value: 'AUTO' },
	{ name: 'Beauty, Spa and Salon', value: 'BEAUTY' },
	{ name: 'Education', value: 'EDU' },
	{ name: 'Entertainment', value: 'ENTERTAIN' },
	{ name: 'Event Planning and Service', value: 'EVENT_PLAN' },
	{ name: 'Finance and Banking', value: 'FINANCE' },
	{ name: 'Food and Grocery', value: 'GROCERY' },
	{ name: 'Hotel and Lodging', value: 'HOTEL' },
	{ name: 'Medical and Health', value: 'HEALTH' },
	{ name: 'Non-Profit', value: 'NONPROFIT' },
	{ name: 'Other', value: 'OTHER' },
	{ name: 'Professional Services', value: 'PROF_SERVICES' },
	{ name: 'Public Service', value: 'GOVT' },
	{ name: 'Restaurant', value: 'RESTAURANT' },
	{ name: 'Shopping and Retail', value: 'RETAIL' },
	{ name: 'Travel and Transportation', value: 'TRAVEL' },
];

export const updateOperation: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a number profile',
	description: 'Change fields of the business profile of a WhatsApp number',
	routing: { request: { method: 'PATCH' }, send: { preSend: [requestPath(PROFILE_PATH), checkProfileUpdate] } },
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const updateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'About',
				name: 'about',
				type: 'string',
				default: '',
				placeholder: 'e.g. Open 9-5, Monday to Friday',
				description: 'The short text under the business name (at most 139 characters)',
				routing: { send: { type: 'body', property: 'about' } },
			},
			{
				displayName: 'Address',
				name: 'address',
				type: 'string',
				default: '',
				placeholder: 'e.g. 123 Main Street, Anytown, USA',
				description: 'The business address (at most 256 characters)',
				routing: { send: { type: 'body', property: 'address' } },
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'A description of the business (at most 512 characters)',
				routing: { send: { type: 'body', property: 'description' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'The contact email address shown on the profile',
				routing: { send: { type: 'body', property: 'email' } },
			},
			{
				displayName: 'Industry',
				name: 'vertical',
				type: 'options',
				options: VERTICALS,
				default: 'OTHER',
				description: 'The business category shown on the profile',
				routing: { send: { type: 'body', property: 'vertical' } },
			},
			{
				displayName: 'Other Fields (JSON)',
				name: 'otherFieldsJson',
				type: 'json',
				default: '{}',
				description: 'Further profile fields as a JSON object, sent as they are. Fields set above take precedence.',
			},
			{
				displayName: 'Profile Picture URL',
				name: 'profile_picture_url',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/logo.png',
				description:
					'Public URL of a square JPG or PNG, 192 to 640 pixels wide, at most 800 KB. Larger images are cropped to the centre.',
				routing: { send: { type: 'body', property: 'profile_picture_url' } },
			},
			{
				displayName: 'Websites',
				name: 'websites',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Website' },
				default: [],
				placeholder: 'e.g. https://example.com',
				description: 'Up to two website URLs shown on the profile',
				routing: { send: { type: 'body', property: 'websites' } },
			},
		],
	},
];
