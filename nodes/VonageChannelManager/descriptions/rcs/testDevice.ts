import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { requireAuth } from '../../../shared/auth';
import { listOrIdLocator } from '../../../shared/locator';
import { confirmDeleted } from '../../../shared/output';
import { RCS_BASE, fillPath, plusE164, showFor } from './common';
import { agentLocator } from './locators';

const RESOURCE = 'rcsTestDevice';

const AGENT_PATH = { parameter: 'agentId', label: 'Agent', example: '78d335fa-323d-0114-9c3d-d6f0d48968cf' };

async function buildAddTestDevice(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return { ...requestOptions, body: { phone: plusE164(this, 'Phone Number', this.getNodeParameter('phoneNumber', '')) } };
}

export const testDeviceProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: showFor(RESOURCE),
		options: [
			{
				name: 'Add',
				value: 'add',
				action: 'Add a test device to an RCS agent',
				description: 'Invite a phone to test an agent before it is launched; the phone must accept the invitation',
				routing: {
					request: { method: 'POST', url: `${RCS_BASE}/agents/{agent_id}/test-devices` },
					send: { preSend: [requireAuth('basic', 'Add RCS Test Device'), fillPath({ agent_id: AGENT_PATH }), buildAddTestDevice] },
				},
			},
			{
				name: 'Remove',
				value: 'remove',
				action: 'Remove a test device from an RCS agent',
				routing: {
					request: { method: 'DELETE', url: `${RCS_BASE}/agents/{agent_id}/test-devices/{test_device_id}` },
					send: {
						preSend: [
							requireAuth('basic', 'Remove RCS Test Device'),
							fillPath({
								agent_id: AGENT_PATH,
								test_device_id: { parameter: 'testDeviceId', label: 'Test Device', example: '019809ba-a274-7bd2-aea0-f1f70f2210dc' },
							}),
						],
					},
					output: { postReceive: [confirmDeleted] },
				},
			},
		],
		default: 'add',
	},
	{
		...agentLocator,
		displayOptions: showFor(RESOURCE),
	},
	{
		displayName: 'Phone Number',
		name: 'phoneNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 14155552671',
		description: 'The phone number of the test device in international format (E.164); a leading + or 00 is accepted',
		displayOptions: showFor(RESOURCE, ['add']),
	},
	listOrIdLocator({
		displayName: 'Test Device',
		name: 'testDeviceId',
		description: 'The test device to remove',
		displayOptions: showFor(RESOURCE, ['remove']),
		searchListMethod: 'searchRcsTestDevices',
		typed: { placeholder: 'e.g. 019809ba-a274-7bd2-aea0-f1f70f2210dc' },
	}),
];
