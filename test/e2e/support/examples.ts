/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- e2e test infrastructure: reads the example workflows from examples/; never shipped */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { WorkflowJson } from '../../../scripts/lib/n8nInstance';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', '..', 'examples');

/** An example workflow as shipped, with an id to import it under. */
export function loadExample(fileName: string, id: string): WorkflowJson {
	const workflow = JSON.parse(readFileSync(path.join(EXAMPLES_DIR, fileName), 'utf8')) as WorkflowJson;
	return { ...workflow, id };
}

/** Points every node's credential of a type at another credential, as a user picking their own credential does. */
export function useCredential(workflow: WorkflowJson, type: string, credential: { id: string; name: string }): WorkflowJson {
	return {
		...workflow,
		nodes: workflow.nodes.map((node) => {
			const credentials = node.credentials as Record<string, unknown> | undefined;
			return credentials?.[type] ? { ...node, credentials: { ...credentials, [type]: credential } } : node;
		}),
	};
}

/** The webhook ID of a workflow's trigger node, from which its production URL follows. */
export function webhookIdOf(workflow: WorkflowJson, nodeName: string): string {
	const node = workflow.nodes.find((candidate) => candidate.name === nodeName);
	if (typeof node?.webhookId !== 'string') throw new Error(`Node "${nodeName}" of "${workflow.name}" has no webhookId`);
	return node.webhookId;
}
