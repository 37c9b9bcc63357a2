import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { MetricsContext } from '../metrics/context';
import {
	imbalanceMetric,
	ownerChanges,
	paretoFront,
	stability,
	summarisePlan,
	summariseSweep,
	type SweepPointResult
} from './analysis';
import { buildGrid } from './grid';

/** 4 accounts on a line at x = 0, 1, 10, 11; reps based at x = 0 and x = 10; owners 0, 0, 1, 1. */
function ctx(): MetricsContext {
	const x = [0, 1, 10, 11];
	const base = [0, 10];
	return {
		n: 4,
		p: 2,
		repIds: ['r0', 'r1'],
		metricNames: ['accounts', 'potential'],
		columns: [new Float64Array([1, 1, 1, 1]), new Float64Array([10, 20, 30, 40])],
		ramp: new Float64Array([1, 1]),
		owner: new Int32Array([0, 0, 1, 1]),
		distance: (i, j) => Math.abs(x[i] - base[j]),
		continuityWeight: new Float64Array(4).fill(1),
		capacityAccounts: new Float64Array(2).fill(NaN),
		capacityWorkload: new Float64Array(2).fill(NaN),
		minAccounts: new Float64Array(2).fill(NaN),
		workloadIndex: -1,
		mismatch: () => 0
	};
}

describe('summarisePlan', () => {
	it('measures imbalance, travel and disruption of a plan', () => {
		const s = summarisePlan(ctx(), new Int32Array([0, 0, 1, 1]), 'potential');
		// Loads 30 and 70: mean 50, std 20, CV 0.4. Travel 0 + 1 + 0 + 1.
		expect(s.imbalance).toBeCloseTo(0.4);
		expect(s.travelKm).toBe(2);
		expect(s.travelKmPerAccount).toBe(0.5);
		expect(s.moved).toBe(0);
		expect(s.movedPotential).toBe(0);
		const t = summarisePlan(ctx(), new Int32Array([0, 1, 0, 1]), 'potential');
		// Loads 40 and 60: CV 0.2. Travel 0 + 9 + 10 + 1; accounts 1 and 2 moved (20 + 30).
		expect(t.imbalance).toBeCloseTo(0.2);
		expect(t.travelKm).toBe(20);
		expect(t.moved).toBe(2);
		expect(t.movedPotential).toBe(50);
	});

	it('takes the first balanced metric that exists, else potential', () => {
		const s = structuredClone(DEFAULT_SETTINGS);
		expect(imbalanceMetric(s, ctx())).toBe('potential');
		s.balance = [{ metric: 'nope', tolerance: 0.1, hard: true }];
		expect(imbalanceMetric(s, ctx())).toBe('potential');
		s.balance.push({ metric: 'accounts', tolerance: 0.1, hard: true });
		expect(imbalanceMetric(s, ctx())).toBe('accounts');
	});
});

describe('paretoFront', () => {
	it('keeps non-dominated vectors, drops dominated ones and nulls, keeps ties', () => {
		const front = paretoFront([
			[1, 5, 0],
			[2, 2, 0],
			[3, 3, 0], // dominated by [2, 2, 0]
			[5, 1, 0],
			null,
			[2, 2, 0], // duplicate of a front point: kept
			[1, 5, 1] // dominated by [1, 5, 0] (more disruption)
		]);
		expect(front).toEqual([true, true, false, true, false, true, false]);
	});
});

describe('stability', () => {
	it('counts owner changes between neighbours along one axis', () => {
		const a = new Int32Array([0, 0, 1, 1]);
		const b = new Int32Array([0, 1, 1, 1]);
		const c = new Int32Array([1, 1, 0, 0]);
		expect(ownerChanges(a, c)).toBe(4);
		expect(stability([a, b, c, null], [4])).toEqual([
			{ axis: 0, from: 0, to: 1, changed: 1 },
			{ axis: 0, from: 1, to: 2, changed: 3 },
			{ axis: 0, from: 2, to: 3, changed: null }
		]);
	});

	it('links grid neighbours along both axes of a 2 × 3 grid', () => {
		const plans = [0, 1, 2, 3, 4, 5].map((k) => new Int32Array([k, k, k]));
		plans[4] = new Int32Array([1, 1, 4]);
		const edges = stability(plans, [2, 3]);
		expect(edges.map((e) => `${e.axis}:${e.from}-${e.to}`).sort()).toEqual(
			['1:0-1', '1:1-2', '1:3-4', '1:4-5', '0:0-3', '0:1-4', '0:2-5'].sort()
		);
		expect(edges.find((e) => e.from === 1 && e.to === 4)!.changed).toBe(1);
		expect(edges.find((e) => e.from === 3 && e.to === 4)!.changed).toBe(3);
	});
});

describe('summariseSweep', () => {
	it('summarises every point, failed ones as data, Pareto only among finished plans', () => {
		const g = buildGrid(DEFAULT_SETTINGS, {
			axes: [{ axis: 'continuity', from: 0, to: 3, steps: 4 }]
		});
		if (!g.ok) throw new Error(g.message);
		const r = (index: number, status: SweepPointResult['status'], a: number[] | null) => ({
			index,
			status,
			assignment: a ? Int32Array.from(a) : null,
			objective: a ? 1 : null,
			gap: a ? 0 : null,
			seconds: 0.1,
			message: a ? null : 'no plan'
		});
		const out = summariseSweep(
			g.points,
			[
				r(0, 'optimal', [0, 0, 1, 1]), // CV 0.4, travel 2, moved 0
				r(1, 'feasible', [0, 1, 1, 1]), // loads 10 / 90: worse balance, more travel, moved 1
				r(2, 'infeasible', null),
				r(3, 'cancelled', [0, 1, 0, 1]) // would be on the front, but is not finished
			],
			ctx()
		);
		expect(out.map((s) => s.status)).toEqual(['optimal', 'feasible', 'infeasible', 'cancelled']);
		expect(out.map((s) => s.pareto)).toEqual([true, false, false, false]);
		expect(out[2].plan).toBeNull();
		expect(out[2].message).toBe('no plan');
		expect(out[3].plan!.moved).toBe(2);
		expect(out[1].label).toBe('continuity 1');
	});
});
