/**
 * The minimal structural interface the exact solver needs from a MIP/LP solver.
 * The engine stays pure (no HiGHS import); `wasm/highs-core.ts` adapts highs-js to it and
 * `wasm/highs.ts` (browser) / `wasm/highs-node.ts` (Node) provide the instance.
 */

/** A MIP in column-compressed form: minimise cost·x subject to rowLower <= Ax <= rowUpper. */
export interface MipProblem {
	numCols: number;
	numRows: number;
	colCost: Float64Array;
	colLower: Float64Array;
	colUpper: Float64Array;
	rowLower: Float64Array;
	rowUpper: Float64Array;
	/** CSC: column k occupies starts[k]..starts[k+1] in indices/values. */
	starts: Int32Array;
	indices: Int32Array;
	values: Float64Array;
	/** 1 = integer column, 0 = continuous. Null = all continuous (an LP). */
	integer: Uint8Array | null;
	/** Constant added to the objective. */
	offset?: number;
}

export interface MipProgress {
	elapsed: number;
	primal: number | null;
	dual: number | null;
	gap: number | null;
}

export interface MipOptions {
	timeLimitSeconds: number;
	/** Relative gap at which the MIP stops (HiGHS mip_rel_gap); default 1e-6 -> proves optimality. */
	mipGap?: number;
	/** Absolute gap at which the MIP stops (HiGHS mip_abs_gap); default HiGHS's own (1e-6). */
	mipAbsGap?: number;
	/** A full column vector to try as the first incumbent. */
	start?: Float64Array;
	/** Solve the LP relaxation only (integrality ignored). */
	relaxation?: boolean;
	onProgress?: (p: MipProgress) => void;
	/** Polled during the solve; return true to stop (keeps the incumbent). */
	shouldStop?: () => boolean;
}

export type MipStatus =
	'optimal' | 'infeasible' | 'unbounded' | 'timeLimit' | 'interrupted' | 'other' | 'error';

export interface MipOutcome {
	status: MipStatus;
	/** Best primal point found, null when none. */
	x: Float64Array | null;
	/** Objective of x (with offset), NaN when none. */
	objective: number;
	/** Proven lower bound (minimisation); -Infinity when unknown. */
	bound: number;
	seconds: number;
	nodes: number;
	iterations: number;
	/** Row duals of an LP relaxation solved to optimality (null for a MIP). */
	rowDual: Float64Array | null;
	message?: string;
}

export interface MipSolverLike {
	solve(problem: MipProblem, opts: MipOptions): MipOutcome;
	/** Bytes of solver memory currently reserved (WASM heap), when the implementation knows it. */
	memoryBytes?(): number;
}
