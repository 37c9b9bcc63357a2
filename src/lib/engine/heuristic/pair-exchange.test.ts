import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../../wasm/highs-node';
import type { AssignmentModel } from '../model';
import { evaluateObjective, movedAmount } from '../objective';
import { mulberry32 } from '../prng';
import { verifyAssignment } from '../verify';
import { compactModel, planLoads } from './compact-model';
import { improveByPairs, neighbourPairs } from './pair-exchange';
import { improve } from './local-search';
import { PlanState } from './plan-state';
import { prepare } from './prepared';
import { solveHeuristic } from './solve-heuristic';
import { randomBandModel } from '../testing/random-band-model';

/** A random band model plus a soft workload band and a move cap on random owners. */
function randomModel(seed: number, n = 40, p = 4): AssignmentModel {
	const rand = mulberry32(seed + 1000);
	const m = randomBandModel(seed, n, p, 0.2);
	m.resources.push({
		name: 'workload',
		kind: 'balance',
		weight: new Float64Array(n).map(() => rand() * 5),
		perPair: false,
		lo: new Float64Array(p).fill(-Infinity),
		hi: new Float64Array(p).fill(Infinity),
		softPenalty: 3
	});
	const owner = new Int32Array(n).map(() => Math.floor(rand() * p));
	return { ...m, moveCap: { owner, weight: new Float64Array(n).fill(1), max: Math.floor(n / 2) } };
}

/** Two reps on a line; trading two of A's accounts for one of B's is the only improvement. */
function tradeModel(): AssignmentModel {
	// Accounts 0,1 sit near B but belong to A; account 3 sits near A but belongs to B.
	const near = [9, 9, 0, 1, 10];
	const potential = Float64Array.from([1, 1, 1, 2, 1]);
	const cost = new Float64Array(10);
	near.forEach((x, i) => {
		cost[i * 2] = x;
		cost[i * 2 + 1] = 10 - x;
	});
	return {
		n: 5,
		p: 2,
		cost,
		allowed: null,
		resources: [
			{
				name: 'potential',
				kind: 'balance',
				weight: potential,
				perPair: false,
				lo: Float64Array.from([3, 3]),
				hi: Float64Array.from([3, 3]),
				softPenalty: 0
			}
		],
		moveCap: null
	};
}

const all = (n: number, p: number) => ({
	candStart: Int32Array.from({ length: n + 1 }, (_, i) => i * p),
	cand: Int32Array.from({ length: n * p }, (_, k) => k % p)
});

describe('compactModel', () => {
	it('judges every re-decision of the free accounts exactly as the full model does', () => {
		const m = randomModel(3);
		const h = solveHeuristic(m, { timeLimitSeconds: 1 });
		const plan = h.assignment!;
		const reps = [0, 2];
		const free = [...plan.keys()].filter((i) => plan[i] === 0 || plan[i] === 2).slice(0, 10);
		const { candStart, cand } = all(m.n, m.p);
		const sub = compactModel(m, plan, planLoads(m, plan), free, reps, candStart, cand);
		expect(Array.from(sub.start, (s) => reps[s])).toEqual(free.map((i) => plan[i]));
		const rand = mulberry32(9);
		const base = evaluateObjective(m, plan) - evaluateObjective(sub.model, sub.start);
		for (let trial = 0; trial < 300; trial++) {
			const local = Int32Array.from(free, () => Math.floor(rand() * 2));
			const full = Int32Array.from(plan);
			free.forEach((i, t) => (full[i] = reps[local[t]]));
			expect(verifyAssignment(sub.model, local).length === 0).toBe(
				verifyAssignment(m, full).length === 0
			);
			expect(evaluateObjective(sub.model, local) + base).toBeCloseTo(evaluateObjective(m, full), 6);
			expect(movedAmount(sub.model, local) <= sub.model.moveCap!.max + 1e-9).toBe(
				movedAmount(m, full) <= m.moveCap!.max + 1e-9
			);
		}
	});
});

describe('improveByPairs', () => {
	it('finds a two-for-one trade that no single move or swap can make', async () => {
		const highs = await loadHighsNode();
		const m = tradeModel();
		const start = Int32Array.from([0, 0, 0, 1, 1]);
		expect(verifyAssignment(m, start)).toEqual([]);
		const { candStart, cand } = all(m.n, m.p);
		const st = new PlanState(prepare(m, 2), start);
		improve(st, { deadline: performance.now() + 1000 });
		expect(Array.from(st.assign)).toEqual(Array.from(start));
		const r = improveByPairs(m, start, highs, {
			deadline: performance.now() + 10_000,
			candStart,
			cand
		});
		expect(Array.from(r.assignment)).toEqual([1, 1, 0, 0, 1]);
		expect(r.objective).toBe(evaluateObjective(m, r.assignment));
		expect(r.objective).toBeLessThan(evaluateObjective(m, start));
	});

	it('never breaks a rule or worsens a plan on random models with a move cap', async () => {
		const highs = await loadHighsNode();
		for (const seed of [1, 2, 5, 8]) {
			const m = randomModel(seed, 60, 5);
			const h = solveHeuristic(m, { timeLimitSeconds: 0.3 });
			if (h.assignment === null) continue;
			const r = improveByPairs(m, h.assignment, highs, {
				deadline: performance.now() + 10_000,
				candStart: h.candStart!,
				cand: h.cand!
			});
			expect(verifyAssignment(m, r.assignment)).toEqual([]);
			expect(r.objective).toBeLessThanOrEqual(evaluateObjective(m, h.assignment) + 1e-9);
			expect(r.objective).toBeCloseTo(evaluateObjective(m, r.assignment), 9);
		}
	});

	it('pairs neighbours by shared candidates, busiest first', () => {
		const plan = Int32Array.from([0, 0, 1, 2]);
		const candStart = Int32Array.from([0, 2, 4, 6, 8]);
		const cand = Int32Array.from([0, 1, 0, 1, 1, 0, 2, 1]);
		expect(neighbourPairs(plan, 3, candStart, cand, 2)).toEqual([
			[0, 1],
			[1, 2]
		]);
	});
});
