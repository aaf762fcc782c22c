/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test of e2e tooling: reads a fixture file; never shipped */
// The e2e suite reads n8n's saved executions with its own small reader of the `flatted` format. The fixture is the
// `execution_data.data` of a real execution saved by n8n 2.41.1 (a status event through the Vonage Messages Trigger).
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { parseFlatted } from '../../scripts/lib/flatted';

type Json = Record<string, unknown>;

describe('parseFlatted (reads n8n execution data)', () => {
	it('reads an execution saved by n8n: the trigger output item with its fields and raw payload', () => {
		const text = readFileSync(path.join(__dirname, 'fixtures', 'status-execution.flatted.txt'), 'utf8');

		const data = parseFlatted(text) as { resultData: { runData: Record<string, Array<{ data: { main: Array<Array<{ json: Json }>> } }>>; lastNodeExecuted: string } };

		expect(data.resultData.lastNodeExecuted).toBe('Vonage Messages Trigger');
		const [item] = data.resultData.runData['Vonage Messages Trigger'][0].data.main[0];
		expect(item.json).toMatchObject({
			eventType: 'messageStatus',
			status: 'delivered',
			clientRef: 'order-1042',
			messageUuid: 'd3f4a5b6-c7d8-4e9f-8a0b-1c2d3e4f5a6b',
			raw: expect.objectContaining({ client_ref: 'order-1042', status: 'delivered' }),
		});
	});

	it('resolves references to the same slot to the same object, cycles included', () => {
		// Slot 0 is the root; "1" and "0" are references to slots by index.
		const parsed = parseFlatted('[{"name":"1","self":"0","list":"2"},"Ada",["1",3,null]]') as Json;

		expect(parsed.name).toBe('Ada');
		expect(parsed.self).toBe(parsed);
		expect(parsed.list).toEqual(['Ada', 3, null]);
	});
});
