/**
 * Location mode: a capacitated p-median. Choose p sites among m candidates, assign each of n
 * points (accounts) to one open site within the site's capacity, minimise Σ demand_i·dist(i, k)
 * (or Σ dist when unweighted). Sites that must stay open (existing reps) are marked fixed.
 */

export interface LocationProblem {
	n: number;
	m: number;
	/** dist[i*m+k]: point i to site k; Infinity = not allowed. */
	dist: Float64Array;
	/** Objective weight of point i (population, potential); 1s for a plain sum of distances. */
	weight: Float64Array;
	/** Demand of point i against site capacities. */
	demand: Float64Array;
	/** Capacity of site k; Infinity = uncapacitated. */
	capacity: Float64Array;
	p: number;
	/** 1 = site must be open (existing rep base). */
	fixedOpen?: Uint8Array;
}

export interface LocationResult {
	status: 'optimal' | 'feasible' | 'infeasible' | 'timeout' | 'error';
	/** Open site indices. */
	open: number[];
	/** Site of each point, -1 when none. */
	assign: Int32Array;
	/** Σ weight·dist. */
	objective: number;
	/** Proven lower bound (exact only; -Infinity otherwise). */
	bound: number;
	seconds: number;
	method: string;
	message?: string;
}

export function locationObjective(lp: LocationProblem, assign: Int32Array): number {
	let s = 0;
	for (let i = 0; i < lp.n; i++) s += lp.weight[i] * lp.dist[i * lp.m + assign[i]];
	return s;
}

/** Hard-rule check independent of the solvers: p open, capacities, fixed sites, every point served. */
export function verifyLocation(
	lp: LocationProblem,
	r: { open: number[]; assign: Int32Array }
): string[] {
	const v: string[] = [];
	const isOpen = new Uint8Array(lp.m);
	for (const k of r.open) isOpen[k] = 1;
	if (new Set(r.open).size !== lp.p) v.push(`${new Set(r.open).size} sites open, expected ${lp.p}`);
	if (lp.fixedOpen)
		for (let k = 0; k < lp.m; k++)
			if (lp.fixedOpen[k] && !isOpen[k]) v.push(`fixed site ${k} is closed`);
	const load = new Float64Array(lp.m);
	for (let i = 0; i < lp.n; i++) {
		const k = r.assign[i];
		if (k < 0 || k >= lp.m || !isOpen[k]) v.push(`point ${i} is not served by an open site`);
		else if (!Number.isFinite(lp.dist[i * lp.m + k]))
			v.push(`point ${i} is served by a forbidden site`);
		else load[k] += lp.demand[i];
	}
	for (let k = 0; k < lp.m; k++)
		if (load[k] > lp.capacity[k] + 1e-9)
			v.push(`site ${k} load ${load[k]} exceeds capacity ${lp.capacity[k]}`);
	return v;
}
