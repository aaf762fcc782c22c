import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { agentProperties, agentResource } from './rcsAgent';
import { brandProperties, brandResource } from './rcsBrand';
import { capabilityProperties, capabilityResource } from './rcsCapability';
import { carrierProperties, carrierResource } from './rcsCarrier';
import { optOutProperties, optOutResource } from './rcsOptOut';
import { testDeviceProperties, testDeviceResource } from './rcsTestDevice';
import { analyticsProperties, analyticsResource } from './whatsappAnalytics';
import { businessAccountProperties, businessAccountResource } from './whatsappBusinessAccount';
import { embeddedSignupProperties, embeddedSignupResource } from './whatsappEmbeddedSignup';
import { notificationSubscriptionProperties, notificationSubscriptionResource } from './whatsappNotificationSubscription';
import { numberProperties, numberResource } from './whatsappNumber';
import { profileProperties, profileResource } from './whatsappProfile';

// The resources of the Channel Manager API (test/fixtures/specs/channel-manager.openapi.yml), one folder each.

/** The Resource dropdown, sorted by name. */
export const channelManagerResources: INodePropertyOptions[] = [
	agentResource,
	brandResource,
	capabilityResource,
	carrierResource,
	optOutResource,
	testDeviceResource,
	analyticsResource,
	businessAccountResource,
	embeddedSignupResource,
	notificationSubscriptionResource,
	numberResource,
	profileResource,
];

/** Every resource's Operation and fields, in the order the editor lists them. */
export const channelManagerProperties: INodeProperties[] = [
	...businessAccountProperties,
	...numberProperties,
	...profileProperties,
	...embeddedSignupProperties,
	...analyticsProperties,
	...notificationSubscriptionProperties,
	...agentProperties,
	...brandProperties,
	...capabilityProperties,
	...carrierProperties,
	...optOutProperties,
	...testDeviceProperties,
];
