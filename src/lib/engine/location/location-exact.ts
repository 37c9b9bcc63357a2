/**
 * Exact capacitated p-median with HiGHS: y_k open, x_ik serve; strong linking x_ik <= y_k.
 * Sized for small instances (n·m up to a few tens of thousands of pairs).
 */
import { CscBuilder } from '../csc-builder';
import type { MipSolverLike } from '../mip-solver';
import { locationObjective, type LocationProblem, type LocationResult } from './types';

export function solveLocationExact(
	lp: LocationProblem,
	highs: MipSolverLike,
	opts: { timeLimitSeconds: number; start?: { open: number[]; assign: Int32Array } }
): LocationResult {
	const started = performance.now();
	const { n, m } = lp;
	const b = new CscBuilder();
	const assignRow = Array.from({ length: n }, () => b.addRow(1, 1));
	const capacitated = lp.capacity.some((c) => Number.isFinite(c));
	const capRow = Array.from({ length: m }, () => (capacitated ? b.addRow(-Infinity, 0) : -1));
	const countRow = b.addRow(lp.p, lp.p);
	const link: number[] = [];
	const xCol = new Int32Array(n * m).fill(-1);
	const rowsOf: number[][] = Array.from({ length: m }, () => []);
	for (let i = 0; i < n; i++)
		for (let k = 0; k < m; k++) {
			if (!Number.isFinite(lp.dist[i * m + k])) continue;
			const r = b.addRow(-Infinity, 0);
			link.push(r);
			rowsOf[k].push(r);
		}
	const yCol: number[] = [];
	for (let k = 0; k < m; k++) {
		const rows = [countRow, ...rowsOf[k]];
		const vals = [1, ...rowsOf[k].map(() => -1)];
		if (capRow[k] >= 0 && Number.isFinite(lp.capacity[k])) {
			rows.push(capRow[k]);
			vals.push(-lp.capacity[k]);
		}
		yCol.push(b.addCol(0, lp.fixedOpen?.[k] ? 1 : 0, 1, true, rows, vals));
	}
	let t = 0;
	for (let i = 0; i < n; i++)
		for (let k = 0; k < m; k++) {
			const d = lp.dist[i * m + k];
			if (!Number.isFinite(d)) continue;
			const rows = [assignRow[i], link[t++]];
			const vals = [1, 1];
			if (capRow[k] >= 0 && lp.demand[i] !== 0) {
				rows.push(capRow[k]);
				vals.push(lp.demand[i]);
			}
			// Uncapacitated: x may stay continuous (integral at an optimum once y is integral).
			xCol[i * m + k] = b.addCol(lp.weight[i] * d, 0, 1, capacitated, rows, vals);
		}
	const problem = b.build();
	let start: Float64Array | undefined;
	if (opts.start) {
		start = new Float64Array(problem.numCols);
		for (const k of opts.start.open) start[yCol[k]] = 1;
		for (let i = 0; i < n; i++) start[xCol[i * m + opts.start.assign[i]]] = 1;
	}
	const out = highs.solve(problem, { timeLimitSeconds: opts.timeLimitSeconds, start });
	const seconds = (performance.now() - started) / 1000;
	const base = { seconds, method: 'location-mip', bound: out.bound };
	if (out.status === 'error')
		return {
			...base,
			status: 'error',
			open: [],
			assign: new Int32Array(n).fill(-1),
			objective: NaN,
			message: out.message
		};
	if (out.status === 'infeasible' || !out.x)
		return {
			...base,
			status: out.status === 'infeasible' ? 'infeasible' : 'timeout',
			open: [],
			assign: new Int32Array(n).fill(-1),
			objective: NaN
		};
	const x = out.x;
	const open = yCol.map((c, k) => (x[c] > 0.5 ? k : -1)).filter((k) => k >= 0);
	const assign = new Int32Array(n).fill(-1);
	for (let i = 0; i < n; i++) {
		let best = -1;
		for (let k = 0; k < m; k++) {
			const c = xCol[i * m + k];
			if (c >= 0 && (best < 0 || x[c] > x[xCol[i * m + best]])) best = k;
		}
		assign[i] = best;
	}
	return {
		...base,
		status: out.status === 'optimal' ? 'optimal' : 'feasible',
		open,
		assign,
		objective: locationObjective(lp, assign)
	};
}
