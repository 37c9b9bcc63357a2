import { describe, expect, it } from 'vitest';
import type { AssignmentModel } from './model';
import { verifyAssignment } from './verify';

function model(): AssignmentModel {
	return {
		n: 4,
		p: 2,
		cost: new Float64Array(8),
		allowed: new Uint8Array([1, 1, 1, 0, 1, 1, 1, 1]),
		resources: [
			{
				name: 'potential',
				kind: 'balance',
				weight: new Float64Array([10, 10, 10, 10]),
				perPair: false,
				lo: new Float64Array([15, 15]),
				hi: new Float64Array([25, 25]),
				softPenalty: 0
			},
			{
				name: 'workload',
				kind: 'balance',
				weight: new Float64Array([1, 1, 1, 1]),
				perPair: false,
				lo: new Float64Array([2, 2]),
				hi: new Float64Array([2, 2]),
				softPenalty: 3
			}
		],
		moveCap: {
			owner: new Int32Array([0, 0, 1, 1]),
			weight: new Float64Array([1, 1, 1, 1]),
			max: 1
		},
		accountIds: ['a', 'b', 'c', 'd'],
		repIds: ['R1', 'R2']
	};
}

describe('verifyAssignment', () => {
	it('accepts a plan that keeps every hard rule (soft bands do not count)', () => {
		expect(verifyAssignment(model(), new Int32Array([0, 0, 1, 1]))).toEqual([]);
	});

	it('names a forbidden pair, an unassigned account, band breaches and the move cap', () => {
		const v = verifyAssignment(model(), new Int32Array([1, 1, 1, -1]));
		expect(v).toContain('account b is assigned to rep R2, which is not allowed');
		expect(v).toContain('account d is not assigned to a rep');
		expect(v).toContain('rep R1: potential 0 is below the minimum 15');
		expect(v).toContain('rep R2: potential 30 is above the maximum 25');
		expect(v).toContain('moves 3 exceed the move cap 1');
	});

	it('rejects a plan of the wrong length', () => {
		expect(verifyAssignment(model(), new Int32Array(3))).toEqual([
			'plan has 3 entries for 4 accounts'
		]);
	});
});
