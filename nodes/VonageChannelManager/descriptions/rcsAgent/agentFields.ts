import type { INodeProperties } from 'n8n-workflow';

import { brandLocator } from '../common';

// The agent fields several agent operations share: the option lists of its enums (also the Get Many filters), the
// basic info and visual design fields (required on Create and Replace, optional under Update Fields), and the
// representative, points of contact, launch details and preview media every write operation sends.

/** The option lists of the agent's enum fields, named as the API names them. */
export const AGENT_ENUMS = {
	hostingRegion: [
		{ name: 'Asia Pacific', value: 'ASIA_PACIFIC' },
		{ name: 'Europe', value: 'EUROPE' },
		{ name: 'North America', value: 'NORTH_AMERICA' },
	],
	agentPurpose: [
		{ name: 'Multi-Use', value: 'MULTI_USE' },
		{ name: 'One-Time Passwords (OTP)', value: 'OTP' },
		{ name: 'Promotional', value: 'PROMOTIONAL' },
		{ name: 'Transactional', value: 'TRANSACTIONAL' },
	],
	billingCategory: [
		{ name: 'Basic Message', value: 'BASIC_MESSAGE' },
		{ name: 'Conversational', value: 'CONVERSATIONAL' },
		{ name: 'Single Message', value: 'SINGLE_MESSAGE' },
	],
	state: [
		{ name: 'Created', value: 'CREATED' },
		{ name: 'Draft', value: 'DRAFT' },
		{ name: 'Launched', value: 'LAUNCHED' },
		{ name: 'Rejected', value: 'REJECTED' },
		{ name: 'Unlaunched', value: 'UNLAUNCHED' },
		{ name: 'Verified', value: 'VERIFIED' },
	],
	averageGlobalTraffic: [
		{ name: '1,000', value: 'THOUSAND' },
		{ name: '10,000', value: 'TEN_THOUSAND' },
		{ name: '50,000', value: 'FIFTY_THOUSAND' },
		{ name: '100,000', value: 'HUNDRED_THOUSAND' },
		{ name: '1 Million', value: 'MILLION' },
		{ name: 'More Than 1 Million', value: 'MILLION_AND_MORE' },
	],
	averageMessageRatePerUser: [
		{ name: 'Once per Month', value: 'ONCE_PER_MONTH' },
		{ name: '2-4 Times per Month', value: '2_4_TIMES_PER_MONTH' },
		{ name: 'Once per Week', value: 'ONCE_PER_WEEK' },
		{ name: '2-6 Times per Week', value: '2_6_TIMES_PER_WEEK' },
		{ name: 'Daily', value: 'DAILY' },
		{ name: 'Several Times a Day', value: 'MULTIPLE_TIMES_PER_DAY' },
	],
	usersTargeted: [
		{ name: '100', value: 'HUNDRED' },
		{ name: '1,000', value: 'THOUSAND' },
		{ name: '10,000', value: 'TEN_THOUSAND' },
		{ name: '100,000', value: 'HUNDRED_THOUSAND' },
		{ name: '500,000', value: 'HALF_MILLION' },
		{ name: '1 Million', value: 'MILLION' },
		{ name: 'More Than 1 Million', value: 'MILLION_AND_MORE' },
	],
};

/** Visual design and basic info fields; required on create and replace, optional under Update Fields. */
export function agentFields(required: boolean): INodeProperties[] {
	const extra = required ? { required: true } : {};
	return [
		{ ...brandLocator, required, description: 'The brand the agent belongs to' },
		{
			displayName: 'Display Name',
			name: 'displayName',
			type: 'string',
			...extra,
			default: '',
			placeholder: 'e.g. Example Co',
			description: 'The name users see for the agent; unique across RCS',
		},
		{
			displayName: 'Hosting Region',
			name: 'hostingRegion',
			type: 'options',
			...extra,
			options: AGENT_ENUMS.hostingRegion,
			default: 'EUROPE',
			description: 'Where the agent is hosted; it can matter for data residency',
		},
		{
			displayName: 'Billing Category',
			name: 'billingCategory',
			type: 'options',
			...extra,
			options: AGENT_ENUMS.billingCategory,
			default: 'BASIC_MESSAGE',
			description: 'The pricing model of the messages the agent sends',
		},
		{
			displayName: 'Application ID',
			name: 'applicationId',
			type: 'string',
			...extra,
			default: '',
			placeholder: 'e.g. 78d335fa-323d-0114-9c3d-d6f0d48968cf',
			description: 'The Vonage application the agent is linked to: its webhooks receive the inbound messages and status events',
		},
		{
			displayName: 'Brand Color',
			name: 'brandColor',
			type: 'color',
			...extra,
			default: '#8860CD',
			description: 'Main color of the agent in the messaging app; it must contrast with white at 4.5:1 or more (WCAG 2.1)',
		},
		{
			displayName: 'Contact Email',
			name: 'contactEmail',
			type: 'string',
			...extra,
			default: '',
			placeholder: 'e.g. support@example.com',
			description: 'The email address users can contact',
		},
		{
			displayName: 'Contact Phone',
			name: 'contactPhone',
			type: 'string',
			...extra,
			default: '',
			placeholder: 'e.g. 447700900000',
			description: 'The phone number users can call, in international format (E.164)',
		},
		{
			displayName: 'Tagline',
			name: 'tagline',
			type: 'string',
			...extra,
			default: '',
			placeholder: 'e.g. Your trusted partner in messaging.',
			description: 'A short phrase shown under the agent name, up to 100 characters',
		},
		{
			displayName: 'Website URL',
			name: 'websiteUrl',
			type: 'string',
			...extra,
			default: '',
			placeholder: 'e.g. https://www.example.com',
			description: 'The website shown on the agent',
		},
	];
}

export const optionalDesignFields: INodeProperties[] = [
	{
		displayName: 'Email Label',
		name: 'emailLabel',
		type: 'string',
		default: '',
		placeholder: 'e.g. Customer Support',
		description: 'Label of the contact email, up to 25 characters',
	},
	{
		displayName: 'Notes',
		name: 'notes',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Your notes about the agent',
	},
	{
		displayName: 'Phone Label',
		name: 'phoneLabel',
		type: 'string',
		default: '',
		placeholder: 'e.g. Customer Support',
		description: 'Label of the contact phone, up to 25 characters',
	},
	{
		displayName: 'Privacy Policy URL',
		name: 'privacyPolicyUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.example.com/privacy-policy',
	},
	{
		displayName: 'Terms of Service URL',
		name: 'termsOfServiceUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://www.example.com/terms-of-service',
	},
	{
		displayName: 'Website Label',
		name: 'websiteLabel',
		type: 'string',
		default: '',
		placeholder: 'e.g. Company Website',
		description: 'Label of the website, up to 25 characters',
	},
];

export function byName(properties: INodeProperties[]): INodeProperties[] {
	return [...properties].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const longText = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	description,
});

/** Create and Replace: what Vonage requires, in the order a user thinks of it. */
export const createOrReplaceFields: INodeProperties[] = (() => {
	const [brand, displayName, ...rest] = agentFields(true);
	const fixedAtCreation: INodeProperties[] = [
		{
			displayName: 'Sender ID',
			name: 'agentSenderId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. ExampleCo-RCSAgent-1',
			description: 'The "from" of your RCS messages: unique on Vonage, no spaces, and it cannot be changed later',
		},
		{
			displayName: 'Agent Purpose',
			name: 'agentPurpose',
			type: 'options',
			required: true,
			options: AGENT_ENUMS.agentPurpose,
			default: 'TRANSACTIONAL',
			description: 'What the agent is for; it cannot be changed after creation',
		},
	];
	return [brand, displayName, ...fixedAtCreation, ...rest];
})();

/** Create and Replace: the optional design fields. */
export const createOrReplaceAdditionalFields: INodeProperties = {
	displayName: 'Additional Fields',
	name: 'additionalFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: optionalDesignFields,
};

/** Create, Replace and Update: the parts of an agent besides basic info and visual design. */
export const writeFields: INodeProperties[] = [
	{
		displayName: 'Representative',
		name: 'representative',
		type: 'fixedCollection',
		placeholder: 'Add Representative',
		default: {},
		description: 'The person who represents the brand towards the carriers; required for Replace',
		options: [
			{
				displayName: 'Details',
				name: 'details',
				values: [
					{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
					{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
					{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' },
					{
						displayName: 'Brand Website',
						name: 'brandWebsite',
						type: 'string',
						default: '',
						placeholder: 'e.g. https://www.example.com',
						description: 'Optional website of the brand',
					},
				],
			},
		],
	},
	{
		displayName: 'Points of Contact',
		name: 'pointsOfContact',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Point of Contact',
		default: {},
		description: 'People carriers can contact about the agent; part of the launch details, required for Replace',
		options: [
			{
				displayName: 'Contact',
				name: 'contact',
				values: [
					{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
					{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
					{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' },
					{ displayName: 'Job Title', name: 'jobTitle', type: 'string', default: '', placeholder: 'e.g. Technical Support' },
				],
			},
		],
	},
	{
		displayName: 'Launch Details',
		name: 'launchDetails',
		type: 'collection',
		placeholder: 'Add Launch Detail',
		default: {},
		description:
			'What carriers review before they launch the agent. Required for Replace; when you send any of them, Vonage needs all of them and at least one point of contact.',
		options: [
			longText(
				'Agent Access Instructions',
				'agentAccessInstructions',
				'How reviewers can reach and test the agent, e.g. the keyword that starts a conversation',
			),
			{
				displayName: 'Average Global Traffic',
				name: 'averageGlobalTraffic',
				type: 'options',
				options: AGENT_ENUMS.averageGlobalTraffic,
				default: 'THOUSAND',
				description: 'Estimated number of messages',
			},
			{
				displayName: 'Average Message Rate per User',
				name: 'averageMessageRatePerUser',
				type: 'options',
				options: AGENT_ENUMS.averageMessageRatePerUser,
				default: 'ONCE_PER_MONTH',
				description: 'How often a user gets a message, estimated',
			},
			longText('Interactions Description', 'interactionsDescription', 'The kinds of conversations the agent has with users'),
			longText('Opt-In Description', 'optinDescription', 'How users agree to receive messages from the agent'),
			longText('Opt-Out Description', 'optoutDescription', 'How users stop the messages, and how you handle it'),
			longText('Trigger Description', 'triggerDescription', 'The events that make the agent start a conversation'),
			{
				displayName: 'Users Targeted',
				name: 'usersTargeted',
				type: 'options',
				options: AGENT_ENUMS.usersTargeted,
				default: 'HUNDRED',
				description: 'Estimated number of users the agent will message',
			},
		],
	},
	{
		displayName: 'Preview Media',
		name: 'previewMedia',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Preview Media',
		default: {},
		description: 'Images or videos that show carriers what the agent looks like',
		options: [
			{
				displayName: 'Media',
				name: 'media',
				values: [
					{
						displayName: 'Media Type',
						name: 'mediaType',
						type: 'options',
						options: [
							{ name: 'Image', value: 'image' },
							{ name: 'Video', value: 'video' },
						],
						default: 'image',
					},
					{ displayName: 'URL', name: 'url', type: 'string', default: '', placeholder: 'e.g. https://www.example.com/agent-preview.jpg' },
				],
			},
		],
	},
	{
		displayName: 'Other Fields (JSON)',
		name: 'otherFieldsJson',
		type: 'json',
		default: '{}',
		description:
			'Any other fields of the agent, with the API\'s names and nesting, e.g. {"basic_info": {"notes": "..."}}. Fields set above take precedence.',
	},
];
