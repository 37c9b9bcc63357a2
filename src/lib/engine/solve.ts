/**
 * Solve dispatcher. Small models go to the exact MIP (HiGHS), warm-started by a short heuristic
 * run; large ones to the Lagrangian heuristic, which reports its own proven bound. When the
 * heuristic finds no plan and HiGHS is at hand, the exact solver gets the remaining time so the
 * answer is a plan or an explained 'infeasible', never a silent failure.
 */
import { solveExact } from './exact';
import { improveByNeighbourhoods } from './heuristic/mip-neighbourhoods';
import { improveByPairs } from './heuristic/pair-exchange';
import { solveHeuristic, type HeuristicOutcome } from './heuristic/solve-heuristic';
import { precheckModel } from './infeasibility';
import type { MipSolverLike } from './mip-solver';
import type { AssignmentModel } from './model';
import { errorResult, type SolveProgress, type SolveResult, type SolveStats } from './result';

export interface SolveOptions {
	timeLimitSeconds: number;
	highs?: MipSolverLike;
	onProgress?: (p: SolveProgress) => void;
	/** AbortSignal-like; checked inside the solver loops. */
	signal?: { readonly aborted: boolean };
	/** n*p at or below which the exact MIP is used when HiGHS is given (default 20,000). */
	exactThreshold?: number;
	/**
	 * Large models: spend the second half of the time on HiGHS neighbourhood search (off by
	 * default: on the synthetic scale books it has not beaten the heuristic yet).
	 */
	neighbourhoods?: boolean;
}

export const EXACT_THRESHOLD = 20_000;

function heuristicResult(h: HeuristicOutcome, method: string): SolveResult {
	const stats: SolveStats = {
		seconds: h.seconds,
		firstFeasibleSeconds: h.firstFeasibleSeconds,
		iterations: h.iterations,
		method
	};
	const bound = Math.min(h.bound, h.objective ?? Infinity);
	if (h.ended !== 'done' && h.assignment === null)
		return { status: h.ended, assignment: null, objective: null, bound, stats };
	if (h.ended === 'cancelled')
		return { status: 'cancelled', assignment: h.assignment, objective: h.objective, bound, stats };
	if (h.assignment === null || h.objective === null)
		return { status: 'timeout', assignment: null, objective: null, bound, stats };
	const gap = Math.max(0, (h.objective - bound) / Math.max(1e-9, Math.abs(h.objective)));
	return {
		status: gap <= 1e-9 ? 'optimal' : 'feasible',
		assignment: h.assignment,
		objective: h.objective,
		bound,
		gap,
		stats
	};
}

export async function solve(model: AssignmentModel, opts: SolveOptions): Promise<SolveResult> {
	const started = performance.now();
	const left = () => Math.max(0, opts.timeLimitSeconds - (performance.now() - started) / 1000);
	try {
		const pre = precheckModel(model);
		if (pre.length > 0)
			return {
				status: 'infeasible',
				conflicts: pre,
				stats: { seconds: 0, firstFeasibleSeconds: null, iterations: 0, method: 'precheck' }
			};
		const small = model.n * model.p <= (opts.exactThreshold ?? EXACT_THRESHOLD);
		const exact = opts.highs !== undefined && small;
		const lns = !exact && opts.highs !== undefined && opts.neighbourhoods === true;
		const share = exact ? 0.2 : lns ? 0.5 : 1;
		const h = solveHeuristic(model, {
			timeLimitSeconds: exact
				? Math.min(1, share * opts.timeLimitSeconds)
				: share * opts.timeLimitSeconds,
			onProgress: opts.onProgress,
			signal: opts.signal
		});
		if (lns && opts.highs && h.assignment !== null && h.ended !== 'cancelled' && h.cand) {
			// Large model: HiGHS re-optimises neighbourhoods of a few reps around the plan.
			const nb = improveByNeighbourhoods(model, h.assignment, opts.highs, {
				deadline: started + opts.timeLimitSeconds * 1000,
				signal: opts.signal,
				candStart: h.candStart!,
				cand: h.cand,
				seeds: h.repsByReducedCost,
				onImprove: (objective) =>
					opts.onProgress?.({
						phase: 'neighbourhoods',
						elapsed: (performance.now() - started) / 1000,
						bestObjective: objective,
						bound: h.bound
					})
			});
			h.assignment = nb.assignment;
			h.objective = nb.objective;
			h.iterations += nb.rounds;
			h.seconds = (performance.now() - started) / 1000;
			if (opts.signal?.aborted) h.ended = 'cancelled';
			return heuristicResult(h, 'lagrangian-volume+mip-neighbourhoods');
		}
		const open = h.objective !== null && h.objective - h.bound > 1e-4 * Math.abs(h.objective);
		if (
			!exact &&
			opts.highs &&
			h.ended === 'done' &&
			h.assignment !== null &&
			open &&
			left() > 0.3
		) {
			// The heuristic settled in a local optimum early. Sub-MIPs of a few neighbouring reps
			// (600 accounts, a second each) come first: on sample books with heavy-tailed
			// potential they gain most (2k: 5.1% -> 3.5% above the bound in 2.3 s, where pair
			// trades first reached 4.7%). Exact pair trades polish what time is left.
			const report = (phase: string) => (objective: number) =>
				opts.onProgress?.({
					phase,
					elapsed: (performance.now() - started) / 1000,
					bestObjective: objective,
					bound: h.bound
				});
			const nb = improveByNeighbourhoods(model, h.assignment, opts.highs, {
				deadline: started + opts.timeLimitSeconds * 1000,
				signal: opts.signal,
				candStart: h.candStart!,
				cand: h.cand!,
				seeds: h.repsByReducedCost,
				maxFree: 600,
				subLimitSeconds: 1,
				subGap: 1e-4,
				onImprove: report('neighbourhoods')
			});
			const pairs = improveByPairs(model, nb.assignment, opts.highs, {
				deadline: started + opts.timeLimitSeconds * 1000,
				signal: opts.signal,
				candStart: h.candStart!,
				cand: h.cand!,
				onImprove: report('pair trades')
			});
			h.seconds = (performance.now() - started) / 1000;
			if (opts.signal?.aborted) h.ended = 'cancelled';
			if (nb.improved > 0 || pairs.improved > 0) {
				h.assignment = pairs.assignment;
				h.objective = pairs.objective;
				h.iterations += pairs.rounds + nb.rounds;
				return heuristicResult(h, 'lagrangian-volume+mip-neighbourhoods');
			}
		}
		const hr = heuristicResult(h, 'lagrangian-volume');
		if (hr.status === 'cancelled' || opts.highs === undefined) return hr;
		if (!exact && hr.status !== 'timeout') return hr;
		if (left() <= 0) return hr;
		const ex = solveExact(model, opts.highs, {
			timeLimitSeconds: left(),
			warmStart: h.assignment ?? undefined,
			onProgress: opts.onProgress,
			shouldStop: () => opts.signal?.aborted ?? false
		});
		return pickBetter(ex, hr, h, (performance.now() - started) / 1000);
	} catch (e) {
		return errorResult(e, (performance.now() - started) / 1000, 'solve');
	}
}

/** The exact result, unless the heuristic plan beats it; bounds combine (both are valid). */
function pickBetter(
	ex: SolveResult,
	hr: SolveResult,
	h: HeuristicOutcome,
	seconds: number
): SolveResult {
	const stats: SolveStats = {
		seconds,
		firstFeasibleSeconds: h.firstFeasibleSeconds ?? ex.stats.firstFeasibleSeconds,
		iterations: h.iterations + ex.stats.iterations,
		method: 'lagrangian+exact-mip'
	};
	if (ex.status === 'infeasible' || ex.status === 'error') return { ...ex, stats };
	const bound = Math.max(ex.bound, h.bound);
	let assignment = ex.assignment;
	let objective = ex.objective;
	if (
		h.assignment !== null &&
		h.objective !== null &&
		(objective === null || h.objective < objective)
	) {
		assignment = h.assignment;
		objective = h.objective;
	}
	if (ex.status === 'cancelled' || hr.status === 'cancelled')
		return { status: 'cancelled', assignment, objective, bound, stats };
	if (assignment === null || objective === null)
		return { status: 'timeout', assignment: null, objective: null, bound, stats };
	const b = Math.min(bound, objective);
	const gap = Math.max(0, (objective - b) / Math.max(1e-9, Math.abs(objective)));
	const proven = ex.status === 'optimal' || gap <= 1e-9;
	return { status: proven ? 'optimal' : 'feasible', assignment, objective, bound: b, gap, stats };
}
