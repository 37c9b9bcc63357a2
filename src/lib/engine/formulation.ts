/**
 * Turns an AssignmentModel into a column-compressed MIP for a MipSolverLike.
 * Columns: x_ij for allowed pairs (binary), then per soft band and rep an under- and an over-
 * deviation (continuous, penalised). Rows: one assignment row per account, one ranged row per
 * (resource, rep) with a finite bound, and the move-cap row. Ranged rows are passed as bounds,
 * never as LP text (the LP reader misparses `lo <= expr <= hi`).
 */
import type { MipProblem } from './mip-solver';
import { resourceWeight, type AssignmentModel } from './model';

export interface FormulationOptions {
	/** Rule families left out entirely (see `ruleFamily`): used to find conflicting rules. */
	drop?: ReadonlySet<string>;
	/** Ignore pair restrictions (skills, locks) when 'allowed' is in drop. */
	zeroCost?: boolean;
}

export interface Formulation {
	problem: MipProblem;
	/** Column of pair (i, j) at i*p+j, -1 when the pair is excluded. */
	colOf: Int32Array;
	pairI: Int32Array;
	pairJ: Int32Array;
	/** Rule family of every row. */
	rowFamily: string[];
}

/** Family name of a resource, as used in ConflictExplanation.rules. */
export function ruleFamily(kind: string, name: string): string {
	return `${kind}:${name}`;
}

export function buildFormulation(
	model: AssignmentModel,
	opts: FormulationOptions = {}
): Formulation {
	const { n, p } = model;
	const drop = opts.drop ?? new Set<string>();
	const useAllowed = model.allowed !== null && !drop.has('allowed');
	const colOf = new Int32Array(n * p).fill(-1);
	const pi: number[] = [];
	const pj: number[] = [];
	for (let i = 0; i < n; i++)
		for (let j = 0; j < p; j++)
			if (!useAllowed || (model.allowed as Uint8Array)[i * p + j] === 1) {
				colOf[i * p + j] = pi.length;
				pi.push(i);
				pj.push(j);
			}
	const rowLower: number[] = [];
	const rowUpper: number[] = [];
	const rowFamily: string[] = [];
	for (let i = 0; i < n; i++) {
		rowLower.push(1);
		rowUpper.push(1);
		rowFamily.push('assignment');
	}
	// Resource rows per rep; softness handled by deviation columns.
	const resRow: Int32Array[] = [];
	const slackCols: { row: number; sign: number; penalty: number }[] = [];
	for (const r of model.resources) {
		const fam = ruleFamily(r.kind, r.name);
		const rows = new Int32Array(p).fill(-1);
		resRow.push(rows);
		if (drop.has(fam)) continue;
		for (let j = 0; j < p; j++) {
			const lo = r.lo[j];
			const hi = r.hi[j];
			if (lo === -Infinity && hi === Infinity) continue;
			rows[j] = rowLower.length;
			rowLower.push(lo);
			rowUpper.push(hi);
			rowFamily.push(fam);
			if (r.softPenalty > 0) {
				if (lo > -Infinity) slackCols.push({ row: rows[j], sign: 1, penalty: r.softPenalty });
				if (hi < Infinity) slackCols.push({ row: rows[j], sign: -1, penalty: r.softPenalty });
			}
		}
	}
	const cap = model.moveCap && !drop.has('moveCap') ? model.moveCap : null;
	const capRow = cap ? rowLower.length : -1;
	if (cap) {
		rowLower.push(-Infinity);
		rowUpper.push(cap.max);
		rowFamily.push('moveCap');
	}
	const nx = pi.length;
	const numCols = nx + slackCols.length;
	const colCost = new Float64Array(numCols);
	const colLower = new Float64Array(numCols);
	const colUpper = new Float64Array(numCols);
	const integer = new Uint8Array(numCols);
	const starts = new Int32Array(numCols + 1);
	const indices: number[] = [];
	const values: number[] = [];
	for (let k = 0; k < nx; k++) {
		const i = pi[k];
		const j = pj[k];
		colCost[k] = opts.zeroCost ? 0 : model.cost[i * p + j];
		colUpper[k] = 1;
		integer[k] = 1;
		indices.push(i);
		values.push(1);
		for (let r = 0; r < model.resources.length; r++) {
			const row = resRow[r][j];
			if (row < 0) continue;
			const w = resourceWeight(model.resources[r], p, i, j);
			if (w !== 0) {
				indices.push(row);
				values.push(w);
			}
		}
		if (cap && cap.owner[i] >= 0 && cap.owner[i] !== j && cap.weight[i] !== 0) {
			indices.push(capRow);
			values.push(cap.weight[i]);
		}
		starts[k + 1] = indices.length;
	}
	slackCols.forEach((s, t) => {
		const k = nx + t;
		colCost[k] = opts.zeroCost ? 0 : s.penalty;
		colUpper[k] = Infinity;
		indices.push(s.row);
		values.push(s.sign);
		starts[k + 1] = indices.length;
	});
	return {
		problem: {
			numCols,
			numRows: rowLower.length,
			colCost,
			colLower,
			colUpper,
			rowLower: Float64Array.from(rowLower),
			rowUpper: Float64Array.from(rowUpper),
			starts,
			indices: Int32Array.from(indices),
			values: Float64Array.from(values),
			integer
		},
		colOf,
		pairI: Int32Array.from(pi),
		pairJ: Int32Array.from(pj),
		rowFamily
	};
}

/** Rounds a (near-)integral column vector to a plan: the largest x_ij per account. */
export function decodeAssignment(f: Formulation, n: number, x: Float64Array): Int32Array {
	const a = new Int32Array(n).fill(-1);
	const best = new Float64Array(n).fill(-1);
	for (let k = 0; k < f.pairI.length; k++) {
		const i = f.pairI[k];
		if (x[k] > best[i]) {
			best[i] = x[k];
			a[i] = f.pairJ[k];
		}
	}
	return a;
}

/** A full column vector for a plan (soft deviations computed from the loads). */
export function encodeAssignment(
	f: Formulation,
	model: AssignmentModel,
	a: Int32Array
): Float64Array {
	const { problem } = f;
	const x = new Float64Array(problem.numCols);
	const activity = new Float64Array(problem.numRows);
	for (let i = 0; i < model.n; i++) {
		const k = a[i] >= 0 ? f.colOf[i * model.p + a[i]] : -1;
		if (k < 0) continue;
		x[k] = 1;
		for (let t = problem.starts[k]; t < problem.starts[k + 1]; t++)
			activity[problem.indices[t]] += problem.values[t];
	}
	for (let k = f.pairI.length; k < problem.numCols; k++) {
		const row = problem.indices[problem.starts[k]];
		const sign = problem.values[problem.starts[k]];
		const need =
			sign > 0 ? problem.rowLower[row] - activity[row] : activity[row] - problem.rowUpper[row];
		x[k] = Math.max(0, need);
	}
	return x;
}
