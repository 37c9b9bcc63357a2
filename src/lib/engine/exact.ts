/**
 * Exact solver: the AssignmentModel as a MIP solved by HiGHS (through MipSolverLike).
 * Optimal, or the best plan found with HiGHS's proven bound and gap; infeasible models come
 * back with conflicts explained in the user's terms.
 */
import { buildFormulation, decodeAssignment, encodeAssignment } from './formulation';
import { explainInfeasibility, precheckModel } from './infeasibility';
import type { MipProblem, MipSolverLike } from './mip-solver';
import type { AssignmentModel } from './model';
import { evaluateObjective } from './objective';
import type { SolveProgress, SolveResult, SolveStats } from './result';
import { verifyAssignment } from './verify';

export interface ExactOptions {
	timeLimitSeconds: number;
	/** A plan to seed HiGHS with (ignored when it breaks a hard rule). */
	warmStart?: Int32Array;
	onProgress?: (p: SolveProgress) => void;
	/** Relative gap at which to stop; default proves optimality (1e-6). */
	mipGap?: number;
	/** Polled during the solve; true stops it and returns the incumbent as 'cancelled'. */
	shouldStop?: () => boolean;
	/**
	 * Explain an infeasible model (default true). Sub-models of a feasible plan pass false: a
	 * numerical 'infeasible' there needs no story, and explaining costs seconds.
	 */
	explain?: boolean;
}

/** True when every plan's objective is a whole number: integer costs on integer columns only. */
function integralObjective(pb: MipProblem): boolean {
	if (!Number.isInteger(pb.offset ?? 0)) return false;
	for (let k = 0; k < pb.numCols; k++) {
		const c = pb.colCost[k];
		if (c === 0) continue;
		if (pb.integer === null || pb.integer[k] !== 1 || !Number.isInteger(c)) return false;
	}
	return true;
}

function gapOf(objective: number, bound: number): number {
	return Math.max(0, (objective - bound) / Math.max(1e-9, Math.abs(objective)));
}

export function solveExact(
	model: AssignmentModel,
	highs: MipSolverLike,
	opts: ExactOptions
): SolveResult {
	const started = performance.now();
	const stats = (iterations: number, first: number | null): SolveStats => ({
		seconds: (performance.now() - started) / 1000,
		firstFeasibleSeconds: first,
		iterations,
		method: 'exact-mip'
	});
	const pre = precheckModel(model);
	if (pre.length > 0) return { status: 'infeasible', conflicts: pre, stats: stats(0, null) };

	const f = buildFormulation(model);
	let start: Float64Array | undefined;
	if (opts.warmStart && verifyAssignment(model, opts.warmStart).length === 0)
		start = encodeAssignment(f, model, opts.warmStart);
	let firstFeasible: number | null = start ? 0 : null;
	let cancelled = false;
	const userProgress = opts.onProgress;
	const userStop = opts.shouldStop;
	// Whole-number objectives (GAP instances, counts): a gap below one already proves optimality.
	const integral = integralObjective(f.problem);
	const out = highs.solve(f.problem, {
		timeLimitSeconds: opts.timeLimitSeconds,
		mipGap: opts.mipGap,
		mipAbsGap: integral ? 1 - 1e-6 : undefined,
		start,
		// Callbacks cost time inside HiGHS: pass them only when the caller listens.
		onProgress: userProgress
			? (pr) => {
					if (pr.primal !== null && firstFeasible === null)
						firstFeasible = (performance.now() - started) / 1000;
					userProgress({
						phase: 'exact',
						elapsed: (performance.now() - started) / 1000,
						bestObjective: pr.primal,
						bound: pr.dual
					});
				}
			: undefined,
		shouldStop: userStop
			? () => {
					if (userStop()) cancelled = true;
					return cancelled;
				}
			: undefined
	});
	if (out.status === 'error')
		return { status: 'error', message: out.message ?? 'solver error', stats: stats(0, null) };
	if (out.status === 'infeasible') {
		const conflicts =
			opts.explain === false ? [] : explainInfeasibility(model, highs, { timeLimitSeconds: 5 });
		return { status: 'infeasible', conflicts, stats: stats(out.iterations, null) };
	}
	let assignment = out.x ? decodeAssignment(f, model.n, out.x) : null;
	if (assignment && verifyAssignment(model, assignment).length > 0) assignment = null;
	// HiGHS may stop before adopting the start; a verified warm start is still a valid plan.
	if (!assignment && start && opts.warmStart) assignment = Int32Array.from(opts.warmStart);
	const objective = assignment ? evaluateObjective(model, assignment) : null;
	const proven = integral && Number.isFinite(out.bound) ? Math.ceil(out.bound - 1e-6) : out.bound;
	const bound = Math.min(proven, objective ?? Infinity);
	if (assignment && objective !== null) firstFeasible ??= (performance.now() - started) / 1000;
	if (cancelled || out.status === 'interrupted')
		return {
			status: 'cancelled',
			assignment,
			objective,
			bound,
			stats: stats(out.iterations, firstFeasible)
		};
	if (assignment && objective !== null) {
		const gap = gapOf(objective, bound);
		return {
			status: out.status === 'optimal' ? 'optimal' : 'feasible',
			assignment,
			objective,
			bound,
			gap,
			stats: stats(out.iterations, firstFeasible)
		};
	}
	return {
		status: 'timeout',
		assignment: null,
		objective: null,
		bound,
		stats: stats(out.iterations, null)
	};
}
