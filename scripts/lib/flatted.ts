// n8n stores execution data in the `flatted` format (a JSON array in which every object and every string lives
// in its own slot and is referred to by its index, written as a string). This reads it back without the package.
type Slot = null | boolean | number | string | Slot[] | { [key: string]: Slot };

export function parseFlatted(text: string): unknown {
	const slots = JSON.parse(text) as Slot[];
	const revived = new Map<number, unknown>();

	function revive(index: number): unknown {
		const slot = slots[index];
		if (slot === null || typeof slot !== 'object') return slot;
		const known = revived.get(index);
		if (known !== undefined) return known;
		const output: Record<string, unknown> | unknown[] = Array.isArray(slot) ? [] : {};
		// Registered before its members are revived, so cycles resolve to the same object.
		revived.set(index, output);
		for (const [key, value] of Object.entries(slot)) {
			(output as Record<string, unknown>)[key] = typeof value === 'string' ? revive(Number(value)) : value;
		}
		return output;
	}

	return slots.length ? revive(0) : undefined;
}
