import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { DEFAULT_SETTINGS } from '../core/settings';
import { compileModel } from './compile';
import { solveExact } from './exact';
import { explainMoves } from './explain';
import { evaluateObjective } from './objective';
import { tinyBook } from './testing/tiny-book';

describe('explainMoves', () => {
	it('explains each move and prices moving it back', async () => {
		const book = tinyBook({ n: 40, p: 3, seed: 12 });
		// Everyone owned by R1: the plan must move accounts away to balance potential.
		book.accounts.owner.fill(0);
		book.accounts.ownerId.fill('R1');
		const s = structuredClone(DEFAULT_SETTINGS);
		s.balance = [{ metric: 'potential', tolerance: 0.1, hard: true }];
		const c = compileModel(book, s);
		if (!c.ok) throw new Error(c.conflicts[0].message);
		const out = solveExact(c.model, await loadHighsNode(), { timeLimitSeconds: 20 });
		if (out.status !== 'optimal') throw new Error(out.status);
		const ex = explainMoves(book, s, c.model, c.terms, out.assignment);
		const moved = Array.from(out.assignment).filter((j) => j !== 0).length;
		expect(ex).toHaveLength(moved);
		for (const e of ex) {
			expect(e.from).toBe('R1');
			expect(e.reasons.length).toBeGreaterThan(0);
			expect(e.reasons.some((r) => r.startsWith("relieves Rep R1's overload by"))).toBe(true);
		}
		// Moving back either breaks the potential band or costs objective (the plan is optimal).
		for (const e of ex) expect(e.moveBackBreaks.length > 0 || e.moveBackCost >= -1e-9).toBe(true);
		expect(ex.some((e) => e.moveBackBreaks.some((b) => b.includes('potential maximum')))).toBe(
			true
		);
		expect(ex.some((e) => e.moveBackBreaks.some((b) => b.startsWith('Rep R1 would exceed')))).toBe(
			true
		);
		// The delta agrees with re-evaluating the objective.
		const e0 = ex[0];
		const i = book.accounts.id.indexOf(e0.accountId);
		const back = Int32Array.from(out.assignment);
		back[i] = 0;
		expect(evaluateObjective(c.model, back) - out.objective).toBeCloseTo(e0.moveBackCost, 9);
	});

	it('names travel and fit drivers', () => {
		const book = tinyBook({ n: 2, p: 2, seed: 1, industries: ['Healthcare'] });
		const A = book.accounts;
		book.reps.lat.set([40, 45]);
		book.reps.lon.set([-100, -100]);
		A.lat.set([44.9, 40]);
		A.lon.set([-100, -100]);
		A.owner.set([0, 0]);
		book.reps.industries = [['Retail'], ['Healthcare']];
		const s = structuredClone(DEFAULT_SETTINGS);
		s.balance = [];
		const c = compileModel(book, s);
		if (!c.ok) throw new Error(c.conflicts[0].message);
		const ex = explainMoves(book, s, c.model, c.terms, new Int32Array([1, 0]));
		expect(ex).toHaveLength(1);
		expect(ex[0].reasons[0]).toMatch(/^closer by 5\d\d\.\d km$/);
		expect(ex[0].reasons).toContain('industry match: Healthcare');
		expect(ex[0].moveBackCost).toBeGreaterThan(0);
		expect(ex[0].moveBackBreaks).toEqual([]);
	});
});
