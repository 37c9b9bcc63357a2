import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { assessPlan } from '$lib/planner/assessment';
import { generateBook } from '$lib/samples/generate';
import { applyBookEdits } from '$lib/whatif/book-edits';
import { comparePlans, type ComparedPlan } from './compare';

const book = generateBook({ accounts: 300, reps: 8, seed: 9 }).book;

function plan(name: string, assignment: Int32Array, b = book): ComparedPlan {
	return { name, book: b, assignment, assessment: assessPlan(b, assignment, DEFAULT_SETTINGS) };
}

describe('comparePlans', () => {
	it('finds exactly the accounts whose rep differs and caps the listed rows', () => {
		const a = Int32Array.from(book.accounts.owner);
		const b = Int32Array.from(a);
		const moved = [3, 50, 51, 299];
		for (const i of moved) b[i] = (Math.max(a[i], 0) + 1) % book.reps.p;
		const c = comparePlans([plan('A', a), plan('B', b)]);
		expect(c.accountsDiffering).toBe(moved.length);
		expect(c.accounts.map((r) => r.accountId)).toEqual(moved.map((i) => book.accounts.id[i]));
		expect(c.accounts[0].reps).toEqual([a[3] >= 0 ? book.reps.id[a[3]] : '', book.reps.id[b[3]]]);
		expect(comparePlans([plan('A', a), plan('B', b)], 2).accounts).toHaveLength(2);
		expect(comparePlans([plan('A', a), plan('A2', a)]).accountsDiffering).toBe(0);
	});

	it('gives per-rep cells and a scorecard matching the assessment', () => {
		const a = Int32Array.from(book.accounts.owner);
		const b = new Int32Array(book.accounts.n).fill(0);
		const c = comparePlans([plan('A', a), plan('All to one', b)]);
		expect(c.reps).toHaveLength(book.reps.p);
		const first = c.reps.find((r) => r.repId === book.reps.id[0])!;
		expect(first.cells[1]!.accounts).toBe(book.accounts.n);
		expect(c.reps.reduce((s, r) => s + r.cells[1]!.accounts, 0)).toBe(book.accounts.n);
		expect(c.scorecards[1].name).toBe('All to one');
		const pot = c.scorecards[1].lines.find((l) => l.metric === 'potential')!;
		expect(pot.min).toBe(0);
		expect(pot.cv).toBeGreaterThan(c.scorecards[0].lines.find((l) => l.metric === 'potential')!.cv);
		expect(c.scorecards[1].moved).toBe(plan('x', b).assessment.metrics.moves.count);
	});

	it('lines up reps by id when a what-if removes one', () => {
		const edited = applyBookEdits(book, [{ kind: 'rep-leaves', repId: book.reps.id[2] }]);
		if (!edited.ok) throw new Error(edited.error);
		const c = comparePlans([
			plan('Today', Int32Array.from(book.accounts.owner)),
			plan('Leaves', Int32Array.from(edited.book.accounts.owner), edited.book)
		]);
		const gone = c.reps.find((r) => r.repId === book.reps.id[2])!;
		expect(gone.cells[1]).toBeNull();
		expect(c.reps).toHaveLength(book.reps.p);
	});
});
