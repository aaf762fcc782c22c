import { FakeVonage, type RecordedRequest } from './fakeVonage';

/**
 * One FakeVonage for the enclosing describe block: started before its tests, stopped after them, and
 * reset before each test. `answers`, when given, then sets the block's usual answers again, so a test
 * that calls `fake.reset()` itself starts from nothing.
 */
export function useFakeVonage(answers?: (fake: FakeVonage) => void): FakeVonage {
	const fake = new FakeVonage();
	beforeAll(async () => void (await fake.start()));
	afterAll(async () => await fake.stop());
	beforeEach(() => {
		fake.reset();
		answers?.(fake);
	});
	return fake;
}

/** The one request the run made, after checking that it made exactly one and that it kept to the spec. */
export function theOnlyRequest(fake: FakeVonage): RecordedRequest {
	expect(fake.violations).toEqual([]);
	expect(fake.requests).toHaveLength(1);
	return fake.requests[0];
}
