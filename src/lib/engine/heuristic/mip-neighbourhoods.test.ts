import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../../wasm/highs-node';
import { evaluateObjective } from '../objective';
import { randomBandModel } from '../testing/random-band-model';
import { verifyAssignment } from '../verify';
import { improveByNeighbourhoods, restrictModel, seedOrder } from './mip-neighbourhoods';
import { solveHeuristic } from './solve-heuristic';

const model = (seed: number) => randomBandModel(seed, 60, 6, 0.15);

describe('MIP neighbourhoods', () => {
	it('restricted model keeps the incumbent feasible with bounds net of fixed accounts', () => {
		const m = model(1);
		const h = solveHeuristic(m, { timeLimitSeconds: 1 });
		expect(h.assignment).not.toBeNull();
		const plan = h.assignment!;
		const reps = new Set([0, 1]);
		const free = [...plan.keys()].filter((i) => reps.has(plan[i]));
		const sub = restrictModel(m, plan, free, reps, { candStart: h.candStart!, cand: h.cand! });
		expect(sub.n).toBe(free.length);
		const warm = Int32Array.from(free, (i) => plan[i]);
		expect(verifyAssignment(sub, warm)).toEqual([]);
	});

	it('seeds every rep once, priority reps alternating with the spread order', () => {
		expect(Array.from(seedOrder(5, null))).toEqual([0, 2, 4, 1, 3]);
		const order = Array.from(seedOrder(5, Int32Array.from([3, 0, 4, 1, 2])));
		expect(order).toEqual([3, 0, 2, 4, 1]);
		expect([...order].sort()).toEqual([0, 1, 2, 3, 4]);
		for (const p of [1, 7, 14, 49, 70]) {
			const all = Array.from({ length: p }, (_, j) => j);
			expect([...seedOrder(p, null)].sort((a, b) => a - b)).toEqual(all);
		}
	});

	it('the heuristic ranks every rep by the reduced cost its accounts hold', () => {
		const m = model(4);
		const h = solveHeuristic(m, { timeLimitSeconds: 1 });
		expect(h.repsByReducedCost).not.toBeNull();
		expect([...h.repsByReducedCost!].sort()).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('never makes the plan worse or infeasible', async () => {
		const highs = await loadHighsNode();
		for (const seed of [2, 3]) {
			const m = model(seed);
			const h = solveHeuristic(m, { timeLimitSeconds: 1 });
			const out = improveByNeighbourhoods(m, h.assignment!, highs, {
				deadline: performance.now() + 5000,
				candStart: h.candStart!,
				cand: h.cand!,
				seeds: h.repsByReducedCost,
				maxFree: 25
			});
			expect(verifyAssignment(m, out.assignment)).toEqual([]);
			expect(out.objective).toBeCloseTo(evaluateObjective(m, out.assignment), 6);
			expect(out.objective).toBeLessThanOrEqual(h.objective! + 1e-9);
			expect(out.rounds).toBeGreaterThan(0);
		}
	});
});
