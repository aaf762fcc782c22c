import { assignOrDelete, compact, compactDeep, deepMerge, isObject, pick, valueAt } from '../../nodes/shared/objects';

describe('object helpers (nodes/shared/objects.ts)', () => {
	it('isObject is true only for plain objects', () => {
		expect([isObject({}), isObject([]), isObject(null), isObject('x')]).toEqual([true, false, false, false]);
	});

	it('valueAt follows a dot path and stops at anything that is not an object', () => {
		const body = { _embedded: { wabas: [{ id: 1 }] }, list: [1] };
		expect(valueAt(body, '_embedded.wabas')).toEqual([{ id: 1 }]);
		expect(valueAt(body, 'list.0')).toBeUndefined();
		expect(valueAt(body, '')).toBe(body);
	});

	it('compact drops undefined values only; compactDeep also drops objects left empty', () => {
		expect(compact({ a: undefined, b: '', c: { d: undefined } })).toEqual({ b: '', c: { d: undefined } });
		expect(compactDeep({ a: undefined, b: '', c: { d: undefined }, e: { f: 1 } })).toEqual({ b: '', e: { f: 1 } });
	});

	it('deepMerge merges objects key by key and lets arrays and values replace', () => {
		expect(deepMerge({ a: { x: 1, y: [1] }, b: 1 }, { a: { y: [2] }, c: 3 })).toEqual({ a: { x: 1, y: [2] }, b: 1, c: 3 });
	});

	it('assignOrDelete removes a key for undefined', () => {
		const target = { a: 1, b: 2 };
		assignOrDelete(target, 'a', undefined);
		assignOrDelete(target, 'b', 3);
		expect(target).toEqual({ b: 3 });
	});

	it('pick keeps the listed fields that are present, in order', () => {
		expect(pick({ b: 2, a: 1, c: undefined }, ['a', 'b', 'c'])).toEqual({ a: 1, b: 2 });
	});
});
