import { describe, expect, it } from 'vitest';
import { mulberry32, tinyBook } from '../engine/testing/tiny-book';
import { createMetricsContext } from './context';
import { IncrementalMetrics } from './incremental';
import { computeMetrics, type PlanMetrics } from './plan-metrics';

function expectSame(a: PlanMetrics, b: PlanMetrics): void {
	expect(a.moves.count).toBe(b.moves.count);
	expect(a.moves.disruption).toBeCloseTo(b.moves.disruption, 6);
	expect(a.flags).toEqual(b.flags);
	expect(a.travel.total).toBeCloseTo(b.travel.total, 4);
	a.perRep.forEach((r, j) => {
		for (const k of Object.keys(r.totals))
			expect(r.totals[k]).toBeCloseTo(b.perRep[j].totals[k], 6);
		expect(r.travel).toBeCloseTo(b.perRep[j].travel, 4);
	});
	for (const k of Object.keys(a.fairness)) {
		const x = a.fairness[k];
		const y = b.fairness[k];
		expect(x.mean).toBeCloseTo(y.mean, 6);
		expect(x.std).toBeCloseTo(y.std, 4);
		expect(x.cv).toBeCloseTo(y.cv, 6);
		expect(x.gini).toBeCloseTo(y.gini, 9);
		expect(x.maxDeviation).toBeCloseTo(y.maxDeviation, 9);
	}
}

describe('IncrementalMetrics', () => {
	it('matches a full recompute after 1,000 random moves', () => {
		const book = tinyBook({ n: 300, p: 8, seed: 7 });
		book.reps.ramp[2] = 0.5;
		book.reps.capacityAccounts.fill(40);
		book.reps.capacityWorkload.fill(120);
		book.reps.minAccounts.fill(30);
		const ctx = createMetricsContext(book);
		const inc = new IncrementalMetrics(ctx, book.accounts.owner);
		const rnd = mulberry32(99);
		for (let step = 1; step <= 1000; step++) {
			const i = Math.floor(rnd() * ctx.n);
			const to = rnd() < 0.02 ? -1 : Math.floor(rnd() * ctx.p);
			inc.move(i, to);
			if (step % 250 === 0) expectSame(inc.snapshot(), computeMetrics(ctx, inc.assignment));
		}
		const final = inc.snapshot();
		expect(final.moves.count).toBeGreaterThan(0);
		expect(final.flags.unassigned).toBeGreaterThan(0);
	});

	it('starts with no moves from the current owners and flags capacity', () => {
		const book = tinyBook({ n: 50, p: 3, seed: 3 });
		book.reps.capacityAccounts.fill(10);
		const ctx = createMetricsContext(book);
		const m = computeMetrics(ctx, book.accounts.owner);
		expect(m.moves.count).toBe(0);
		expect(m.flags.overCapacityAccounts).toBe(3);
		expect(m.perRep.reduce((s, r) => s + r.totals.accounts, 0)).toBe(50);
	});
});
