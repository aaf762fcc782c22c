import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../../../shared/getMany';
import { keepWithinLimit, splitList } from '../common';
import { SUBSCRIPTIONS_PATH } from './path';

/** The subscriptions endpoint answers with a bare array. */
const subscriptionsOf = (body: unknown): IDataObject[] => (Array.isArray(body) ? (body as IDataObject[]) : []);

export const getAllOperation: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many notification subscriptions',
	description: 'List the notification subscriptions of your main API key',
	// The list comes whole in one response: one item per subscription, cut to the Limit here.
	routing: { request: { method: 'GET', url: SUBSCRIPTIONS_PATH }, output: { postReceive: [splitList(subscriptionsOf), keepWithinLimit] } },
};

/** Shown for this operation only (the resource's index applies the display conditions). */
export const getAllFields: INodeProperties[] = returnAllAndLimit();
