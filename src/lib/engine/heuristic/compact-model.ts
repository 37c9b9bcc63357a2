/**
 * The sub-model of a few reps: `free` accounts may move among `reps` (renumbered 0..g-1, only to
 * their candidate reps), everyone else stays put and only shows up in the bounds. Keeping just
 * the group's columns and rows makes a two-rep model a few hundred columns instead of free × p.
 */
import { resourceWeight, type AssignmentModel, type MoveCap } from '../model';

export interface CompactModel {
	model: AssignmentModel;
	/** The plan's reps of the free accounts, renumbered: the warm start. */
	start: Int32Array;
}

/** Per-resource load of every rep under `plan` (r, then j). */
export function planLoads(model: AssignmentModel, plan: Int32Array): Float64Array[] {
	const { n, p } = model;
	return model.resources.map((r) => {
		const load = new Float64Array(p);
		for (let i = 0; i < n; i++) load[plan[i]] += resourceWeight(r, p, i, plan[i]);
		return load;
	});
}

export function compactModel(
	model: AssignmentModel,
	plan: Int32Array,
	loads: Float64Array[],
	free: number[],
	reps: number[],
	candStart: Int32Array,
	cand: Int32Array
): CompactModel {
	const { p } = model;
	const g = reps.length;
	const m = free.length;
	const local = new Int32Array(p).fill(-1);
	reps.forEach((j, s) => (local[j] = s));
	const cost = new Float64Array(m * g);
	const allowed = new Uint8Array(m * g);
	const start = new Int32Array(m);
	free.forEach((i, t) => {
		for (let s = 0; s < g; s++) cost[t * g + s] = model.cost[i * p + reps[s]];
		for (let c = candStart[i]; c < candStart[i + 1]; c++) {
			const j = cand[c];
			if (local[j] >= 0 && (model.allowed === null || model.allowed[i * p + j] === 1))
				allowed[t * g + local[j]] = 1;
		}
		start[t] = local[plan[i]];
		allowed[t * g + start[t]] = 1;
	});
	const resources = model.resources.map((r, ri) => {
		const fixed = Float64Array.from(reps, (j) => loads[ri][j]);
		for (const i of free) fixed[local[plan[i]]] -= resourceWeight(r, p, i, plan[i]);
		const weight = r.perPair
			? new Float64Array(m * g)
			: Float64Array.from(free, (i) => r.weight[i]);
		if (r.perPair)
			free.forEach((i, t) => {
				for (let s = 0; s < g; s++) weight[t * g + s] = r.weight[i * p + reps[s]];
			});
		return {
			...r,
			weight,
			lo: Float64Array.from(reps, (j, s) => r.lo[j] - fixed[s]),
			hi: Float64Array.from(reps, (j, s) => r.hi[j] - fixed[s])
		};
	});
	return {
		model: { n: m, p: g, cost, allowed, resources, moveCap: compactCap(model, plan, free, local) },
		start
	};
}

/**
 * The move cap net of every account that is not free. A free account whose owner is outside the
 * group counts as moved whatever the sub-model decides, so it joins the fixed part.
 */
function compactCap(
	model: AssignmentModel,
	plan: Int32Array,
	free: number[],
	local: Int32Array
): MoveCap | null {
	const mc = model.moveCap;
	if (!mc) return null;
	const isFree = new Uint8Array(model.n);
	for (const i of free) isFree[i] = 1;
	let moved = 0;
	for (let i = 0; i < model.n; i++) {
		const o = mc.owner[i];
		if (o < 0) continue;
		if (isFree[i] === 1 ? local[o] < 0 : o !== plan[i]) moved += mc.weight[i];
	}
	return {
		owner: Int32Array.from(free, (i) => (mc.owner[i] >= 0 ? local[mc.owner[i]] : -1)),
		weight: Float64Array.from(free, (i) => mc.weight[i]),
		max: mc.max - moved
	};
}
