import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

/**
 * postReceive of every delete/remove operation: Vonage answers 204 with no body, and n8n's
 * convention is one `{ "deleted": true }` item per input item.
 */
export async function confirmDeleted(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true }, pairedItem: { item: this.getItemIndex() } }];
}
