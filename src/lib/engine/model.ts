/**
 * The compiled assignment model every solver works on: n accounts, p reps.
 *
 *   minimise   sum_ij cost[i*p+j] * x_ij  (+ soft resource deviation penalties)
 *   subject to sum_j x_ij = 1                        every account to exactly one rep
 *              x_ij = 0 where allowed[i*p+j] = 0     skill rules, locks
 *              lo[r][j] <= sum_i w_r(i,j) x_ij <= hi[r][j]   resources: balance bands, capacities, min accounts
 *              sum_i sum_{j != owner_i} m_i x_ij <= moveCap   disruption cap
 *
 * A generalised assignment problem with several resources and two-sided bounds. The GAP benchmark
 * instances map onto it directly (one per-pair resource, hi = capacity, lo = 0).
 * Pure data on typed arrays: no DOM, DuckDB or HiGHS.
 */

export interface Resource {
	/** Human name used in explanations: 'potential', 'workload capacity', 'accounts'. */
	name: string;
	/** What rule produced it, so infeasibility can be explained in the user's terms. */
	kind: 'balance' | 'capacity' | 'min';
	/** Per-account weight (length n) or per-pair weight (length n*p, row-major by account). */
	weight: Float64Array;
	perPair: boolean;
	/** Per-rep bounds; -Infinity / Infinity when open. */
	lo: Float64Array;
	hi: Float64Array;
	/** 0 = hard; > 0 = soft, penalty per unit of deviation outside [lo, hi]. */
	softPenalty: number;
}

export interface MoveCap {
	/** Current owner per account, -1 none (a move is any assignment to another rep). */
	owner: Int32Array;
	/** Weight of moving account i (1 for a count). */
	weight: Float64Array;
	max: number;
}

export interface AssignmentModel {
	n: number;
	p: number;
	/** Combined objective coefficient of assigning account i to rep j, row-major n*p. */
	cost: Float64Array;
	/** 1 when rep j may take account i; null = all allowed. Locks are expressed here too. */
	allowed: Uint8Array | null;
	resources: Resource[];
	moveCap: MoveCap | null;
	/** Optional labels for explanations and errors. */
	accountIds?: string[];
	repIds?: string[];
}

/** A plan: rep index per account. */
export type Assignment = Int32Array;

export function resourceWeight(r: Resource, p: number, i: number, j: number): number {
	return r.perPair ? r.weight[i * p + j] : r.weight[i];
}

export function isAllowed(m: AssignmentModel, i: number, j: number): boolean {
	return m.allowed === null || m.allowed[i * m.p + j] === 1;
}
