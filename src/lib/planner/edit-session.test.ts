import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { mulberry32, tinyBook } from '../engine/testing/tiny-book';
import { createMetricsContext } from '../metrics/context';
import { computeMetrics, type PlanMetrics } from '../metrics/plan-metrics';
import { EditSession } from './edit-session';

function expectSame(a: PlanMetrics, b: PlanMetrics): void {
	expect(a.moves.count).toBe(b.moves.count);
	expect(a.flags).toEqual(b.flags);
	expect(a.travel.total).toBeCloseTo(b.travel.total, 4);
	a.perRep.forEach((r, j) => {
		for (const k of Object.keys(r.totals))
			expect(r.totals[k]).toBeCloseTo(b.perRep[j].totals[k], 6);
	});
	for (const k of Object.keys(a.fairness)) {
		expect(a.fairness[k].cv).toBeCloseTo(b.fairness[k].cv, 6);
		expect(a.fairness[k].std).toBeCloseTo(b.fairness[k].std, 4);
		expect(a.fairness[k].gini).toBeCloseTo(b.fairness[k].gini, 9);
	}
}

function setup(n = 300, p = 8) {
	const book = tinyBook({ n, p, seed: 11 });
	book.reps.ramp[1] = 0.5;
	book.reps.capacityAccounts.fill(45);
	const ctx = createMetricsContext(book);
	return { book, ctx, session: new EditSession(book, ctx, book.accounts.owner) };
}

describe('EditSession', () => {
	it('undo and redo round-trip moves and locks; a new edit clears redo', () => {
		const { book, session } = setup();
		const owners = Int32Array.from(book.accounts.owner);
		const start = Int32Array.from(session.assignment);
		expect(session.reassign([0, 1, 2, 2], 3)).toBe(true);
		expect(session.undoLabel).toBe('Move 4 accounts to R4');
		expect([...session.assignment.slice(0, 3)]).toEqual([3, 3, 3]);
		expect(session.setLocked([0, 5], true)).toBe(true);
		const afterLock = Int32Array.from(session.assignment);
		expect(session.locked[5]).toBe(1);
		expect(session.undo()).toBe(true);
		expect(session.locked[5]).toBe(0);
		expect(session.undo()).toBe(true);
		expect([...session.assignment]).toEqual([...start]);
		expect(session.undo()).toBe(false);
		expect(session.redo() && session.redo()).toBe(true);
		expect([...session.assignment]).toEqual([...afterLock]);
		expect(session.locked[0]).toBe(1);
		session.undo();
		session.reassign([9], 0);
		expect(session.canRedo).toBe(false);
		expect(session.reassign([9], 0)).toBe(false);
		expect([...book.accounts.owner]).toEqual([...owners]);
	});

	it('incremental metrics agree with a full recompute after 1,000 random edits, undos, redos', () => {
		const { ctx, session } = setup();
		const rnd = mulberry32(42);
		const history: Int32Array[] = [Int32Array.from(session.assignment)];
		let at = 0;
		for (let step = 1; step <= 1000; step++) {
			const r = rnd();
			if (r < 0.15) {
				if (session.undo()) at--;
			} else if (r < 0.25) {
				if (session.redo()) at++;
			} else if (r < 0.3) {
				const idx = Array.from({ length: 5 }, () => Math.floor(rnd() * ctx.n));
				if (session.setLocked(idx, rnd() < 0.5)) {
					history.length = at + 1;
					history.push(Int32Array.from(session.assignment));
					at++;
				}
			} else if (r < 0.32) {
				const plan = Int32Array.from(session.assignment, (j) =>
					rnd() < 0.1 ? (j + 1) % ctx.p : j
				);
				if (session.applyPlan(plan)) {
					history.length = at + 1;
					history.push(Int32Array.from(session.assignment));
					at++;
				}
			} else {
				const size = r < 0.6 ? 1 : 1 + Math.floor(rnd() * 25);
				const idx = Array.from({ length: size }, () => Math.floor(rnd() * ctx.n));
				const to = rnd() < 0.03 ? -1 : Math.floor(rnd() * ctx.p);
				if (session.reassign(idx, to)) {
					history.length = at + 1;
					history.push(Int32Array.from(session.assignment));
					at++;
				}
			}
			expect([...session.assignment]).toEqual([...history[at]]);
			if (step % 100 === 0) expectSame(session.metrics(), computeMetrics(ctx, session.assignment));
		}
		while (session.undo()) at--;
		expect(at).toBe(0);
		expectSame(session.metrics(), computeMetrics(ctx, history[0]));
	});

	it('turns edited and locked accounts into manual locks for re-optimising', () => {
		const { book, session } = setup();
		session.reassign([4, 6], 2);
		session.reassign([7], -1);
		session.setLocked([10], true);
		const s = session.settingsWithEditLocks({
			...DEFAULT_SETTINGS,
			locks: { ...DEFAULT_SETTINGS.locks, manual: { A0300: 'R1' } }
		});
		expect(s.locks.manual).toEqual({
			A0300: 'R1',
			[book.accounts.id[4]]: 'R3',
			[book.accounts.id[6]]: 'R3',
			[book.accounts.id[10]]: book.reps.id[session.assignment[10]]
		});
		expect(DEFAULT_SETTINGS.locks.manual).toEqual({});
		session.rebase();
		session.setLocked([10], false);
		expect(session.editedAccounts().length).toBe(0);
	});

	it('applies a whole plan as one undoable step and caps history', () => {
		const { book, ctx } = setup(50, 3);
		const session = new EditSession(book, ctx, book.accounts.owner, { maxHistory: 2 });
		const plan = Int32Array.from(session.assignment, (j) => (j + 1) % 3);
		expect(session.applyPlan(plan, 'Optimised')).toBe(true);
		expect(session.undoLabel).toBe('Optimised');
		expect(session.metrics().moves.count).toBe(50);
		session.reassign([0], 0);
		session.reassign([1], 0);
		session.undo();
		session.undo();
		expect(session.undo()).toBe(false);
		expect(() => session.applyPlan(new Int32Array(2))).toThrow(/2 entries/);
	});

	it('exports its history and imports it into a fresh session on the same plan', () => {
		const { book, ctx, session: a } = setup();
		a.reassign([0, 1], 2);
		a.setLocked([3], true);
		a.reassign([5], 1);
		a.undo();
		const h = a.exportHistory();
		const b = new EditSession(book, ctx, Int32Array.from(a.assignment));
		expect(b.importHistory(h)).toBe(true);
		expect(b.undoLabel).toBe(a.undoLabel);
		expect(b.redoLabel).toBe(a.redoLabel);
		b.undo();
		b.undo();
		expect(Int32Array.from(b.assignment)).toEqual(Int32Array.from(book.accounts.owner));
		b.redo();
		b.redo();
		b.redo();
		a.redo();
		expect(Int32Array.from(b.assignment)).toEqual(Int32Array.from(a.assignment));
		const bad = structuredClone(h);
		bad.undo[0].accounts[0] = book.accounts.n + 5;
		const c = new EditSession(book, ctx, book.accounts.owner);
		expect(c.importHistory(bad)).toBe(false);
		expect(c.canUndo).toBe(false);
	});
});
