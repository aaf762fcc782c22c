import type { ILoadOptionsFunctions, INodeListSearchResult, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { analyticsProperties, analyticsResource } from './AnalyticsDescription';
import { businessAccountProperties, businessAccountResource } from './BusinessAccountDescription';
import { embeddedSignupProperties, embeddedSignupResource } from './EmbeddedSignupDescription';
import { notificationSubscriptionProperties, notificationSubscriptionResource } from './NotificationSubscriptionDescription';
import { numberProperties, numberResource } from './NumberDescription';
import { profileProperties, profileResource } from './ProfileDescription';
import { searchWhatsappBusinessAccounts, searchWhatsappNumbers } from './listSearch';

/** The WhatsApp resources of the Channel Manager API (test/fixtures/specs/channel-manager.openapi.yml), sorted by name. */
export const whatsappResources: INodePropertyOptions[] = [
	analyticsResource,
	businessAccountResource,
	embeddedSignupResource,
	notificationSubscriptionResource,
	numberResource,
	profileResource,
];

export const whatsappProperties: INodeProperties[] = [
	...businessAccountProperties,
	...numberProperties,
	...profileProperties,
	...embeddedSignupProperties,
	...analyticsProperties,
	...notificationSubscriptionProperties,
];

export const whatsappListSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult>> = {
	searchWhatsappBusinessAccounts,
	searchWhatsappNumbers,
};
