import { describe, expect, it } from 'vitest';
import type { AssignmentModel, Resource } from '../model';
import { evaluateObjective } from '../objective';
import { verifyAssignment } from '../verify';
import { improve } from './local-search';
import { PlanState } from './plan-state';
import { prepare } from './prepared';

/**
 * Two reps at x = 0 and x = 10, two accounts each, at most two accounts per rep (so no single
 * move is allowed) and a soft ±10% band on potential. Rep 0 holds 40 of the 120 potential, rep 1
 * holds 80: both are 14 outside the band [54, 66]. Two trades balance them exactly, both adding
 * travel on each half: account 0 for account 2 (+8 and +6 km) and account 1 for account 3 (+6 each).
 */
function lopsided(penalty: number): { model: AssignmentModel; start: Int32Array } {
	const x = [1, 2, 9, 8];
	const cost = new Float64Array(8);
	x.forEach((xi, i) => {
		cost[i * 2] = Math.abs(xi);
		cost[i * 2 + 1] = Math.abs(10 - xi);
	});
	const band = (weight: number[], lo: number, hi: number, softPenalty: number): Resource => ({
		name: softPenalty > 0 ? 'potential' : 'accounts',
		kind: softPenalty > 0 ? 'balance' : 'capacity',
		weight: Float64Array.from(weight),
		perPair: false,
		lo: new Float64Array(2).fill(lo),
		hi: new Float64Array(2).fill(hi),
		softPenalty
	});
	return {
		model: {
			n: 4,
			p: 2,
			cost,
			allowed: null,
			resources: [band([30, 10, 50, 30], 54, 66, penalty), band([1, 1, 1, 1], -Infinity, 2, 0)],
			moveCap: null
		},
		start: Int32Array.from([0, 0, 1, 1])
	};
}

function improved(model: AssignmentModel, start: Int32Array): Int32Array {
	const st = new PlanState(prepare(model, 2), start);
	improve(st, { deadline: Infinity });
	st.recompute();
	return st.assign;
}

describe('feasible swaps under soft bands', () => {
	it('takes a swap that adds travel when it saves more on the soft band', () => {
		// Before: travel 6 + penalty 28 × 1. After either trade: travel 22 or 18, no penalty.
		const { model, start } = lopsided(1);
		const plan = improved(model, start);
		expect(evaluateObjective(model, start)).toBeCloseTo(34, 9);
		expect([
			[1, 0, 0, 1],
			[0, 1, 1, 0]
		]).toContainEqual(Array.from(plan));
		expect(verifyAssignment(model, plan)).toEqual([]);
		expect(evaluateObjective(model, plan)).toBeLessThanOrEqual(22 + 1e-9);
	});

	it('leaves the plan alone when the band is not worth the travel', () => {
		// Either trade saves 28 × 0.2 = 5.6 of penalty for 12 or 16 km.
		const { model, start } = lopsided(0.2);
		expect(Array.from(improved(model, start))).toEqual([0, 0, 1, 1]);
	});
});
