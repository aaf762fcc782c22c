import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { agentProperties } from './agent';
import { brandProperties } from './brand';
import { capabilityProperties } from './capability';
import { carrierProperties } from './carrier';
import { rcsListSearchMethods } from './listSearch';
import { optOutProperties } from './optOut';
import { testDeviceProperties } from './testDevice';

// The RCS resources of the Channel Manager API (test/fixtures/specs/channel-manager.openapi.yml), sorted by name.
export const rcsResources: INodePropertyOptions[] = [
	{ name: 'RCS Agent', value: 'rcsAgent', description: 'The senders of your RCS messages' },
	{ name: 'RCS Brand', value: 'rcsBrand', description: 'The companies your RCS agents speak for' },
	{ name: 'RCS Capability', value: 'rcsCapability', description: 'Whether phones can receive RCS messages' },
	{ name: 'RCS Carrier', value: 'rcsCarrier', description: 'Mobile carriers an agent can be launched on' },
	{ name: 'RCS Opt-Out', value: 'rcsOptOut', description: 'Keywords users send to stop or restart messages' },
	{ name: 'RCS Test Device', value: 'rcsTestDevice', description: 'Phones that can try an agent before launch' },
];

export const rcsProperties: INodeProperties[] = [
	...agentProperties,
	...brandProperties,
	...capabilityProperties,
	...carrierProperties,
	...optOutProperties,
	...testDeviceProperties,
];

export const rcsListSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>> =
	rcsListSearchMethods;
