/**
 * PlannerState over the real engine (the solver adapter in-thread, HiGHS for Node): optimising a
 * generated book improves balance without breaking a hard rule, edits and undo move the numbers,
 * re-optimising around edits keeps them, and failures (infeasible rules, an erroring or cancelled
 * solver) leave the working plan and its history untouched.
 */
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { compileModel } from '$lib/engine/compile';
import { verifyAssignment } from '$lib/engine/verify';
import { generateBook } from '$lib/samples/generate';
import { createSolverAdapter } from '$lib/workers/solver-adapter';
import type { ClientOutcome, ExplainOutcome } from '$lib/workers/solver.client';
import { noExplain } from './testing/fixtures';
import type { PlanSolver } from './plan-solver';
import { PENDING_REASON } from './plan-explanations';
import { PlannerState } from './planner.svelte';

const book = generateBook({ accounts: 600, reps: 8, seed: 42 }).book;
const adapter = createSolverAdapter(loadHighsNode);

function inThreadSolver(): PlanSolver & { cancelled: number } {
	let id = 0;
	return {
		cancelled: 0,
		async solve(_key, job, opts): Promise<ClientOutcome> {
			const res = await adapter.solve(
				{ ...job, id: ++id, timeLimitSeconds: opts.timeLimitSeconds },
				(_rid, p) => opts.onProgress?.(p)
			);
			return { id: res.id, kind: 'result', result: res.result, moved: res.moved };
		},
		async explain(_key, job): Promise<ExplainOutcome> {
			const res = await adapter.explain({ ...job, id: ++id });
			return { id: res.id, kind: 'explained', moved: res.moved, message: res.message };
		},
		cancel() {
			this.cancelled++;
		}
	};
}

describe('PlannerState', () => {
	it('optimises the book into a fairer plan that keeps every hard rule', async () => {
		const planner = new PlannerState(book, inThreadSolver());
		planner.settings.timeLimitSeconds = 5;
		expect(planner.activePreset).toBe('hybrid');
		const cvBefore = planner.baselineAssessment.scorecard.potential.cv;
		await planner.optimise();
		expect(planner.message?.kind).not.toBe('error');
		expect(planner.lastRun?.status).toMatch(/optimal|feasible/);
		const plan = Int32Array.from(planner.assignment);
		const compiled = compileModel(book, planner.settings);
		if (!compiled.ok) throw new Error('compile failed');
		expect(verifyAssignment(compiled.model, plan)).toEqual([]);
		expect(planner.assessment.scorecard.potential.cv).toBeLessThan(cvBefore);
		expect(planner.changes.movedCount).toBeGreaterThan(0);
		expect(planner.changes.moved[0].reasons.length).toBeGreaterThan(0);
		expect(planner.session.canUndo).toBe(true);
	});

	it('edits by hand, undoes, and re-optimises around the edits', async () => {
		const planner = new PlannerState(book, inThreadSolver());
		planner.settings.timeLimitSeconds = 5;
		const i = 3;
		const from = planner.assignment[i];
		const to = (from + 1) % book.reps.p;
		const before = planner.assessment.reps[to].accounts;
		planner.selection.selectIds([book.accounts.id[i]]);
		expect(planner.selection.count).toBe(1);
		planner.reassignSelected(to);
		expect(planner.assignment[i]).toBe(to);
		expect(planner.assessment.reps[to].accounts).toBe(before + 1);
		expect(planner.changes.moved.find((m) => m.index === i)?.reasons).toEqual(['moved by hand']);
		expect(planner.editedCount).toBe(1);
		planner.undo();
		expect(planner.assignment[i]).toBe(from);
		expect(planner.assessment.reps[to].accounts).toBe(before);
		planner.redo();
		expect(planner.assignment[i]).toBe(to);

		await planner.reoptimiseAroundEdits();
		expect(planner.settings.locks.manual[book.accounts.id[i]]).toBe(book.reps.id[to]);
		expect(planner.assignment[i]).toBe(to);
		expect(planner.activePreset).toBe('hybrid');
	});

	it('applies a plan made elsewhere as one undoable step, with its settings and locks', async () => {
		const planner = new PlannerState(book, inThreadSolver());
		const plan = Int32Array.from(planner.baseline, (o, i) =>
			i < 10 ? (Math.max(o, 0) + 1) % book.reps.p : o
		);
		const locked = new Uint8Array(book.accounts.n);
		locked[4] = 1;
		const settings = { ...planner.presets[0].settings };
		const explained = planner.applyPlan(plan, settings, 'Scenario A', locked);
		// The plan is on screen at once; its reasons come from the worker.
		expect(Int32Array.from(planner.assignment)).toEqual(plan);
		expect(planner.session.locked[4]).toBe(1);
		expect(planner.activePreset).toBe(planner.presets[0].id);
		expect(planner.changes.movedCount).toBe(10);
		expect(planner.explaining).toBe(true);
		expect(planner.changes.moved[0].reasons).toEqual([PENDING_REASON]);
		await explained;
		expect(planner.explaining).toBe(false);
		const reasons = planner.changes.moved[0].reasons;
		expect(reasons.length).toBeGreaterThan(0);
		expect(reasons).not.toEqual(['moved by hand']);
		expect(reasons).not.toEqual([PENDING_REASON]);
		planner.undo();
		planner.undo();
		expect(Int32Array.from(planner.assignment)).toEqual(planner.baseline);
	});

	it('shows conflicts for impossible rules and keeps the plan', async () => {
		const planner = new PlannerState(book, inThreadSolver());
		planner.reassignSelected(0);
		planner.selection.selectIds([book.accounts.id[0]]);
		planner.reassignSelected((planner.assignment[0] + 1) % book.reps.p);
		const snapshot = Int32Array.from(planner.assignment);
		planner.settings.timeLimitSeconds = 5;
		// Every account pinned to one rep: far beyond that rep's capacity.
		planner.settings.locks.manual = Object.fromEntries(
			book.accounts.id.map((id) => [id, book.reps.id[0]])
		);
		planner.settings.weights.travel = 2;
		expect(planner.activePreset).toBeNull();
		await planner.optimise();
		expect(planner.conflicts.length).toBeGreaterThan(0);
		expect(planner.conflicts.map((c) => c.rules.join(' ')).join(' ')).toMatch(/capacity|lock/);
		expect(planner.message?.kind).toBe('error');
		expect(Int32Array.from(planner.assignment)).toEqual(snapshot);
		expect(planner.session.canUndo).toBe(true);
	});

	it('keeps the plan when the solver errors or the run is cancelled', async () => {
		const failing: PlanSolver = {
			solve: async () => ({
				id: 1,
				kind: 'result',
				result: {
					status: 'error',
					message: 'out of memory',
					stats: { seconds: 1, firstFeasibleSeconds: null, iterations: 0, method: 'worker' }
				}
			}),
			explain: noExplain,
			cancel: () => {}
		};
		const planner = new PlannerState(book, failing);
		const snapshot = Int32Array.from(planner.assignment);
		await planner.optimise();
		expect(planner.message?.kind).toBe('error');
		expect(planner.message?.text).toMatch(/out of memory.*unchanged/);
		expect(Int32Array.from(planner.assignment)).toEqual(snapshot);
		expect(planner.running).toBe(false);

		let release: (o: ClientOutcome) => void = () => {};
		const slow: PlanSolver = {
			solve: () => new Promise((r) => (release = r)),
			explain: noExplain,
			cancel: () => release({ id: 2, kind: 'cancelled' })
		};
		const p2 = new PlannerState(book, slow);
		const run = p2.optimise();
		expect(p2.running).toBe(true);
		p2.cancel();
		await run;
		expect(p2.running).toBe(false);
		expect(p2.message?.text).toMatch(/Cancelled/);
		expect(Int32Array.from(p2.assignment)).toEqual(snapshot);
	});

	it('keeps its own solver jobs: closing another planner on the same pool leaves its solve running', async () => {
		const keys: string[] = [];
		const cancelled: string[] = [];
		let release: (o: ClientOutcome) => void = () => {};
		const shared: PlanSolver = {
			solve: (key) => {
				keys.push(key);
				return new Promise((r) => (release = r));
			},
			explain: noExplain,
			cancel: (key) => void cancelled.push(key)
		};
		const base = new PlannerState(book, shared);
		const run = base.optimise();
		const whatIf = new PlannerState(book, shared);
		whatIf.dispose();
		expect(cancelled).not.toContain(keys[0]);
		expect(base.running).toBe(true);
		base.cancel();
		expect(cancelled).toContain(keys[0]);
		release({ id: 1, kind: 'cancelled' });
		await run;
		expect(base.running).toBe(false);
	});
});
