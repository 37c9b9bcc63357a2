import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { compileModel } from '../engine/compile';
import { mulberry32, tinyBook } from '../engine/testing/tiny-book';
import { planChanges } from './changes';

const settings: PlanSettings = {
	...DEFAULT_SETTINGS,
	balance: [{ metric: 'potential', tolerance: 0.1, hard: false }]
};

describe('planChanges', () => {
	it('counts gains and losses per rep, and they add up', () => {
		const book = tinyBook({ n: 120, p: 4, seed: 4 });
		book.accounts.owner[0] = -1;
		book.accounts.ownerId[0] = '';
		const rnd = mulberry32(8);
		const plan = Int32Array.from(book.accounts.owner, (o) => (rnd() < 0.3 ? (o + 1 + 4) % 4 : o));
		plan[0] = 2;
		const c = planChanges(book, plan);
		let expected = 0;
		let pot = 0;
		for (let i = 0; i < 120; i++)
			if (plan[i] !== book.accounts.owner[i]) {
				expected++;
				pot += book.accounts.metrics.potential[i];
			}
		expect(c.movedCount).toBe(expected);
		expect(c.movedPotential).toBeCloseTo(pot, 9);
		const gained = c.reps.reduce((s, r) => s + r.gained, 0);
		const lost = c.reps.reduce((s, r) => s + r.lost, 0);
		expect(gained).toBe(expected);
		expect(lost).toBe(expected - 1);
		const gp = c.reps.reduce((s, r) => s + r.gainedPotential, 0);
		expect(gp).toBeCloseTo(pot, 9);
		const first = c.moved.find((m) => m.index === 0)!;
		expect(first.from).toBe('');
		expect(first.to).toBe('R3');
		expect(first.reasons).toEqual(['had no owner; newly assigned']);
	});

	it('explains moves with the engine’s reasons when the compiled model is given', () => {
		const book = tinyBook({ n: 60, p: 3, seed: 6 });
		// Everything starts with R1: the plan spreads accounts to the rep nearest each account.
		book.accounts.owner.fill(0);
		book.accounts.ownerId.fill('R1');
		const compiled = compileModel(book, settings);
		if (!compiled.ok) throw new Error('compile failed');
		const plan = Int32Array.from({ length: 60 }, (_, i) => i % 3);
		const c = planChanges(book, plan, { settings, compiled });
		expect(c.movedCount).toBe(40);
		expect(c.reps[0].lost).toBe(40);
		expect(c.reps[1].gained).toBe(20);
		for (const m of c.moved) {
			expect(m.from).toBe('R1');
			expect(m.reasons.length).toBeGreaterThan(0);
			expect(Number.isFinite(m.moveBackCost)).toBe(true);
		}
		expect(c.moved.some((m) => m.reasons.some((r) => /R1's overload/.test(r)))).toBe(true);
	});

	it('rejects a plan of the wrong length', () => {
		const book = tinyBook({ n: 10, p: 2 });
		expect(() => planChanges(book, new Int32Array(4))).toThrow(/4 entries/);
	});
});
