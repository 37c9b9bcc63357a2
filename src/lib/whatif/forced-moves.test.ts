import { describe, expect, it } from 'vitest';
import type { AssignmentModel, Resource } from '../engine/model';
import { estimateForcedMoves } from './forced-moves';

function model(
	n: number,
	p: number,
	resources: Resource[],
	allowed: Uint8Array | null = null
): AssignmentModel {
	return { n, p, cost: new Float64Array(n * p), allowed, resources, moveCap: null };
}

const band = (weight: number[], lo: number[], hi: number[], softPenalty = 0): Resource => ({
	name: 'potential',
	kind: 'balance',
	weight: Float64Array.from(weight),
	perPair: false,
	lo: Float64Array.from(lo),
	hi: Float64Array.from(hi),
	softPenalty
});

describe('estimateForcedMoves', () => {
	it('is zero when every rep is within its bounds', () => {
		const m = model(4, 2, [band([1, 1, 1, 1], [1, 1], [3, 3])]);
		expect(estimateForcedMoves(m, Int32Array.from([0, 0, 1, -1]))).toEqual({
			forced: 0,
			unowned: 1
		});
	});

	it('sheds the largest accounts first from a rep over its upper bound', () => {
		// Rep 0 holds 10 + 1 + 1 + 1 against a cap of 5: shedding the 10 is enough.
		const m = model(5, 2, [band([10, 1, 1, 1, 1], [0, 0], [5, 20])]);
		expect(estimateForcedMoves(m, Int32Array.from([0, 0, 0, 0, 1])).forced).toBe(1);
		// Against a cap of 1, three accounts must go (10, then two of the 1s).
		const tight = model(5, 2, [band([10, 1, 1, 1, 1], [0, 0], [1, 20])]);
		expect(estimateForcedMoves(tight, Int32Array.from([0, 0, 0, 0, 1])).forced).toBe(3);
	});

	it('ignores soft bands and counts accounts a rule no longer allows', () => {
		const soft = model(3, 2, [band([5, 5, 5], [0, 0], [1, 1], 2)]);
		expect(estimateForcedMoves(soft, Int32Array.from([0, 0, 1])).forced).toBe(0);
		// Account 0 may not stay with rep 0 (a skill rule): it must move.
		const allowed = Uint8Array.from([0, 1, 1, 1, 1, 1]);
		const m = model(3, 2, [], allowed);
		expect(estimateForcedMoves(m, Int32Array.from([0, 0, 1])).forced).toBe(1);
	});

	it('adds moves when lower bounds need more than the unowned accounts can give', () => {
		// Rep 1 needs 4 but has nothing and no account is unowned: rep 0 must give up some.
		const m = model(4, 2, [band([2, 2, 2, 2], [0, 4], [10, 10])]);
		expect(estimateForcedMoves(m, Int32Array.from([0, 0, 0, 0])).forced).toBe(2);
		expect(estimateForcedMoves(m, Int32Array.from([0, 0, -1, -1])).forced).toBe(0);
	});
});
