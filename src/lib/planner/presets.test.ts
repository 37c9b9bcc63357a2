/**
 * Every preset gives a feasible plan on the bundled sample book (5,000 accounts × 40 reps seated
 * by demand, a whale at 42% of a territory, hoarders and roamers, reps over capacity today) within
 * a short time limit, and each does what its name says compared with the others.
 */
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { loadZipCentroidsSync } from '../data/zip-centroids-node';
import { compileModel } from '../engine/compile';
import { solve } from '../engine/solve';
import { tinyBook } from '../engine/testing/tiny-book';
import { verifyAssignment } from '../engine/verify';
import { createMetricsContext } from '../metrics/context';
import { computeMetrics } from '../metrics/plan-metrics';
import { DEFAULT_SAMPLE, generateBook } from '../samples/generate';
import { placesFromColumns } from '../samples/places';
import type { PlanMetrics } from '../metrics/plan-metrics';
import { capacityMoves, PRESET_IDS, preset, presets, type PresetId } from './presets';

const LIMIT = 4;
const solved = new Map<PresetId, { plan: PlanMetrics; potentialKm: number }>();
const sample = generateBook({ ...DEFAULT_SAMPLE, zips: placesFromColumns(loadZipCentroidsSync()) });

describe('presets', () => {
	it('are four, each with a label and a one-line description', () => {
		const list = presets(sample.book);
		expect(list.map((p) => p.id)).toEqual([...PRESET_IDS]);
		for (const p of list) {
			expect(p.label.length).toBeGreaterThan(3);
			expect(p.description).not.toContain('\n');
			expect(p.description.length).toBeGreaterThan(40);
		}
	});

	it('sizes the move cap above the moves capacity alone needs', () => {
		const book = tinyBook({ n: 100, p: 4, seed: 1 });
		book.accounts.owner.fill(0);
		book.reps.capacityAccounts.fill(40);
		expect(capacityMoves(book, false)).toBe(60);
		book.accounts.metrics.workload.fill(1);
		book.reps.capacityWorkload[0] = 30;
		expect(capacityMoves(book, false)).toBe(70);
		expect(preset(book, 'minimal-disruption').settings.moveCap.max).toBe(88);
	});

	for (const id of PRESET_IDS)
		it(`${id} is feasible on the sample book within ${LIMIT} s`, { timeout: 60_000 }, async () => {
			const { book } = sample;
			const { settings } = preset(book, id, LIMIT);
			const compiled = compileModel(book, settings);
			if (!compiled.ok) throw new Error(compiled.conflicts.map((c) => c.message).join('; '));
			const r = await solve(compiled.model, {
				timeLimitSeconds: settings.timeLimitSeconds,
				highs: await loadHighsNode()
			});
			expect(['optimal', 'feasible']).toContain(r.status);
			if (r.status !== 'optimal' && r.status !== 'feasible') return;
			expect(verifyAssignment(compiled.model, r.assignment)).toEqual([]);
			const ctx = createMetricsContext(book, settings);
			const now = computeMetrics(ctx, book.accounts.owner);
			const plan = computeMetrics(ctx, r.assignment);
			expect(plan.flags.overCapacityAccounts + plan.flags.overCapacityWorkload).toBe(0);
			if (id === 'hybrid') {
				expect(plan.fairness.potential.cv).toBeLessThan(0.6 * now.fairness.potential.cv);
				// Fair without shipping accounts across the country: travel near today's.
				expect(plan.travel.meanPerAccount).toBeLessThan(1.5 * now.travel.meanPerAccount);
			}
			if (id === 'minimal-disruption')
				expect(plan.moves.count).toBeLessThanOrEqual(settings.moveCap.max!);
			let km = 0;
			let total = 0;
			for (let i = 0; i < book.accounts.n; i++) {
				km += book.accounts.metrics.potential[i] * ctx.distance(i, r.assignment[i]);
				total += book.accounts.metrics.potential[i];
			}
			solved.set(id, { plan, potentialKm: km / total });
		});

	it('each preset leads on its own aim', () => {
		if (solved.size < PRESET_IDS.length) return;
		const others = (id: PresetId) => PRESET_IDS.filter((o) => o !== id).map((o) => solved.get(o)!);
		const balance = solved.get('perfect-balance')!.plan.fairness.potential.cv;
		for (const o of others('perfect-balance'))
			expect(balance).toBeLessThan(o.plan.fairness.potential.cv);
		const revenueKm = solved.get('max-revenue')!.potentialKm;
		for (const o of others('max-revenue')) expect(revenueKm).toBeLessThan(o.potentialKm);
	});
});
