/**
 * Runs a sensitivity sweep on a SolverPool: each point is compiled on this thread, solved in a
 * worker with a per-point time limit, and measured. At most `pool.size` points are handed to the
 * pool at once, so queued points never sit inside the pool and Cancel can drop them at once;
 * running points are cancelled through the pool (their workers are terminated). Every point ends
 * as data (infeasible, error, cancelled included); nothing here throws to the caller.
 */
import type { Book } from '../core/book';
import type { SolveResult } from '../engine/result';
import { compileModel, type CompileResult } from '../engine/compile';
import { createMetricsContext, type MetricsContext } from '../metrics/context';
import {
	imbalanceMetric,
	stability,
	summarisePlan,
	summariseSweep,
	type PlanSummary,
	type StabilityEdge,
	type SweepPointResult,
	type SweepPointSummary
} from '../sweep/analysis';
import { gridShape, type SweepPoint } from '../sweep/grid';
import type { SolverPool } from './solver-pool';

export type SweepPool = Pick<SolverPool, 'solve' | 'cancel' | 'size'>;

export interface SweepProgress {
	done: number;
	total: number;
	/** The point that just finished. */
	point: SweepPointResult;
	/** Its plan's imbalance, travel and disruption (null without a plan), to draw it at once. */
	plan: PlanSummary | null;
}

export interface SweepRunOptions {
	/** Solver time per point (default: the point's own limit, at most 10 s). */
	pointTimeLimitSeconds?: number;
	onProgress?: (p: SweepProgress) => void;
}

export interface SweepRun {
	/** One per point, in point order. */
	results: SweepPointResult[];
	summaries: SweepPointSummary[];
	stability: StabilityEdge[];
	cancelled: boolean;
	seconds: number;
}

export interface SweepHandle {
	done: Promise<SweepRun>;
	/** Drops queued points and cancels running ones; `done` settles right after. */
	cancel(): void;
}

export { gridShape };

/**
 * Per-point solver time that fits `points` into about `budgetSeconds` on `workers` workers, keeping
 * a tenth of the budget for starting workers and compiling; never below `min` seconds.
 */
export function pointLimitForBudget(
	budgetSeconds: number,
	points: number,
	workers: number,
	min = 0.25
): number {
	const rounds = Math.ceil(Math.max(1, points) / Math.max(1, workers));
	return Math.max(min, (0.9 * budgetSeconds) / rounds);
}

let runs = 0;

function pointGap(r: SolveResult): number | null {
	if (r.status === 'optimal') return 0;
	if (r.status === 'feasible') return r.gap;
	if ((r.status === 'timeout' || r.status === 'cancelled') && r.objective !== null)
		return Math.max(0, (r.objective - r.bound) / Math.max(1e-9, Math.abs(r.objective)));
	return null;
}

export function fromSolveResult(index: number, r: SolveResult): SweepPointResult {
	const base = { index, seconds: r.stats.seconds, gap: pointGap(r) };
	switch (r.status) {
		case 'optimal':
		case 'feasible':
		case 'timeout':
		case 'cancelled':
			return {
				...base,
				status: r.status,
				assignment: r.assignment,
				objective: r.objective,
				message: r.assignment ? null : 'no plan within the time limit'
			};
		case 'infeasible':
			return {
				...base,
				status: 'infeasible',
				assignment: null,
				objective: null,
				message: r.conflicts.map((c) => c.message).join('; ')
			};
		case 'error':
			return { ...base, status: 'error', assignment: null, objective: null, message: r.message };
	}
}

function failed(index: number, status: 'infeasible' | 'error' | 'cancelled', message: string) {
	return { index, status, assignment: null, objective: null, gap: null, seconds: 0, message };
}

export function runSweep(
	book: Book,
	points: SweepPoint[],
	pool: SweepPool,
	opts: SweepRunOptions = {}
): SweepHandle {
	const started = performance.now();
	const run = ++runs;
	const key = (index: number) => `sweep:${run}:${index}`;
	const results: (SweepPointResult | undefined)[] = new Array(points.length);
	const running = new Set<number>();
	let next = 0;
	let done = 0;
	let cancelled = false;
	let finish: (r: SweepRun) => void = () => {};
	const promise = new Promise<SweepRun>((resolve) => (finish = resolve));
	const byIndex = new Map(points.map((p) => [p.index, p]));
	let ctx: MetricsContext | null = null;
	const metrics = () => (ctx ??= createMetricsContext(book, points[0]?.settings));
	const planOf = (r: SweepPointResult): PlanSummary | null => {
		const p = byIndex.get(r.index);
		if (!r.assignment || !p) return null;
		try {
			return summarisePlan(metrics(), r.assignment, imbalanceMetric(p.settings, metrics()));
		} catch {
			return null;
		}
	};

	const complete = () => {
		const all = points.map(
			(p) => results[p.index] ?? failed(p.index, 'cancelled', 'cancelled before it ran')
		);
		let summaries: SweepPointSummary[] = [];
		let edges: StabilityEdge[] = [];
		try {
			summaries = summariseSweep(points, all, metrics());
			edges = stability(
				all.map((r) => r.assignment),
				gridShape(points)
			);
		} catch {
			// A book the metrics cannot read still returns its per-point results.
		}
		finish({
			results: all,
			summaries,
			stability: edges,
			cancelled,
			seconds: (performance.now() - started) / 1000
		});
	};

	const record = (r: SweepPointResult) => {
		if (results[r.index]) return;
		results[r.index] = r;
		running.delete(r.index);
		done++;
		try {
			if (opts.onProgress)
				opts.onProgress({ done, total: points.length, point: r, plan: planOf(r) });
		} catch {
			// A failing progress listener must not stop the sweep.
		}
		if (done === points.length) complete();
		else if (!cancelled) dispatch();
	};

	// Compiling takes this thread a while on big books, so the next points are compiled while
	// the workers solve, one per task to keep the page responsive.
	const ready = new Map<number, CompileResult>();
	let prefetching = false;
	const prefetch = () => {
		if (prefetching) return;
		prefetching = true;
		setTimeout(() => {
			prefetching = false;
			const p = points.slice(next, next + Math.max(1, pool.size)).find((q) => !ready.has(q.index));
			if (cancelled || !p) return;
			try {
				ready.set(p.index, compileModel(book, p.settings));
			} catch {
				return; // compiled again (and its error reported) when the point runs
			}
			prefetch();
		}, 0);
	};

	const solvePoint = async (p: SweepPoint): Promise<SweepPointResult> => {
		const compiled = ready.get(p.index) ?? compileModel(book, p.settings);
		ready.delete(p.index);
		if (!compiled.ok)
			return failed(p.index, 'infeasible', compiled.conflicts.map((c) => c.message).join('; '));
		const limit = opts.pointTimeLimitSeconds ?? Math.min(10, p.settings.timeLimitSeconds);
		const out = await pool.solve(
			key(p.index),
			{ model: compiled.model },
			{
				timeLimitSeconds: limit,
				// A point the pool only started after Cancel is stopped at its first sign of life.
				onProgress: () => void (cancelled && pool.cancel(key(p.index)))
			}
		);
		if (out.kind !== 'result') return failed(p.index, 'cancelled', `solve ${out.kind}`);
		return fromSolveResult(p.index, out.result);
	};

	function dispatch(): void {
		while (!cancelled && running.size < Math.max(1, pool.size) && next < points.length) {
			const p = points[next++];
			running.add(p.index);
			solvePoint(p).then(record, (e: unknown) =>
				record(failed(p.index, 'error', e instanceof Error ? e.message : String(e)))
			);
		}
		if (!cancelled && next < points.length) prefetch();
	}

	if (points.length === 0) complete();
	else queueMicrotask(dispatch);

	return {
		done: promise,
		cancel() {
			if (cancelled || done === points.length) return;
			cancelled = true;
			const stop = [...running];
			for (const index of stop) pool.cancel(key(index));
			for (const index of stop) record(failed(index, 'cancelled', 'cancelled'));
			for (const p of points.slice(next)) record(failed(p.index, 'cancelled', 'cancelled'));
			next = points.length;
			ready.clear();
		}
	};
}
