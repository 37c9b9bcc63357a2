/**
 * Capacitated assignment of points to a fixed set of open sites (the inner problem of the
 * p-median heuristic): regret-ordered greedy, then shift and swap improvement.
 * Returns Infinity when the greedy cannot fit every point.
 */
import type { LocationProblem } from './types';

export interface AssignState {
	assign: Int32Array;
	load: Float64Array;
	cost: number;
}

export function greedyAssign(lp: LocationProblem, open: number[]): AssignState {
	const { n, m } = lp;
	const assign = new Int32Array(n).fill(-1);
	const load = new Float64Array(m);
	const regret = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let b1 = Infinity;
		let b2 = Infinity;
		for (const k of open) {
			const d = lp.dist[i * m + k] * lp.weight[i];
			if (d < b1) {
				b2 = b1;
				b1 = d;
			} else if (d < b2) b2 = d;
		}
		// Big demands first among equal regrets: they are the hard ones to place late.
		regret[i] = (Number.isFinite(b2) ? b2 - b1 : 1e18) + lp.demand[i] * 1e-9;
	}
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => regret[b] - regret[a]);
	let cost = 0;
	for (const i of order) {
		let best = -1;
		let bestD = Infinity;
		for (const k of open) {
			const d = lp.dist[i * m + k] * lp.weight[i];
			if (d < bestD && load[k] + lp.demand[i] <= lp.capacity[k] + 1e-9) {
				best = k;
				bestD = d;
			}
		}
		if (best < 0) return { assign, load, cost: Infinity };
		assign[i] = best;
		load[best] += lp.demand[i];
		cost += bestD;
	}
	return { assign, load, cost };
}

/** Shift and pairwise-swap moves until no improving move remains (or passes run out). */
export function improveAssign(
	lp: LocationProblem,
	open: number[],
	s: AssignState,
	pairSwaps = true,
	passes = 20
): void {
	const { n, m } = lp;
	const c = (i: number, k: number) => lp.dist[i * m + k] * lp.weight[i];
	const fits = (k: number, add: number) => s.load[k] + add <= lp.capacity[k] + 1e-9;
	for (let pass = 0; pass < passes; pass++) {
		let improved = false;
		for (let i = 0; i < n; i++) {
			const a = s.assign[i];
			for (const k of open) {
				if (k === a || !fits(k, lp.demand[i])) continue;
				const gain = c(i, a) - c(i, k);
				if (gain > 1e-9) {
					s.load[a] -= lp.demand[i];
					s.load[k] += lp.demand[i];
					s.assign[i] = k;
					s.cost -= gain;
					improved = true;
					break;
				}
			}
		}
		for (let i = 0; i < n && pairSwaps; i++)
			for (let j = i + 1; j < n; j++) {
				const a = s.assign[i];
				const b = s.assign[j];
				if (a === b) continue;
				const gain = c(i, a) + c(j, b) - c(i, b) - c(j, a);
				if (gain <= 1e-9) continue;
				const delta = lp.demand[i] - lp.demand[j];
				if (!fits(b, delta) || !fits(a, -delta)) continue;
				s.load[a] -= delta;
				s.load[b] += delta;
				s.assign[i] = b;
				s.assign[j] = a;
				s.cost -= gain;
				improved = true;
			}
		if (!improved) return;
	}
}

/** Above this many points the O(n²) pairwise swap pass is skipped (shifts only). */
const SWAP_PASS_LIMIT = 600;

export function evaluateOpen(lp: LocationProblem, open: number[], polish: boolean): AssignState {
	const s = greedyAssign(lp, open);
	// Without capacities the nearest open site is optimal: nothing to polish.
	const capacitated = open.some((k) => Number.isFinite(lp.capacity[k]));
	if (Number.isFinite(s.cost) && polish && capacitated)
		improveAssign(lp, open, s, lp.n <= SWAP_PASS_LIMIT);
	return s;
}
