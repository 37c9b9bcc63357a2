/**
 * SweepState over the real engine (the solver adapter in-thread as a pool): a small weight sweep
 * finishes with a summary per point, opening a point puts its plan and settings on the planner as
 * one undoable step, saving one makes a scenario that replays to the same plan, Cancel ends the
 * run with the unfinished points marked, and bad input changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { applyScenario, type Scenario } from '$lib/scenario/scenario';
import { generateBook } from '$lib/samples/generate';
import { createSolverAdapter } from '$lib/workers/solver-adapter';
import type { SolverWorkerApi } from '$lib/workers/solver-protocol';
import { SolverPool } from '$lib/workers/solver-pool';
import type { WorkerHandle } from '$lib/workers/solver.client';
import type { PlanSolver } from './plan-solver';
import { noExplain } from './testing/fixtures';
import { PlannerState } from './planner.svelte';
import { sweepPoolSize, SweepState } from './sweep.svelte';

const { book } = generateBook({ accounts: 120, reps: 4, seed: 7 });
const other = generateBook({ accounts: 120, reps: 4, seed: 8 }).book;
const adapter = createSolverAdapter(loadHighsNode);

function inThread(): () => WorkerHandle {
	return () => ({ api: adapter, terminate: () => {} });
}

function hanging(): () => WorkerHandle {
	const api: SolverWorkerApi = {
		solve: () => new Promise(() => {}),
		explain: () => new Promise(() => {})
	};
	return () => ({ api, terminate: () => {} });
}

const idleSolver: PlanSolver = {
	solve: () => Promise.reject(new Error('the planner does not solve in these tests')),
	explain: noExplain,
	cancel: () => {}
};

function planner(b = book): PlannerState {
	const p = new PlannerState(b, idleSolver);
	p.settings.skills.language = false;
	return p;
}

describe('sweepPoolSize', () => {
	it('uses one worker per core, from one to four', () => {
		expect(sweepPoolSize(2)).toBe(2);
		expect(sweepPoolSize(16)).toBe(4);
		expect(sweepPoolSize(1)).toBe(1);
		expect(sweepPoolSize(undefined)).toBe(2);
	});
});

describe('SweepState', () => {
	it('runs a 5-point weight sweep, opens a point and saves it as a scenario', async () => {
		const sweep = new SweepState(() => new SolverPool(inThread(), 2));
		const p = planner();
		sweep.steps = 5;
		sweep.pointSeconds = 1;
		const seen: number[] = [];
		const run = sweep.run(p);
		const timer = setInterval(() => seen.push(sweep.done), 5);
		await run;
		clearInterval(timer);
		expect(sweep.running).toBe(false);
		expect(sweep.error).toBeNull();
		expect(sweep.done).toBe(5);
		expect(sweep.summaries.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
		expect(sweep.summaries.every((s) => s.plan !== null)).toBe(true);
		expect(sweep.summaries.some((s) => s.pareto)).toBe(true);
		expect(sweep.stability).toHaveLength(4);
		expect(Math.max(...seen)).toBeLessThanOrEqual(5);

		const before = Int32Array.from(p.assignment);
		expect(sweep.openPoint(4, p)).toBe(true);
		expect(p.settings.weights.balance).toBe(1);
		expect(p.settings.weights.travel).toBe(0);
		expect(p.assessment.metrics.moves.count).toBe(sweep.summaries[4].plan!.moved);
		expect(p.history.canUndo).toBe(true);
		p.undo();
		expect(Int32Array.from(p.assignment)).toEqual(before);

		const saved: Scenario[] = [];
		const s = sweep.saveAsScenario(0, { add: (x) => (saved.push(...x), x) }, book);
		expect(s?.name).toMatch(/^Sweep: balance 0/);
		expect(saved).toHaveLength(1);
		const applied = applyScenario(book, saved[0]);
		if (!applied.ok) throw new Error(applied.error);
		expect(applied.settings.weights.travel).toBe(1);
		p.applyPlan(applied.assignment, applied.settings, 'replay');
		expect(p.assessment.metrics.moves.count).toBe(sweep.summaries[0].plan!.moved);
	});

	it('refuses to open a point on another book and a point without a plan', async () => {
		const sweep = new SweepState(() => new SolverPool(inThread(), 1));
		expect(sweep.openPoint(0, planner())).toBe(false);
		expect(sweep.error).toMatch(/Run a sweep first/);
		sweep.steps = 2;
		sweep.pointSeconds = 0.5;
		await sweep.run(planner());
		const elsewhere = planner(other);
		const before = Int32Array.from(elsewhere.assignment);
		expect(sweep.openPoint(0, elsewhere)).toBe(false);
		expect(sweep.error).toMatch(/other data/);
		expect(Int32Array.from(elsewhere.assignment)).toEqual(before);
	});

	it('cancels a running sweep: every point ends, none has a plan', async () => {
		const sweep = new SweepState(() => new SolverPool(hanging(), 2));
		sweep.steps = 11;
		const run = sweep.run(planner());
		await new Promise((r) => setTimeout(r, 20));
		expect(sweep.running).toBe(true);
		sweep.cancel();
		await run;
		expect(sweep.running).toBe(false);
		expect(sweep.info).toMatch(/Cancelled/);
		expect(sweep.summaries).toHaveLength(11);
		expect(sweep.summaries.every((s) => s.status === 'cancelled' && !s.plan)).toBe(true);
		expect(sweep.openPoint(3, planner())).toBe(false);
	});

	it('explains bad input and starts nothing', async () => {
		let made = 0;
		const sweep = new SweepState(() => (made++, new SolverPool(inThread(), 1)));
		sweep.steps = 40;
		await sweep.run(planner());
		expect(sweep.error).toMatch(/from 2 to 21/);
		sweep.steps = 5;
		sweep.setAxis('tolerance');
		expect([sweep.from, sweep.to]).toEqual([0.01, 0.2]);
		sweep.from = -1;
		await sweep.run(planner());
		expect(sweep.error).toMatch(/≥ 0/);
		expect(made).toBe(0);
		expect(sweep.summaries).toEqual([]);
	});
});

describe('SweepState with a second axis', () => {
	it("runs a 3 × 2 weight-by-tolerance grid with both values in each point's settings", async () => {
		const sweep = new SweepState(() => new SolverPool(inThread(), 2));
		expect(sweep.second).toBe(false);
		sweep.steps = 3;
		sweep.pointSeconds = 0.5;
		sweep.second = true;
		sweep.setAxis2('tolerance');
		sweep.from2 = 0.05;
		sweep.to2 = 0.2;
		sweep.steps2 = 2;
		const p = planner();
		await sweep.run(p);
		expect(sweep.error).toBeNull();
		expect(sweep.total).toBe(6);
		expect(sweep.ranAxes).toEqual(['weight-balance-vs-travel', 'tolerance']);
		expect(sweep.shape).toEqual([3, 2]);
		expect(sweep.summaries.map((s) => s.cell)).toEqual([
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1],
			[2, 0],
			[2, 1]
		]);
		expect(sweep.stability.filter((e) => e.axis === 0)).toHaveLength(4);
		expect(sweep.stability.filter((e) => e.axis === 1)).toHaveLength(3);
		const seen: unknown[][] = [];
		for (let index = 0; index < 6; index++) {
			expect(sweep.openPoint(index, p)).toBe(true);
			const rule = p.settings.balance.find((r) => r.metric === 'potential');
			seen.push([p.settings.weights.balance, rule?.tolerance, rule?.hard]);
		}
		expect(seen).toEqual([
			[0, 0.05, false],
			[0, 0.2, false],
			[0.5, 0.05, false],
			[0.5, 0.2, false],
			[1, 0.05, false],
			[1, 0.2, false]
		]);
		expect(sweep.summaries[3].label).toBe('balance 0.5 / travel 0.5, potential ±20%');
	});

	it('refuses more than 121 points and the same setting on both axes, starting nothing', async () => {
		let made = 0;
		const sweep = new SweepState(() => (made++, new SolverPool(inThread(), 1)));
		sweep.second = true;
		sweep.steps = 11;
		sweep.steps2 = 11;
		const ok = sweep.definition();
		expect(typeof ok === 'string' ? ok : ok.axes.length).toBe(2);
		sweep.steps2 = 12;
		await sweep.run(planner());
		expect(sweep.error).toMatch(/11 × 12 = 132 points is too many .*at most 121/);
		sweep.steps2 = 30;
		await sweep.run(planner());
		expect(sweep.error).toMatch(/^Second axis: Steps must be from 2 to 21/);
		sweep.steps2 = 3;
		sweep.setAxis2('weight-balance-vs-travel');
		await sweep.run(planner());
		expect(sweep.error).toMatch(/Both axes vary the balance vs travel weight/);
		sweep.second = false;
		const one = sweep.definition();
		expect(typeof one === 'string' ? one : one.axes.length).toBe(1);
		expect(made).toBe(0);
		expect(sweep.summaries).toEqual([]);
	});
});
