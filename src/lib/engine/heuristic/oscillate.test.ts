import { describe, expect, it } from 'vitest';
import type { AssignmentModel, Resource } from '../model';
import { evaluateObjective } from '../objective';
import { mulberry32 } from '../prng';
import { verifyAssignment } from '../verify';
import { improve, repair } from './local-search';
import { Oscillator } from './oscillate';
import { PlanState } from './plan-state';
import { prepare } from './prepared';

/** Clustered accounts with tight bands: plain improvement stalls early on these. */
function model(seed: number): AssignmentModel {
	const rand = mulberry32(seed);
	const n = 300;
	const p = 8;
	const ax = Float64Array.from({ length: n }, () => rand() * 100);
	const rx = Float64Array.from({ length: p }, () => rand() * 100);
	const cost = new Float64Array(n * p);
	for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) cost[i * p + j] = Math.abs(ax[i] - rx[j]);
	const band = (w: Float64Array, t: number): Resource => {
		const avg = w.reduce((s, x) => s + x, 0) / p;
		return {
			name: 'band',
			kind: 'balance',
			weight: w,
			perPair: false,
			lo: new Float64Array(p).fill((1 - t) * avg),
			hi: new Float64Array(p).fill((1 + t) * avg),
			softPenalty: 0
		};
	};
	const pot = Float64Array.from({ length: n }, () => Math.exp(1.5 * rand()));
	const work = Float64Array.from({ length: n }, () => 1 + rand());
	return {
		n,
		p,
		cost,
		allowed: null,
		resources: [band(pot, 0.05), band(work, 0.1)],
		moveCap: null
	};
}

describe('Oscillator', () => {
	it('only ever returns feasible plans that beat the one it started from', () => {
		let wins = 0;
		for (const seed of [1, 2, 3]) {
			const m = model(seed);
			const pr = prepare(m, 4);
			const ctl = { deadline: Infinity };
			let best = new PlanState(pr, new Int32Array(m.n));
			expect(repair(best, ctl, null)).toBe(true);
			improve(best, ctl);
			best.recompute();
			const osc = new Oscillator(5, seed);
			for (let r = 0; r < 60; r++) {
				const next = osc.round(best, ctl, m.cost);
				if (next === null) continue;
				expect(verifyAssignment(m, next.assign)).toEqual([]);
				expect(next.objective).toBeLessThan(best.objective);
				expect(evaluateObjective(m, next.assign)).toBeCloseTo(next.objective, 6);
				best = next;
				wins++;
			}
		}
		expect(wins).toBeGreaterThan(0);
	});
});
