import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { tinyBook } from '../engine/testing/tiny-book';
import { createMetricsContext } from '../metrics/context';
import { IncrementalMetrics } from '../metrics/incremental';
import { assessPlan, lorenzCurve } from './assessment';

const settings: PlanSettings = {
	...DEFAULT_SETTINGS,
	balance: [
		{ metric: 'potential', tolerance: 0.1, hard: false },
		{ metric: 'workload', tolerance: 0.2, hard: true }
	]
};

function skewed() {
	const book = tinyBook({ n: 400, p: 5, seed: 9 });
	const plan = Int32Array.from({ length: 400 }, (_, i) => (i < 200 ? 0 : 1 + (i % 4)));
	const A = book.accounts;
	for (let i = 0; i < A.n; i++) {
		A.lat[i] = book.reps.lat[plan[i]] + ((i * 7) % 10) / 10 - 0.45;
		A.lon[i] = book.reps.lon[plan[i]] + ((i * 3) % 10) / 10 - 0.45;
	}
	let work1 = 0;
	for (let i = 0; i < A.n; i++) if (plan[i] === 1) work1 += A.metrics.workload[i];
	book.reps.capacityWorkload[1] = work1 / 1.25;
	book.reps.capacityAccounts[3] = 45;
	// Rep 4's base moves ~1.5° north: its accounts are now far further off than the others'.
	book.reps.lat[4] += 1.5;
	return { book, plan };
}

describe('assessPlan', () => {
	it('builds the per-rep table with capacity use and band flags', () => {
		const { book, plan } = skewed();
		const a = assessPlan(book, plan, settings);
		expect(a.balanced).toEqual(['potential', 'workload']);
		expect(a.reps.map((r) => r.accounts)).toEqual([200, 50, 50, 50, 50]);
		expect(a.reps[0].band.potential).toBe('over');
		expect(a.reps[1].band.potential).toBe('under');
		expect(a.reps[1].capacityWorkloadUsed).toBeCloseTo(1.25, 9);
		expect(a.reps[3].capacityAccountsUsed).toBeCloseTo(50 / 45, 9);
		expect(a.reps[3].overCapacity).toBe(true);
		expect(Number.isNaN(a.reps[0].capacityAccountsUsed)).toBe(true);
		expect(a.reps[4].meanKm).toBeGreaterThan(3 * a.reps[2].meanKm);
		const total = a.reps.reduce((s, r) => s + r.potential, 0);
		expect(total).toBeCloseTo(
			book.accounts.metrics.potential.reduce((s, v) => s + v, 0),
			6
		);
	});

	it('names the worst imbalances in words, most severe first', () => {
		const { book, plan } = skewed();
		const a = assessPlan(book, plan, settings, undefined, 20);
		const texts = a.imbalances.map((x) => x.text);
		expect(texts[0]).toMatch(/^Rep R1 holds 2(\.\d)?× the average (potential|workload)$/);
		expect(texts).toContainEqual(expect.stringMatching(/^Rep R2 is 25% over workload capacity$/));
		expect(texts).toContainEqual(expect.stringMatching(/^Rep R4 is 11% over account capacity$/));
		expect(texts).toContainEqual(
			expect.stringMatching(
				/^Rep R5's accounts average [\d,]+ km from base, \d+(\.\d)?× the team median$/
			)
		);
		for (let k = 1; k < a.imbalances.length; k++)
			expect(a.imbalances[k - 1].severity).toBeGreaterThanOrEqual(a.imbalances[k].severity);
		expect(assessPlan(book, plan, settings).imbalances.length).toBe(5);
	});

	it('bars carry the target band; scorecard and Lorenz agree with the metrics', () => {
		const { book, plan } = skewed();
		book.reps.ramp[2] = 0.5;
		const a = assessPlan(book, plan, settings);
		const bar = a.bars.potential[2];
		expect(bar.target).toBeCloseTo(a.metrics.perRep[2].targets.potential, 9);
		expect(bar.lo).toBeCloseTo(0.9 * bar.target, 9);
		expect(bar.hi).toBeCloseTo(1.1 * bar.target, 9);
		expect(a.scorecard.potential.cv).toBeGreaterThan(0.3);
		const curve = a.lorenz.potential;
		expect(curve.length).toBe(6);
		expect(curve.at(-1)).toEqual({ x: 1, y: 1 });
		// Gini = 1 - 2 × area under the Lorenz curve (trapezoids).
		let area = 0;
		for (let k = 1; k < curve.length; k++)
			area += ((curve[k].x - curve[k - 1].x) * (curve[k].y + curve[k - 1].y)) / 2;
		expect(1 - 2 * area).toBeCloseTo(a.scorecard.potential.gini, 9);
	});

	it('accepts the incremental snapshot and reports a balanced plan as calm', () => {
		const book = tinyBook({ n: 100, p: 4, seed: 2 });
		const plan = Int32Array.from({ length: 100 }, (_, i) => i % 4);
		book.accounts.metrics.potential.fill(10);
		book.accounts.metrics.workload.fill(2);
		for (let i = 0; i < 100; i++) {
			book.accounts.lat[i] = book.reps.lat[i % 4];
			book.accounts.lon[i] = book.reps.lon[i % 4] + 0.1;
		}
		const inc = new IncrementalMetrics(createMetricsContext(book, settings), plan);
		const a = assessPlan(book, plan, settings, inc.snapshot());
		expect(a.imbalances).toEqual([]);
		expect(a.scorecard.potential.cv).toBeCloseTo(0, 9);
		expect(lorenzCurve([0, 0])).toEqual([
			{ x: 0, y: 0 },
			{ x: 0.5, y: 0.5 },
			{ x: 1, y: 1 }
		]);
	});
});
