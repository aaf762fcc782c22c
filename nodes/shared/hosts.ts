import type { INodeProperties } from 'n8n-workflow';

/** Where every request of every node goes: chosen once, on the credential. */
export const VONAGE_HOSTS = {
	global: 'https://api.nexmo.com',
	eu: 'https://api-eu.nexmo.com',
	us: 'https://api-us.nexmo.com',
	apac: 'https://api-ap.nexmo.com',
	sandbox: 'https://messages-sandbox.nexmo.com',
} as const;

export type VonageHostChoice = keyof typeof VONAGE_HOSTS | 'custom';

export interface VonageHostCredentialFields {
	host?: VonageHostChoice;
	customBaseUrl?: string;
}

/** The base URL a credential points at, without a trailing slash. */
export function resolveBaseUrl(credentials: VonageHostCredentialFields): string {
	const choice = credentials.host ?? 'global';
	const url = choice === 'custom' ? (credentials.customBaseUrl ?? '') : VONAGE_HOSTS[choice];
	return url.replace(/\/+$/, '');
}

/** The same choice as an n8n expression, for `requestDefaults.baseURL` and credential tests. */
export const BASE_URL_EXPRESSION =
	"={{ ($credentials.host === 'custom' ? $credentials.customBaseUrl : ({ global: 'https://api.nexmo.com', eu: 'https://api-eu.nexmo.com', us: 'https://api-us.nexmo.com', apac: 'https://api-ap.nexmo.com', sandbox: 'https://messages-sandbox.nexmo.com' })[$credentials.host || 'global']).replace(/\\/+$/, '') }}";

/** Fields both credentials share: the signature secret for signed webhooks and the API host. */
export const sharedCredentialProperties: INodeProperties[] = [
	{
		displayName: 'Signature Secret',
		name: 'signatureSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description:
			'Optional. The signature secret of your Vonage account (Dashboard > Settings > API settings). The Vonage Messages Trigger uses it to verify that webhooks really come from Vonage.',
	},
	{
		displayName: 'API Host',
		name: 'host',
		type: 'options',
		options: [
			{ name: 'APAC', value: 'apac', description: 'Host api-ap.nexmo.com' },
			{ name: 'Custom Base URL', value: 'custom', description: 'A partner gateway, proxy or test server' },
			{ name: 'EU', value: 'eu', description: 'Host api-eu.nexmo.com' },
			{ name: 'Global', value: 'global', description: 'Host api.nexmo.com (default)' },
			{ name: 'Messages Sandbox', value: 'sandbox', description: 'Host messages-sandbox.nexmo.com, for trying WhatsApp, Messenger and Viber without a business account' },
			{ name: 'US', value: 'us', description: 'Host api-us.nexmo.com' },
		],
		default: 'global',
		description:
			'Where requests are sent. Use a regional host to keep data in a region; the Messages Sandbox only sends messages (1 per second, no templates).',
	},
	{
		displayName: 'Custom Base URL',
		name: 'customBaseUrl',
		type: 'string',
		default: '',
		placeholder: 'e.g. https://vonage-proxy.example.com',
		description: 'Base URL of a partner gateway or proxy that forwards to the Vonage API, without a trailing path',
		displayOptions: { show: { host: ['custom'] } },
	},
];
