import type { WorkflowJson } from '../../../scripts/lib/n8nInstance';
import { CREDENTIALS, type CredentialKind } from './harness';

export interface NodeSpec {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	typeVersion?: number;
	credential?: CredentialKind;
	webhookId?: string;
	/** Node names this node is connected from (main output 0); default: the Manual Trigger. */
	after?: string[];
	[setting: string]: unknown;
}

export const MANUAL_TRIGGER = 'When clicking Execute';

let nodeCounter = 0;

function toNode(spec: NodeSpec, index: number): WorkflowJson['nodes'][number] {
	const { name, type, parameters, typeVersion, credential, ...rest } = spec;
	const settings = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'after'));
	nodeCounter += 1;
	return {
		id: `00000000-0000-4000-8000-${String(nodeCounter).padStart(12, '0')}`,
		name,
		type,
		typeVersion: typeVersion ?? 1,
		position: [250 + 220 * (index % 6), 300 + 160 * Math.floor(index / 6)],
		parameters,
		...(credential ? { credentials: { [CREDENTIALS[credential].type]: { id: CREDENTIALS[credential].id, name: CREDENTIALS[credential].name } } } : {}),
		...settings,
	};
}

/** Connections from each node's `after` list (or from `defaultSource`) to the node. */
function connect(specs: NodeSpec[], defaultSource?: string): WorkflowJson['connections'] {
	const connections: Record<string, { main: Array<Array<{ node: string; type: 'main'; index: number }>> }> = {};
	for (const spec of specs) {
		const sources = spec.after ?? (defaultSource && spec.name !== defaultSource ? [defaultSource] : []);
		for (const source of sources) {
			connections[source] ??= { main: [[]] };
			connections[source].main[0].push({ node: spec.name, type: 'main', index: 0 });
		}
	}
	return connections;
}

/** A workflow started by a Manual Trigger (as `n8n execute` needs); nodes run after it unless `after` says otherwise. */
export function manualWorkflow(id: string, name: string, nodes: NodeSpec[]): WorkflowJson {
	const all: NodeSpec[] = [{ name: MANUAL_TRIGGER, type: 'n8n-nodes-base.manualTrigger', parameters: {} }, ...nodes];
	return { id, name, nodes: all.map(toNode), connections: connect(all, MANUAL_TRIGGER), settings: { executionOrder: 'v1' } };
}

/** A workflow whose first node is a trigger; others follow it unless `after` says otherwise. */
export function triggeredWorkflow(id: string, name: string, nodes: NodeSpec[]): WorkflowJson {
	return { id, name, nodes: nodes.map(toNode), connections: connect(nodes, nodes[0].name), settings: { executionOrder: 'v1' } };
}

/**
 * The Vonage Messages Trigger as the trigger suites use it: inbound messages and status events, the URLs registered on
 * the application (taking it over from another endpoint) and inbound media downloaded.
 */
export function registeringTrigger(name: string, type: string, webhookId: string, applicationId: string): NodeSpec {
	return {
		name,
		type,
		credential: 'basic',
		webhookId,
		parameters: {
			authentication: 'basic',
			events: ['inboundMessage', 'messageStatus'],
			registerWebhooks: true,
			applicationId,
			takeOverWebhooks: true,
			options: { downloadMedia: true },
		},
	};
}
