import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import type { PlanSolver } from './plan-solver';
import { noExplain } from './testing/fixtures';
import { WorkspaceState } from './workspace.svelte';

const book = generateBook({ accounts: 300, reps: 6, seed: 5 }).book;
const solver: PlanSolver = {
	solve: async () => ({ id: 1, kind: 'cancelled' }),
	explain: noExplain,
	cancel: () => {}
};

describe('WorkspaceState', () => {
	it('opens a what-if on an edited book and returns to the untouched base plan', () => {
		const ws = new WorkspaceState(book, solver);
		const base = ws.planner;
		base.selection.selectIds([book.accounts.id[0]]);
		base.reassignSelected((base.assignment[0] + 1) % book.reps.p);
		const edited = Int32Array.from(base.assignment);

		const leaving = book.reps.id[2];
		const r = ws.openWhatIf(`${leaving} leaves`, [{ kind: 'rep-leaves', repId: leaving }]);
		expect(r.ok).toBe(true);
		expect(ws.planner).not.toBe(base);
		expect(ws.planner.book.reps.p).toBe(book.reps.p - 1);
		expect(ws.edits).toHaveLength(1);

		ws.closeWhatIf();
		expect(ws.planner).toBe(base);
		expect(Int32Array.from(ws.planner.assignment)).toEqual(edited);
		expect(ws.planner.history.canUndo).toBe(true);
	});

	it('refuses edits that do not apply and keeps what is open', () => {
		const ws = new WorkspaceState(book, solver);
		const r = ws.openWhatIf('ghost', [{ kind: 'rep-leaves', repId: 'NOBODY' }]);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(/NOBODY/);
		expect(ws.planner).toBe(ws.basePlanner);
		expect(ws.whatIf).toBeNull();
	});
});
