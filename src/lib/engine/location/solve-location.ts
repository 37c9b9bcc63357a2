/**
 * Location mode dispatcher: the swap heuristic always runs (fast, any size); with HiGHS and a
 * small enough instance the MIP then proves or improves it, warm-started from the heuristic.
 * Larger instances get the heuristic's open sites with their assignment re-solved exactly.
 */
import { CscBuilder } from '../csc-builder';
import type { MipSolverLike } from '../mip-solver';
import { solveLocationExact } from './location-exact';
import { solveLocationHeuristic } from './location-heuristic';
import { locationObjective, type LocationProblem, type LocationResult } from './types';

/** Pairs above which the full MIP is not attempted. */
export const EXACT_PAIR_LIMIT = 20_000;

export interface SolveLocationOptions {
	timeLimitSeconds: number;
	seed?: number;
	/** Force the heuristic only (for benchmarks and very large books). */
	heuristicOnly?: boolean;
}

export function solveLocation(
	lp: LocationProblem,
	highs: MipSolverLike | null,
	opts: SolveLocationOptions
): LocationResult {
	const started = performance.now();
	const small = lp.n * lp.m <= EXACT_PAIR_LIMIT;
	const capacitated = lp.capacity.some((c) => Number.isFinite(c));
	// Large instances lean on the heuristic; an exact re-assignment only matters under capacity.
	const share = !highs || opts.heuristicOnly || (!small && !capacitated) ? 1 : small ? 0.3 : 0.7;
	const heurBudget = Math.max(0.5, opts.timeLimitSeconds * share);
	const h = solveLocationHeuristic(lp, { timeLimitSeconds: heurBudget, seed: opts.seed });
	if (!highs || opts.heuristicOnly) return h;
	const left = Math.max(0.5, opts.timeLimitSeconds - (performance.now() - started) / 1000);
	if (small) {
		const start = h.status === 'feasible' ? { open: h.open, assign: h.assign } : undefined;
		const e = solveLocationExact(lp, highs, { timeLimitSeconds: left, start });
		const seconds = (performance.now() - started) / 1000;
		if ((e.status === 'optimal' || e.status === 'feasible') && !(e.objective > h.objective + 1e-9))
			return { ...e, seconds, method: 'location-swap+mip' };
		if (e.status === 'infeasible') return { ...e, seconds };
		return { ...h, bound: Math.max(h.bound, e.bound), seconds };
	}
	if (h.status !== 'feasible' || !capacitated) return h;
	const assign = assignExact(lp, h.open, highs, left);
	if (!assign) return h;
	const objective = locationObjective(lp, assign);
	if (objective >= h.objective) return h;
	return {
		...h,
		assign,
		objective,
		seconds: (performance.now() - started) / 1000,
		method: 'location-swap+assign-mip'
	};
}

/** Optimal capacitated assignment to a fixed set of open sites (a GAP), null when not proven. */
function assignExact(
	lp: LocationProblem,
	open: number[],
	highs: MipSolverLike,
	seconds: number
): Int32Array | null {
	const b = new CscBuilder();
	const rows = Array.from({ length: lp.n }, () => b.addRow(1, 1));
	const cap = open.map((k) => b.addRow(-Infinity, lp.capacity[k]));
	const cols: { i: number; k: number }[] = [];
	for (let i = 0; i < lp.n; i++)
		open.forEach((k, t) => {
			const d = lp.dist[i * lp.m + k];
			if (!Number.isFinite(d)) return;
			b.addCol(lp.weight[i] * d, 0, 1, true, [rows[i], cap[t]], [1, lp.demand[i]]);
			cols.push({ i, k });
		});
	const out = highs.solve(b.build(), { timeLimitSeconds: seconds, mipGap: 1e-4 });
	if (!out.x) return null;
	const assign = new Int32Array(lp.n).fill(-1);
	const x = out.x;
	cols.forEach((c, t) => {
		if (x[t] > 0.5) assign[c.i] = c.k;
	});
	return assign.includes(-1) ? null : assign;
}
