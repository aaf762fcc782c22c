import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyOptions } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { isObject, valueAt, compactDeep, deepMerge } from '../../../shared/objects';
import { checkMaxLength, parseJson, refuse, refuseMessage, requireUrl } from '../../../shared/validation';
import { vonageApiRequest } from '../../../shared/transport';
import { AGENT_ID_PATH, RCS_BASE, fillPath, plusE164 } from '../common';
import { simplifyAgentItems } from './simplify';

// The agent body that Create, Replace and Update send, built from the same fields, and the routing of the three.

/** What a user can enter for an agent, by node parameter name, before it becomes the API's nested body. */
interface AgentFieldValues {
	brandId?: unknown;
	displayName?: string;
	agentSenderId?: string;
	hostingRegion?: string;
	agentPurpose?: string;
	billingCategory?: string;
	notes?: string;
	applicationId?: string;
	brandColor?: string;
	contactEmail?: string;
	emailLabel?: string;
	contactPhone?: string;
	phoneLabel?: string;
	tagline?: string;
	websiteUrl?: string;
	websiteLabel?: string;
	privacyPolicyUrl?: string;
	termsOfServiceUrl?: string;
}

interface LaunchDetails {
	agentAccessInstructions?: string;
	averageGlobalTraffic?: string;
	averageMessageRatePerUser?: string;
	usersTargeted?: string;
	interactionsDescription?: string;
	optinDescription?: string;
	optoutDescription?: string;
	triggerDescription?: string;
}

interface PersonFields {
	firstName?: string;
	lastName?: string;
	email?: string;
	brandWebsite?: string;
	jobTitle?: string;
}

/** The sections of an agent body and, for each, the fields the API needs whenever the section is sent. */
const REQUIRED_IN_SECTION: Record<string, Array<[path: string, label: string]>> = {
	application_settings: [['application_id', 'Application ID']],
	basic_info: [
		['brand_id', 'Brand'],
		['display_name', 'Display Name'],
		['sender_id', 'Sender ID'],
		['hosting_region', 'Hosting Region'],
		['agent_purpose', 'Agent Purpose'],
		['billing_category', 'Billing Category'],
	],
	visual_design: [
		['brand_color', 'Brand Color'],
		['email.address', 'Contact Email'],
		['phone.number', 'Contact Phone'],
		['tagline', 'Tagline'],
		['website.address', 'Website URL'],
	],
	representative: [
		['first_name', 'Representative > First Name'],
		['last_name', 'Representative > Last Name'],
		['email', 'Representative > Email'],
	],
	carrier_requirements: [
		['agent_preview.agent_access_instructions', 'Launch Details > Agent Access Instructions'],
		['points_of_contact', 'Points of Contact'],
		['traffic_estimates.average_global_traffic', 'Launch Details > Average Global Traffic'],
		['traffic_estimates.average_message_rate_per_user', 'Launch Details > Average Message Rate per User'],
		['traffic_estimates.users_targeted', 'Launch Details > Users Targeted'],
		['user_experience.interactions_description', 'Launch Details > Interactions Description'],
		['user_experience.optin_description', 'Launch Details > Opt-In Description'],
		['user_experience.optout_description', 'Launch Details > Opt-Out Description'],
		['user_experience.trigger_description', 'Launch Details > Trigger Description'],
	],
};

/** Sections each operation must send, as the API reference marks them. */
const REQUIRED_SECTIONS: Record<AgentWrite, string[]> = {
	create: ['application_settings', 'basic_info', 'visual_design'],
	replace: ['application_settings', 'basic_info', 'visual_design', 'representative', 'carrier_requirements'],
	update: [],
};

export type AgentWrite = 'create' | 'replace' | 'update';

/** How errors and the credential check name each write operation. */
const OPERATION_LABEL: Record<AgentWrite, string> = {
	create: 'Create RCS Agent',
	replace: 'Replace RCS Agent',
	update: 'Update RCS Agent',
};

function text(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed ? trimmed : undefined;
}

/** A resource locator's value (or a plain string, as an expression may give). */
function locatorValue(value: unknown): string | undefined {
	return text(isObject(value) ? value.value : value);
}

function isPresent(value: unknown): boolean {
	if (Array.isArray(value)) return value.length > 0;
	if (isObject(value)) return Object.keys(value).length > 0;
	return value !== undefined && value !== null && String(value).trim() !== '';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

class AgentInputChecker {
	constructor(private readonly context: IExecuteSingleFunctions) {}

	limited(label: string, value: unknown, maxLength: number): string | undefined {
		const entered = text(value);
		if (entered !== undefined) checkMaxLength(this.context, label, entered, maxLength);
		return entered;
	}

	email(label: string, value: unknown): string | undefined {
		const entered = text(value);
		if (entered !== undefined && !EMAIL.test(entered)) {
			throw refuse(this.context, label, entered, 'is not an email address', 'Enter an address such as support@example.com.');
		}
		return entered;
	}

	url(label: string, value: unknown): string | undefined {
		return text(value) === undefined ? undefined : requireUrl(this.context, label, value);
	}

	phone(label: string, value: unknown): string | undefined {
		return text(value) === undefined ? undefined : plusE164(this.context, label, value);
	}

	color(label: string, value: unknown): string | undefined {
		const entered = text(value);
		if (entered === undefined) return undefined;
		const hex = entered.startsWith('#') ? entered : `#${entered}`;
		if (!/^#[0-9A-Fa-f]{6}$/.test(hex)) {
			throw refuse(this.context, label, entered, 'is not a hexadecimal color', 'Use a color such as #8860CD with enough contrast against white.');
		}
		return hex.toUpperCase();
	}
}

/** The structured fields, as the nested sections of the API; nothing is added for empty fields. */
function sectionsFrom(context: IExecuteSingleFunctions, values: AgentFieldValues, launch: LaunchDetails, representative: PersonFields | undefined, contacts: PersonFields[], media: IDataObject[]): IDataObject {
	const check = new AgentInputChecker(context);
	const website = compactDeep({ address: check.url('Website URL', values.websiteUrl), label: check.limited('Website Label', values.websiteLabel, 25) });
	const pointsOfContact = contacts.map((contact, index) => {
		const position = `Points of Contact ${index + 1}`;
		return compactDeep({
			first_name: check.limited(`${position} > First Name`, contact.firstName, 200),
			last_name: check.limited(`${position} > Last Name`, contact.lastName, 200),
			email: check.email(`${position} > Email`, contact.email),
			job_title: check.limited(`${position} > Job Title`, contact.jobTitle, 200),
		});
	});
	for (const [index, contact] of pointsOfContact.entries()) {
		const missing = [['first_name', 'First Name'], ['last_name', 'Last Name'], ['email', 'Email'], ['job_title', 'Job Title']].filter(([key]) => !contact[key]);
		if (missing.length) {
			throw refuseMessage(context, `Points of Contact ${index + 1} is missing ${missing.map(([, label]) => label).join(', ')}`, 'Each point of contact needs a first name, last name, email and job title.');
		}
	}
	const previewUrls = media.map((entry, index) => ({
		media_type: text(entry.mediaType) ?? 'image',
		url: requireUrl(context, `Preview Media ${index + 1} > URL`, entry.url),
	}));
	return compactDeep({
		application_settings: { application_id: text(values.applicationId) },
		basic_info: {
			brand_id: locatorValue(values.brandId),
			display_name: check.limited('Display Name', values.displayName, 100),
			sender_id: text(values.agentSenderId),
			hosting_region: text(values.hostingRegion),
			agent_purpose: text(values.agentPurpose),
			billing_category: text(values.billingCategory),
			notes: text(values.notes),
		},
		visual_design: {
			brand_color: check.color('Brand Color', values.brandColor),
			email: { address: check.email('Contact Email', values.contactEmail), label: check.limited('Email Label', values.emailLabel, 25) },
			phone: { number: check.phone('Contact Phone', values.contactPhone), label: check.limited('Phone Label', values.phoneLabel, 25) },
			tagline: check.limited('Tagline', values.tagline, 100),
			website: Object.keys(website).length ? website : undefined,
			privacy_policy: check.url('Privacy Policy URL', values.privacyPolicyUrl),
			terms_of_service: check.url('Terms of Service URL', values.termsOfServiceUrl),
		},
		representative: representative
			? {
					first_name: check.limited('Representative > First Name', representative.firstName, 200),
					last_name: check.limited('Representative > Last Name', representative.lastName, 200),
					email: check.email('Representative > Email', representative.email),
					brand_website: check.url('Representative > Brand Website', representative.brandWebsite),
				}
			: undefined,
		carrier_requirements: {
			agent_preview: {
				agent_access_instructions: check.limited('Launch Details > Agent Access Instructions', launch.agentAccessInstructions, 10000),
				urls: previewUrls.length ? previewUrls : undefined,
			},
			points_of_contact: pointsOfContact.length ? pointsOfContact : undefined,
			traffic_estimates: {
				average_global_traffic: text(launch.averageGlobalTraffic),
				average_message_rate_per_user: text(launch.averageMessageRatePerUser),
				users_targeted: text(launch.usersTargeted),
			},
			user_experience: {
				interactions_description: check.limited('Launch Details > Interactions Description', launch.interactionsDescription, 10000),
				optin_description: check.limited('Launch Details > Opt-In Description', launch.optinDescription, 10000),
				optout_description: check.limited('Launch Details > Opt-Out Description', launch.optoutDescription, 10000),
				trigger_description: check.limited('Launch Details > Trigger Description', launch.triggerDescription, 10000),
			},
		},
	});
}

const OTHER_FIELDS_FIX = 'Enter an object with the API\'s field names, e.g. {"basic_info": {"notes": "Transactional only"}}, or leave it as {}.';

function otherFields(context: IExecuteSingleFunctions): IDataObject {
	return parseJson(context, 'Other Fields (JSON)', context.getNodeParameter('otherFieldsJson', '{}'), {
		shape: 'object',
		example: '{}',
		emptyIsObject: true,
		wording: { unparsable: 'is not a JSON object', fixUnparsable: OTHER_FIELDS_FIX, fixShape: OTHER_FIELDS_FIX, quoteTyped: true },
	}) as IDataObject;
}

/** The website as one {address, label} object, the form the API reference's examples send. */
function websiteAsObject(section: IDataObject): IDataObject {
	const website = section.website;
	if (Array.isArray(website)) return { ...section, website: isObject(website[0]) ? website[0] : {} };
	return section;
}

function missingFields(body: IDataObject, sections: string[]): string[] {
	return sections.flatMap((section) =>
		(REQUIRED_IN_SECTION[section] ?? []).filter(([path]) => !isPresent(valueAt(body, `${section}.${path}`))).map(([, label]) => label),
	);
}

function readValues(context: IExecuteSingleFunctions, operation: AgentWrite): AgentFieldValues {
	if (operation === 'update') return context.getNodeParameter('updateFields', {}) as AgentFieldValues;
	const names: Array<keyof AgentFieldValues> = [
		'brandId',
		'displayName',
		'agentSenderId',
		'hostingRegion',
		'agentPurpose',
		'billingCategory',
		'applicationId',
		'brandColor',
		'contactEmail',
		'contactPhone',
		'tagline',
		'websiteUrl',
	];
	const topLevel = Object.fromEntries(names.map((name) => [name, context.getNodeParameter(name, '', { extractValue: true })]));
	return { ...(context.getNodeParameter('additionalFields', {}) as AgentFieldValues), ...topLevel };
}

/**
 * preSend of create, replace and update: builds the nested agent body from the structured fields and
 * Other Fields (JSON), and checks that each section it sends is complete. Update sends only the sections
 * a user touched; Vonage wants each of them whole, so the missing parts come from the agent as it is now.
 */
export function buildAgentBody(operation: AgentWrite) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const values = readValues(this, operation);
		const launch = this.getNodeParameter('launchDetails', {}) as LaunchDetails;
		const representative = (this.getNodeParameter('representative', {}) as { details?: PersonFields }).details;
		const contacts = (this.getNodeParameter('pointsOfContact', {}) as { contact?: PersonFields[] }).contact ?? [];
		const media = (this.getNodeParameter('previewMedia', {}) as { media?: IDataObject[] }).media ?? [];
		let body = deepMerge(otherFields(this), sectionsFrom(this, values, launch, representative, contacts, media));
		if (isObject(body.visual_design)) body.visual_design = websiteAsObject(body.visual_design);

		const sent = Object.keys(REQUIRED_IN_SECTION).filter((section) => isObject(body[section]));
		if (operation === 'update') {
			if (!sent.length) {
				throw refuseMessage(this, `Update RCS Agent has nothing to update`, 'Add at least one field under Update Fields, Representative, Points of Contact, Launch Details or Preview Media.');
			}
			if (missingFields(body, sent).length) {
				const current = await vonageApiRequest(this, 'GET', requestOptions.url, { requiredAuth: 'basic' });
				for (const section of sent) {
					const now = isObject(current[section]) ? websiteAsObject(current[section] as IDataObject) : {};
					body = { ...body, [section]: deepMerge(now, body[section] as IDataObject) };
				}
			}
		}
		const missing = missingFields(body, [...new Set([...REQUIRED_SECTIONS[operation], ...sent])]);
		if (missing.length) {
			throw refuseMessage(this, `${OPERATION_LABEL[operation]} is missing ${missing.join(', ')}`, operation === 'replace'
						? 'Replace sends the whole agent, so every field Vonage requires must be filled, including the representative, at least one point of contact and all launch details.'
						: 'Vonage needs these fields whenever the part of the agent they belong to is sent. Fill them in, or remove the other fields of that part.');
		}
		return { ...requestOptions, body };
	};
}

const WRITE_METHOD: Record<AgentWrite, 'POST' | 'PUT' | 'PATCH'> = { create: 'POST', replace: 'PUT', update: 'PATCH' };

/** Routing of a write operation: Basic only, the agent's path (except for Create), the body, simplified output. */
export function agentWriteRouting(operation: AgentWrite): INodePropertyOptions['routing'] {
	const checks = [requireAuth('basic', OPERATION_LABEL[operation]), ...(operation === 'create' ? [] : [fillPath({ agent_id: AGENT_ID_PATH })]), buildAgentBody(operation)];
	return {
		request: { method: WRITE_METHOD[operation], url: operation === 'create' ? `${RCS_BASE}/agents` : `${RCS_BASE}/agents/{agent_id}` },
		send: { preSend: checks },
		output: { postReceive: [simplifyAgentItems] },
	};
}
