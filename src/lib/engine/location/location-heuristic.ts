/**
 * Capacitated p-median heuristic for instances too large for the MIP: multi-start facility swap
 * search (close one site, open another, reassign under capacity) with a median-relocation step
 * (move each site to the best candidate for the points it serves). Deterministic for a seed.
 */
import { mulberry32 } from '../prng';
import { evaluateOpen, type AssignState } from './assign';
import { locationObjective, type LocationProblem, type LocationResult } from './types';

export interface LocationHeuristicOptions {
	timeLimitSeconds: number;
	starts?: number;
	seed?: number;
}

function initialOpen(lp: LocationProblem, rnd: () => number): number[] {
	const open = new Set<number>();
	if (lp.fixedOpen) for (let k = 0; k < lp.m; k++) if (lp.fixedOpen[k]) open.add(k);
	while (open.size < lp.p) open.add(Math.floor(rnd() * lp.m));
	return [...open];
}

/** Moves each free site to the candidate minimising the cost of the points it now serves. */
function relocate(lp: LocationProblem, open: number[], s: AssignState): number[] | null {
	const { n, m } = lp;
	const next = open.slice();
	let changed = false;
	for (let t = 0; t < open.length; t++) {
		const k0 = open[t];
		if (lp.fixedOpen?.[k0]) continue;
		const members: number[] = [];
		let demand = 0;
		for (let i = 0; i < n; i++)
			if (s.assign[i] === k0) {
				members.push(i);
				demand += lp.demand[i];
			}
		let best = k0;
		let bestCost = Infinity;
		for (let k = 0; k < m; k++) {
			if (k !== k0 && next.includes(k)) continue;
			if (lp.capacity[k] + 1e-9 < demand) continue;
			let c = 0;
			for (const i of members) c += lp.weight[i] * lp.dist[i * m + k];
			if (c < bestCost - 1e-9) {
				bestCost = c;
				best = k;
			}
		}
		if (best !== k0) {
			next[t] = best;
			changed = true;
		}
	}
	return changed ? next : null;
}

function localSearch(
	lp: LocationProblem,
	open: number[],
	deadline: number
): { open: number[]; s: AssignState } {
	let cur = open;
	let s = evaluateOpen(lp, cur, true);
	for (;;) {
		if (performance.now() > deadline) break;
		let improved = false;
		const moved = Number.isFinite(s.cost) ? relocate(lp, cur, s) : null;
		if (moved) {
			const ms = evaluateOpen(lp, moved, true);
			if (ms.cost < s.cost - 1e-9) {
				cur = moved;
				s = ms;
				improved = true;
			}
		}
		for (let t = 0; t < cur.length && !improved; t++) {
			if (lp.fixedOpen?.[cur[t]]) continue;
			for (let k = 0; k < lp.m && !improved; k++) {
				if (cur.includes(k)) continue;
				if ((k & 15) === 0 && performance.now() > deadline) break;
				const cand = cur.slice();
				cand[t] = k;
				const cs = evaluateOpen(lp, cand, true);
				if (cs.cost < s.cost - 1e-9) {
					cur = cand;
					s = cs;
					improved = true;
				}
			}
		}
		if (!improved) break;
	}
	return { open: cur, s };
}

export function solveLocationHeuristic(
	lp: LocationProblem,
	opts: LocationHeuristicOptions
): LocationResult {
	const started = performance.now();
	const deadline = started + opts.timeLimitSeconds * 1000;
	const rnd = mulberry32(opts.seed ?? 12345);
	const starts = opts.starts ?? 30;
	let best: { open: number[]; s: AssignState } | null = null;
	for (let t = 0; t < starts && performance.now() < deadline; t++) {
		const r = localSearch(lp, initialOpen(lp, rnd), deadline);
		if (!best || r.s.cost < best.s.cost) best = r;
	}
	const seconds = (performance.now() - started) / 1000;
	if (!best || !Number.isFinite(best.s.cost))
		return {
			status: 'infeasible',
			open: [],
			assign: new Int32Array(lp.n).fill(-1),
			objective: NaN,
			bound: -Infinity,
			seconds,
			method: 'location-swap',
			message: 'no starting set of sites could serve every point within capacity'
		};
	return {
		status: 'feasible',
		open: best.open.slice().sort((a, b) => a - b),
		assign: best.s.assign,
		objective: locationObjective(lp, best.s.assign),
		bound: -Infinity,
		seconds,
		method: 'location-swap'
	};
}
