import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, vonageNodeCredentials, vonageRequestDefaults } from './transport';

/** The subtitle of every action node: "<operation>: <resource>" under the node's name on the canvas. */
export const OPERATION_SUBTITLE = '={{ $parameter["operation"] + ": " + $parameter["resource"] }}';

export interface ActionNodeParameters {
	/** The choices of the Resource parameter. */
	resources: INodePropertyOptions[];
	defaultResource: string;
	/** Every other parameter: operations and their fields. */
	properties: INodeProperties[];
}

type ActionNodeFrame = Pick<INodeTypeDescription, 'version' | 'inputs' | 'outputs' | 'credentials' | 'requestDefaults' | 'properties'>;

/**
 * What every Vonage action node shares: one main input and output, both credentials, the request
 * defaults, and its parameters in a fixed order. Authentication always comes first because its
 * postReceive is the error handler of every operation (see `authenticationProperty`); building the
 * list here makes that order a property of the code rather than something each node must remember.
 *
 * Spread it into the node's description. Icon, subtitle and usableAsTool stay in the node's own
 * object literal, where n8n's lint rules look for them.
 */
export function vonageActionNode({ resources, defaultResource, properties }: ActionNodeParameters): ActionNodeFrame {
	return {
		version: 1,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: vonageNodeCredentials,
		requestDefaults: vonageRequestDefaults,
		properties: [
			authenticationProperty,
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: resources,
				default: defaultResource,
			},
			...properties,
		],
	};
}
