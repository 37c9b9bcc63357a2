import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { DEFAULT_SETTINGS } from '../core/settings';
import { compileModel } from './compile';
import { solveExact } from './exact';
import { reviewPlan } from './review';
import { tinyBook } from './testing/tiny-book';

describe('reviewPlan', () => {
	it('bundles metrics, explanations and a clean verification for a solved plan', async () => {
		const book = tinyBook({ n: 30, p: 3, seed: 17 });
		const s = structuredClone(DEFAULT_SETTINGS);
		s.balance = [{ metric: 'potential', tolerance: 0.15, hard: true }];
		const c = compileModel(book, s);
		if (!c.ok) throw new Error(c.conflicts[0].message);
		const out = solveExact(c.model, await loadHighsNode(), { timeLimitSeconds: 10 });
		if (out.status !== 'optimal') throw new Error(out.status);
		const r = reviewPlan(book, s, c, out.assignment);
		expect(r.violations).toEqual([]);
		expect(r.objective).toBeCloseTo(out.objective, 9);
		expect(r.explanations).toHaveLength(r.metrics.moves.count);
		expect(r.current?.moves.count).toBe(0);
		expect(r.metrics.fairness.potential.maxDeviation).toBeLessThanOrEqual(0.15 + 1e-9);
	});

	it('reports the hard rules the current owners break', () => {
		const book = tinyBook({ n: 30, p: 3, seed: 17 });
		book.accounts.owner.fill(0);
		const s = structuredClone(DEFAULT_SETTINGS);
		s.balance = [{ metric: 'potential', tolerance: 0.15, hard: true }];
		const c = compileModel(book, s);
		if (!c.ok) throw new Error(c.conflicts[0].message);
		const r = reviewPlan(book, s, c, book.accounts.owner);
		expect(r.violations.some((v) => v.startsWith('rep R1: potential'))).toBe(true);
		expect(r.explanations).toEqual([]);
	});
});
