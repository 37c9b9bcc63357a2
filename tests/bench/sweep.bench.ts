/**
 * Sensitivity sweep at scale: a 21-point balance-vs-travel sweep (linear w = 0 … 1, bands soft) on
 * a 2,000 × 16 sample book from `generateBook`, run by the sweep runner on a SolverPool of real
 * worker_threads (node-spawn: comlink over the Node adapter) with 1, 2 and "all" workers
 * (sweepPoolSize(os.availableParallelism()): every core, at most 4, as the app's sweep pool). Seconds include starting the
 * workers (tsx + HiGHS load), as the first sweep in a browser tab would. `SWEEP_LIMIT` sets the
 * per-point solver time (default 0.75 s), `SWEEP_WORKERS=1,2` the pool sizes.
 */
import { availableParallelism, loadavg } from 'node:os';
import { DEFAULT_SETTINGS, type PlanSettings } from '../../src/lib/core/settings';
import { generateBook } from '../../src/lib/samples/generate';
import { buildGrid } from '../../src/lib/sweep/grid';
import { nodeSpawn } from '../../src/lib/workers/node-spawn';
import { SolverPool, sweepPoolSize } from '../../src/lib/workers/solver-pool';
import { runSweep } from '../../src/lib/workers/sweep-runner';
import type { BenchRow } from './table';

export const title =
	'Sensitivity sweep: 21-point balance-vs-travel on 2,000 × 16, worker_threads pool';

function baseSettings(): PlanSettings {
	const s = structuredClone(DEFAULT_SETTINGS);
	s.weights.fit = 0;
	return s;
}

export async function run(): Promise<BenchRow[]> {
	const limit = Number(process.env.SWEEP_LIMIT ?? 0.75);
	const all = sweepPoolSize(availableParallelism());
	const sizes = process.env.SWEEP_WORKERS
		? process.env.SWEEP_WORKERS.split(',').map(Number)
		: [1, 2, all];
	const { book } = generateBook({ accounts: 2000, reps: 16, seed: 20260101 });
	const grid = buildGrid(baseSettings(), {
		axes: [{ axis: 'weight-balance-vs-travel', steps: 21 }]
	});
	if (!grid.ok) throw new Error(grid.message);
	const rows: BenchRow[] = [];
	for (const [k, size] of sizes.entries()) {
		const label =
			k === sizes.length - 1 && !process.env.SWEEP_WORKERS ? `all (${size})` : String(size);
		const pool = new SolverPool(nodeSpawn(), size);
		const load = loadavg()[0];
		const t0 = performance.now();
		const res = await runSweep(book, grid.points, pool, { pointTimeLimitSeconds: limit }).done;
		const seconds = (performance.now() - t0) / 1000;
		pool.dispose();
		const gaps = res.results.map((r) => r.gap).filter((g): g is number => g !== null);
		const changed = res.stability.map((e) => e.changed).filter((c): c is number => c !== null);
		rows.push({
			workers: label,
			points: res.results.length,
			'limit s': limit,
			seconds,
			'points/s': res.results.length / seconds,
			solved: res.results.filter((r) => r.status === 'optimal' || r.status === 'feasible').length,
			infeasible: res.results.filter((r) => r.status === 'infeasible').length,
			other: res.results.filter((r) => !['optimal', 'feasible', 'infeasible'].includes(r.status))
				.length,
			'mean gap %': gaps.length ? (100 * gaps.reduce((s, g) => s + g, 0)) / gaps.length : null,
			pareto: res.summaries.filter((s) => s.pareto).length,
			'mean moved between neighbours': changed.length
				? changed.reduce((s, c) => s + c, 0) / changed.length
				: null,
			'load 1m': load
		});
	}
	return rows;
}
