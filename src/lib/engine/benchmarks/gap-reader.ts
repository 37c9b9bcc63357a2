/**
 * Reader for OR-Library GAP instances: `m n`, m rows of n costs, m rows of n weights,
 * m capacities (agents are rows). Produces an AssignmentModel with jobs as accounts and
 * agents as reps: one per-pair capacity resource, hi = capacity, lo = -Infinity.
 */
import type { AssignmentModel } from '../model';

export interface GapInstance {
	agents: number;
	jobs: number;
	/** cost[agent * jobs + job], as in the file. */
	cost: Float64Array;
	weight: Float64Array;
	capacity: Float64Array;
}

export function parseGap(text: string, source = 'GAP file'): GapInstance {
	const tokens = text.split(/\s+/).filter((t) => t.length > 0);
	const nums = tokens.map(Number);
	const bad = nums.findIndex((v) => !Number.isFinite(v));
	if (bad >= 0) throw new Error(`${source}: token ${bad + 1} "${tokens[bad]}" is not a number`);
	const [m, n] = nums;
	if (!(m > 0 && n > 0)) throw new Error(`${source}: header must be "agents jobs"`);
	const need = 2 + 2 * m * n + m;
	if (nums.length < need)
		throw new Error(
			`${source}: expected ${need} numbers for ${m} agents × ${n} jobs, found ${nums.length}`
		);
	return {
		agents: m,
		jobs: n,
		cost: Float64Array.from(nums.slice(2, 2 + m * n)),
		weight: Float64Array.from(nums.slice(2 + m * n, 2 + 2 * m * n)),
		capacity: Float64Array.from(nums.slice(2 + 2 * m * n, need))
	};
}

/** The GAP as an assignment model; sense 'max' negates costs (the objective is then -value). */
export function gapToModel(g: GapInstance, sense: 'min' | 'max' = 'min'): AssignmentModel {
	const n = g.jobs;
	const p = g.agents;
	const cost = new Float64Array(n * p);
	const weight = new Float64Array(n * p);
	for (let j = 0; j < p; j++)
		for (let i = 0; i < n; i++) {
			cost[i * p + j] = sense === 'max' ? -g.cost[j * n + i] : g.cost[j * n + i];
			weight[i * p + j] = g.weight[j * n + i];
		}
	return {
		n,
		p,
		cost,
		allowed: null,
		resources: [
			{
				name: 'workload',
				kind: 'capacity',
				weight,
				perPair: true,
				lo: new Float64Array(p).fill(-Infinity),
				hi: Float64Array.from(g.capacity),
				softPenalty: 0
			}
		],
		moveCap: null,
		accountIds: Array.from({ length: n }, (_, i) => `job${i + 1}`),
		repIds: Array.from({ length: p }, (_, j) => `agent${j + 1}`)
	};
}
