/**
 * "Where should two new reps be based?": existing reps stay where they are (fixed open sites),
 * k new bases are chosen among candidate sites (a sites table, or the accounts' own locations)
 * to minimise the weighted travel of every account to its nearest base, optionally under
 * capacity. Large books are aggregated to a grid of weighted points first.
 */
import type { Book } from '../../core/book';
import { distanceFn, type DistanceMode } from '../../core/distance';
import type { MipSolverLike } from '../mip-solver';
import { solveLocation } from './solve-location';
import type { LocationProblem } from './types';

export interface CandidateSite {
	id: string;
	lat: number;
	lon: number;
}

export interface SuggestBasesOptions {
	newReps: number;
	/** Candidate sites; default: the accounts' locations. */
	sites?: CandidateSite[];
	/** Account metric weighting travel (e.g. 'potential'); null = every account counts 1. */
	weightMetric?: string | null;
	/** Max accounts per base (existing reps use their own capacity when finite). */
	capacityAccounts?: number;
	mode?: DistanceMode;
	timeLimitSeconds?: number;
	maxPoints?: number;
	maxCandidates?: number;
}

export type SuggestBasesResult =
	| {
			ok: true;
			status: string;
			bases: CandidateSite[];
			/** Total weighted distance and its mean per unit of weight. */
			objective: number;
			meanDistance: number;
			/** Existing reps' mean weighted distance, for comparison. */
			currentMeanDistance: number;
	  }
	| { ok: false; message: string };

interface Point {
	lat: number;
	lon: number;
	weight: number;
	count: number;
}

/** Accounts merged into grid cells (cell side doubling from ~100 m) until few enough remain. */
function aggregate(book: Book, weight: (i: number) => number, maxPoints: number): Point[] {
	const A = book.accounts;
	for (let cell = 0.001; ; cell *= 2) {
		const cells = new Map<string, Point>();
		for (let i = 0; i < A.n; i++) {
			if (!Number.isFinite(A.lat[i]) || !Number.isFinite(A.lon[i])) continue;
			const key = `${Math.floor(A.lat[i] / cell)},${Math.floor(A.lon[i] / cell)}`;
			const c = cells.get(key);
			const w = weight(i);
			if (c) {
				c.lat = (c.lat * c.count + A.lat[i]) / (c.count + 1);
				c.lon = (c.lon * c.count + A.lon[i]) / (c.count + 1);
				c.weight += w;
				c.count++;
			} else cells.set(key, { lat: A.lat[i], lon: A.lon[i], weight: w, count: 1 });
		}
		if (cells.size <= maxPoints || cell > 360) return [...cells.values()];
	}
}

export function suggestBases(
	book: Book,
	opts: SuggestBasesOptions,
	highs: MipSolverLike | null
): SuggestBasesResult {
	const R = book.reps;
	if (!(opts.newReps >= 1)) return { ok: false, message: 'ask for at least one new rep' };
	const col = opts.weightMetric ? book.accounts.metrics[opts.weightMetric] : null;
	if (opts.weightMetric && !col)
		return { ok: false, message: `no account column "${opts.weightMetric}"` };
	const weight = (i: number) => (col ? (Number.isFinite(col[i]) ? Math.max(0, col[i]) : 0) : 1);
	const points = aggregate(book, weight, opts.maxPoints ?? 2500);
	if (points.length === 0) return { ok: false, message: 'no account has a location' };
	let cands: CandidateSite[] =
		opts.sites ?? points.map((pt, k) => ({ id: `site-${k + 1}`, lat: pt.lat, lon: pt.lon }));
	const maxC = opts.maxCandidates ?? 300;
	if (cands.length > maxC) {
		// Evenly spaced by weight order: heavy places first, deterministic.
		const order = cands.map((_, k) => k);
		if (!opts.sites) order.sort((a, b) => points[b].weight - points[a].weight);
		cands = order.filter((_, t) => t % Math.ceil(order.length / maxC) === 0).map((k) => cands[k]);
	}
	const sites: CandidateSite[] = [
		...R.id.map((id, j) => ({ id, lat: R.lat[j], lon: R.lon[j] })),
		...cands
	];
	const dist = distanceFn(opts.mode ?? 'haversine');
	const n = points.length;
	const m = sites.length;
	const d = new Float64Array(n * m);
	for (let i = 0; i < n; i++)
		for (let k = 0; k < m; k++) {
			const v = dist(points[i].lat, points[i].lon, sites[k].lat, sites[k].lon);
			d[i * m + k] = Number.isFinite(v) ? v : 1e9;
		}
	const capacity = new Float64Array(m).fill(opts.capacityAccounts ?? Infinity);
	for (let j = 0; j < R.p; j++)
		if (Number.isFinite(R.capacityAccounts[j]) && opts.capacityAccounts)
			capacity[j] = R.capacityAccounts[j];
	const fixedOpen = new Uint8Array(m);
	fixedOpen.fill(1, 0, R.p);
	const lp: LocationProblem = {
		n,
		m,
		dist: d,
		weight: Float64Array.from(points, (pt) => pt.weight),
		demand: Float64Array.from(points, (pt) => pt.count),
		capacity,
		p: R.p + opts.newReps,
		fixedOpen
	};
	const res = solveLocation(lp, highs, { timeLimitSeconds: opts.timeLimitSeconds ?? 10 });
	if (res.status === 'infeasible' || res.status === 'error' || res.open.length === 0)
		return {
			ok: false,
			message: res.message ?? 'no set of bases can serve every account within capacity'
		};
	const totalW = lp.weight.reduce((s, v) => s + v, 0) || 1;
	let current = 0;
	for (let i = 0; i < n; i++) {
		let best = Infinity;
		for (let j = 0; j < R.p; j++) best = Math.min(best, d[i * m + j]);
		current += lp.weight[i] * (Number.isFinite(best) ? best : 0);
	}
	return {
		ok: true,
		status: res.status,
		bases: res.open.filter((k) => k >= R.p).map((k) => sites[k]),
		objective: res.objective,
		meanDistance: res.objective / totalW,
		currentMeanDistance: R.p > 0 ? current / totalW : NaN
	};
}
