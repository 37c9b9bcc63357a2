import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { compileModel } from '../engine/compile';
import { verifyAssignment } from '../engine/verify';
import { generateBook } from '../samples/generate';
import { buildGrid, type SweepDefinition } from '../sweep/grid';
import { createSolverAdapter } from './solver-adapter';
import type { SolverWorkerApi } from './solver-protocol';
import { SolverPool } from './solver-pool';
import type { WorkerHandle } from './solver.client';
import { gridShape, pointLimitForBudget, runSweep, type SweepProgress } from './sweep-runner';

const { book } = generateBook({ accounts: 120, reps: 4, seed: 7 });

function settings(): PlanSettings {
	const s = structuredClone(DEFAULT_SETTINGS);
	s.skills.language = false;
	return s;
}

function points(def: SweepDefinition, base = settings()) {
	const g = buildGrid(base, def);
	if (!g.ok) throw new Error(g.message);
	return g.points;
}

/** The real worker-side adapter, in this thread, wrapped as a worker handle. */
function inThread(log: string[] = []): () => WorkerHandle {
	const adapter = createSolverAdapter(loadHighsNode);
	let k = 0;
	return () => {
		const me = ++k;
		return { api: adapter, terminate: () => log.push(`terminate ${me}`) };
	};
}

/** A worker that never answers until terminated (a long solve). */
function hanging(log: string[]): () => WorkerHandle {
	let k = 0;
	return () => {
		const me = ++k;
		const api: SolverWorkerApi = {
			solve: () => new Promise(() => {}),
			explain: () => new Promise(() => {})
		};
		return { api, terminate: () => log.push(`terminate ${me}`) };
	};
}

describe('pointLimitForBudget', () => {
	it('splits nine tenths of the budget over the rounds of points per worker', () => {
		expect(pointLimitForBudget(20, 21, 1)).toBeCloseTo(18 / 21);
		expect(pointLimitForBudget(20, 21, 2)).toBeCloseTo(18 / 11);
		expect(pointLimitForBudget(1, 100, 1)).toBe(0.25);
		expect(pointLimitForBudget(10, 0, 0)).toBe(9);
	});
});

describe('runSweep', () => {
	it('solves a 3-point balance-vs-travel sweep on a small book with progress', async () => {
		const pts = points({ axes: [{ axis: 'weight-balance-vs-travel', steps: 3 }] });
		const pool = new SolverPool(inThread(), 2);
		const progress: SweepProgress[] = [];
		const run = await runSweep(book, pts, pool, {
			pointTimeLimitSeconds: 1.5,
			onProgress: (p) => progress.push(p)
		}).done;
		pool.dispose();
		expect(run.cancelled).toBe(false);
		expect(progress.map((p) => p.done)).toEqual([1, 2, 3]);
		expect(progress.every((p) => p.total === 3)).toBe(true);
		for (const p of progress)
			expect(p.plan).toEqual(run.summaries.find((x) => x.index === p.point.index)!.plan);
		expect(run.results.map((r) => r.index)).toEqual([0, 1, 2]);
		for (const r of run.results) {
			expect(['optimal', 'feasible']).toContain(r.status);
			const c = compileModel(book, pts[r.index].settings);
			if (!c.ok) throw new Error('compile');
			expect(verifyAssignment(c.model, r.assignment!)).toEqual([]);
		}
		const s = run.summaries.map((x) => x.plan!);
		// Pure travel travels least; pure balance is the most even.
		expect(s[0].travelKm).toBeLessThan(s[2].travelKm);
		expect(s[2].imbalance).toBeLessThan(s[0].imbalance);
		expect(run.summaries.some((x) => x.pareto)).toBe(true);
		expect(run.stability).toHaveLength(2);
		expect(run.stability.every((e) => e.changed !== null && e.changed >= 0)).toBe(true);
	});

	it('returns compile conflicts as infeasible points, never a throw', async () => {
		const base = settings();
		base.balance = [{ metric: 'nope', tolerance: 0.1, hard: true }];
		const pts = points({ axes: [{ axis: 'continuity', from: 0, to: 1, steps: 3 }] }, base);
		const pool = new SolverPool(inThread(), 1);
		const run = await runSweep(book, pts, pool).done;
		pool.dispose();
		expect(run.results.map((r) => r.status)).toEqual(['infeasible', 'infeasible', 'infeasible']);
		expect(run.results[0].message).toMatch(/nope/);
		expect(run.summaries.every((s) => s.plan === null && !s.pareto)).toBe(true);
	});

	it('turns a dying worker into error points', async () => {
		const pts = points({ axes: [{ axis: 'continuity', from: 0, to: 1, steps: 2 }] });
		const pool = new SolverPool(
			() => ({
				api: {
					solve: () => Promise.reject(new Error('worker died')),
					explain: () => Promise.reject(new Error('worker died'))
				},
				terminate: () => {}
			}),
			2
		);
		const run = await runSweep(book, pts, pool).done;
		expect(run.results.map((r) => r.status)).toEqual(['error', 'error']);
		expect(run.results[0].message).toMatch(/worker died/);
	});

	it('cancel drops queued points and terminates the running ones', async () => {
		const log: string[] = [];
		const pts = points({
			axes: [
				{ axis: 'continuity', from: 0, to: 1, steps: 3 },
				{ axis: 'tolerance', metric: 'potential', from: 0.05, to: 0.1, steps: 2 }
			]
		});
		expect(gridShape(pts)).toEqual([3, 2]);
		const pool = new SolverPool(hanging(log), 2);
		const progress: SweepProgress[] = [];
		const handle = runSweep(book, pts, pool, { onProgress: (p) => progress.push(p) });
		await new Promise((r) => setTimeout(r, 50));
		handle.cancel();
		const run = await handle.done;
		expect(run.cancelled).toBe(true);
		expect(run.results.map((r) => r.status)).toEqual(Array(6).fill('cancelled'));
		expect(log.sort()).toEqual(['terminate 1', 'terminate 2']);
		expect(progress.at(-1)!.done).toBe(6);
		expect(run.stability).toHaveLength(7);
		expect(run.stability.every((e) => e.changed === null)).toBe(true);
		handle.cancel();
	});

	it('an empty point list finishes at once', async () => {
		const pool = new SolverPool(inThread(), 1);
		const run = await runSweep(book, [], pool).done;
		expect(run.results).toEqual([]);
	});
});
