import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { VonageChannelManager } from '../../../nodes/VonageChannelManager/VonageChannelManager.node';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const WABA_ID = '345688589250625';
const AGENT_ID = '00000000-0000-4000-8000-000000000007';

export interface ChannelManagerCase {
	resource: string;
	nodeName: string;
	parameters: Record<string, unknown>;
	/** The request the operation must send: method and a path pattern. */
	expectMethod: string;
	expectPath: RegExp;
}

/** One operation of every Channel Manager resource, as a user would fill it in (`expectCoverage` keeps it complete). */
const CASES: Array<Omit<ChannelManagerCase, 'nodeName'>> = [
	{ resource: 'rcsAgent', parameters: { authentication: 'basic', operation: 'getAll', returnAll: false, limit: 5 }, expectMethod: 'GET', expectPath: /^\/v1\/channel-manager\/rcs\/agents$/ },
	{ resource: 'rcsBrand', parameters: { authentication: 'basic', operation: 'create', displayName: 'Acme Retail' }, expectMethod: 'POST', expectPath: /^\/v1\/channel-manager\/rcs\/brands$/ },
	{
		resource: 'rcsCapability',
		parameters: { authentication: 'basic', operation: 'checkDevice', senderId: byId('AcmeAgent'), phoneNumber: '447900000000', country: 'GB' },
		expectMethod: 'POST',
		expectPath: /^\/v1\/channel-manager\/rcs\/agents\/AcmeAgent\/devices\/capabilities$/,
	},
	{ resource: 'rcsCarrier', parameters: { authentication: 'basic', operation: 'getAll', returnAll: true }, expectMethod: 'GET', expectPath: /^\/v1\/channel-manager\/rcs\/metadata\/carriers$/ },
	{ resource: 'rcsOptOut', parameters: { authentication: 'basic', operation: 'get', senderId: byId('AcmeAgent') }, expectMethod: 'GET', expectPath: /^\/v1\/channel-manager\/rcs\/opt-out\/AcmeAgent$/ },
	{
		resource: 'rcsTestDevice',
		parameters: { authentication: 'basic', operation: 'add', agentId: byId(AGENT_ID), phoneNumber: '14155552671' },
		expectMethod: 'POST',
		expectPath: new RegExp(`^/v1/channel-manager/rcs/agents/${AGENT_ID}/test-devices$`),
	},
	{
		resource: 'whatsappAnalytics',
		parameters: { authentication: 'jwt', operation: 'getMessagingAnalytics', wabaId: byId(WABA_ID), startDate: '2026-11-01T00:00:00', granularity: 'DAY', returnAll: true },
		expectMethod: 'GET',
		expectPath: new RegExp(`^/v1/channel-manager/whatsapp/wabas/${WABA_ID}/messaging-analytics$`),
	},
	{ resource: 'whatsappBusinessAccount', parameters: { authentication: 'jwt', operation: 'getAll', returnAll: true }, expectMethod: 'GET', expectPath: /^\/v1\/channel-manager\/whatsapp\/wabas$/ },
	{
		resource: 'whatsappEmbeddedSignup',
		parameters: { authentication: 'jwt', operation: 'generateUrl', solutionId: '123456789111213' },
		expectMethod: 'POST',
		expectPath: /^\/v1\/channel-manager\/whatsapp\/tp-registration\/url$/,
	},
	{
		resource: 'whatsappNotificationSubscription',
		parameters: { authentication: 'jwt', operation: 'getAll', returnAll: true },
		expectMethod: 'GET',
		expectPath: /^\/v2\/whatsapp-manager\/subscriptions$/,
	},
	{
		resource: 'whatsappNumber',
		parameters: { authentication: 'jwt', operation: 'getAll', wabaId: byId(WABA_ID), returnAll: false, limit: 5 },
		expectMethod: 'GET',
		expectPath: new RegExp(`^/v1/channel-manager/whatsapp/wabas/${WABA_ID}/`),
	},
	{
		resource: 'whatsappProfile',
		parameters: { authentication: 'jwt', operation: 'get', phoneNumber: byId('447451277751') },
		expectMethod: 'GET',
		expectPath: /^\/v1\/channel-manager\/whatsapp\/numbers\/447451277751\/profile$/,
	},
];

export function channelManagerCases(): ChannelManagerCase[] {
	return CASES.map((entry) => ({ ...entry, nodeName: `Channel Manager ${entry.resource}`, parameters: { resource: entry.resource, ...entry.parameters } }));
}

/** Every resource the built Channel Manager node offers, from its own description. */
export function offeredChannelManagerResources(): string[] {
	const properties = new VonageChannelManager().description.properties as INodeProperties[];
	const resource = properties.find((property) => property.name === 'resource');
	return ((resource?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
}
