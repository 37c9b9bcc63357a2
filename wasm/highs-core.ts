/**
 * Adapts a loaded highs-js runtime to the engine's `MipSolverLike` interface.
 * Shared by the browser (`highs.ts`) and Node (`highs-node.ts`) loaders.
 * Every model is disposed in `finally`: GC does not free HiGHS's WASM allocation.
 */
import type { Highs, HighsCallbackMap, VariableType } from 'highs';
import type {
	MipOptions,
	MipOutcome,
	MipProblem,
	MipSolverLike,
	MipStatus
} from '../src/lib/engine/mip-solver';

function toNumber(v: number | bigint | undefined): number {
	if (v === undefined) return 0;
	return typeof v === 'bigint' ? Number(v) : v;
}

function infoOr(get: () => number | bigint, fallback: number): number {
	try {
		return toNumber(get());
	} catch {
		return fallback;
	}
}

/** Replaces ±Infinity with HiGHS's own infinity (it rejects non-finite bounds otherwise). */
function bounds(a: Float64Array, inf: number): Float64Array {
	const out = new Float64Array(a.length);
	for (let k = 0; k < a.length; k++) {
		const v = a[k];
		out[k] = v === Infinity ? inf : v === -Infinity ? -inf : v;
	}
	return out;
}

/**
 * Cuts HiGHS keeps in its pool. Its default (10,000) is sized for large MIPLIB models; Carve's
 * exact models have tens to a few thousand rows, and a pool that large makes every LP re-solve
 * drag thousands of cut rows. Measured on this machine (Node 20, three runs each): OR-Library
 * gap1–8 median 0.17 s -> 0.11 s, slowest 1.2–1.5 s -> 0.73–0.82 s; Chu–Beasley a/b/c through
 * solve() 56 s -> 45 s in all, with b10200 now proven optimal inside its 10 s; pmedcap and the
 * planner's presets on small books (exact path) unchanged within run-to-run noise.
 */
export const CUT_POOL = 30;

export function createHighsSolver(highs: Highs): MipSolverLike {
	const c = highs.constants;
	const statusOf = (code: number): MipStatus => {
		const s = c.modelStatus;
		if (code === s.optimal) return 'optimal';
		if (code === s.infeasible) return 'infeasible';
		if (code === s.unbounded || code === s.unboundedOrInfeasible) return 'unbounded';
		if (code === s.timeLimit) return 'timeLimit';
		if (code === s.interrupted) return 'interrupted';
		if (code === s.empty) return 'optimal';
		if (code >= s.loadError && code <= s.postsolveError) return 'error';
		return 'other';
	};

	function solve(problem: MipProblem, opts: MipOptions): MipOutcome {
		const started = performance.now();
		const isMip = !opts.relaxation && problem.integer !== null;
		const integrality: VariableType[] | undefined = isMip
			? Array.from(problem.integer as Uint8Array, (v) =>
					v ? c.variableType.integer : c.variableType.continuous
				)
			: undefined;
		let model: ReturnType<Highs['createModel']> | null = null;
		try {
			const live = highs.createModel({
				numCols: problem.numCols,
				numRows: problem.numRows,
				sense: c.objectiveSense.minimize,
				offset: problem.offset ?? 0,
				colCost: problem.colCost,
				colLower: bounds(problem.colLower, highs.infinity),
				colUpper: bounds(problem.colUpper, highs.infinity),
				rowLower: bounds(problem.rowLower, highs.infinity),
				rowUpper: bounds(problem.rowUpper, highs.infinity),
				matrix: {
					format: 'csc',
					numRows: problem.numRows,
					numCols: problem.numCols,
					starts: problem.starts,
					indices: problem.indices,
					values: problem.values
				},
				integrality
			});
			model = live;
			live.options.set({
				output_flag: false,
				time_limit: Math.max(0.01, opts.timeLimitSeconds)
			});
			if (isMip)
				live.options.set({ mip_rel_gap: opts.mipGap ?? 1e-6, mip_pool_soft_limit: CUT_POOL });
			if (isMip && opts.mipAbsGap !== undefined) live.options.set({ mip_abs_gap: opts.mipAbsGap });
			if (isMip && opts.start) {
				try {
					live.setSolution({ colValue: opts.start });
				} catch {
					// An unusable start is only a missed speed-up; the solve itself is still valid.
				}
			}
			let best: Float64Array | null = null;
			const callbacks: Record<number, (e: never) => undefined> = {};
			if (isMip) {
				callbacks[c.callbackType.mipImprovingSolution] = (e: {
					data: { mip_solution?: Float64Array };
				}) => {
					if (e.data.mip_solution) best = e.data.mip_solution;
					return undefined;
				};
			}
			// The interrupt channel fires very often; only pay for it when someone listens.
			if (isMip && (opts.onProgress || opts.shouldStop)) {
				callbacks[c.callbackType.mipInterrupt] = (e: {
					data: {
						running_time?: number;
						mip_primal_bound?: number;
						mip_dual_bound?: number;
						mip_gap?: number;
					};
					interrupt(): void;
				}) => {
					const d = e.data;
					opts.onProgress?.({
						elapsed: d.running_time ?? 0,
						primal: Number.isFinite(d.mip_primal_bound) ? (d.mip_primal_bound as number) : null,
						dual: Number.isFinite(d.mip_dual_bound) ? (d.mip_dual_bound as number) : null,
						gap: Number.isFinite(d.mip_gap) ? (d.mip_gap as number) : null
					});
					if (opts.shouldStop?.()) e.interrupt();
					return undefined;
				};
			}
			live.run(callbacks as unknown as HighsCallbackMap);
			const status = statusOf(live.getModelStatus());
			const primalOk = infoOr(() => live.info.get('primal_solution_status'), 0) === 2;
			let x: Float64Array | null = null;
			if (primalOk) x = live.getSolution().colValue;
			else if (best) x = best;
			const objective = x ? live.getObjectiveValue() : NaN;
			let bound = -Infinity;
			if (isMip) {
				bound = infoOr(() => live.info.get('mip_dual_bound'), -Infinity);
				if (status === 'optimal' && !Number.isFinite(bound)) bound = objective;
			} else if (status === 'optimal') bound = objective;
			const rowDual = !isMip && status === 'optimal' ? live.getSolution().rowDual : null;
			return {
				status,
				x,
				objective,
				bound,
				seconds: (performance.now() - started) / 1000,
				nodes: isMip ? infoOr(() => live.info.get('mip_node_count'), 0) : 0,
				iterations: infoOr(() => live.info.get('simplex_iteration_count'), 0),
				rowDual
			};
		} catch (err) {
			return {
				status: 'error',
				x: null,
				objective: NaN,
				bound: -Infinity,
				seconds: (performance.now() - started) / 1000,
				nodes: 0,
				iterations: 0,
				rowDual: null,
				message: err instanceof Error ? err.message : String(err)
			};
		} finally {
			model?.dispose();
		}
	}

	return { solve, memoryBytes: () => highs.memoryBytes };
}
