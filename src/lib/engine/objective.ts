/**
 * The model's objective evaluated on a plan, re-derived from the model alone so every solver
 * (exact, heuristic, hand edits) is scored the same way.
 */
import { resourceWeight, type AssignmentModel, type Resource } from './model';

/** Per-rep load of one resource under a plan (accounts with rep -1 contribute nothing). */
export function resourceLoads(model: AssignmentModel, r: Resource, a: Int32Array): Float64Array {
	const load = new Float64Array(model.p);
	for (let i = 0; i < model.n; i++) {
		const j = a[i];
		if (j >= 0 && j < model.p) load[j] += resourceWeight(r, model.p, i, j);
	}
	return load;
}

/** Amount by which a load falls outside [lo, hi] (0 inside the band). */
export function bandDeviation(load: number, lo: number, hi: number): number {
	if (load > hi) return load - hi;
	if (load < lo) return lo - load;
	return 0;
}

/** Sum of soft-resource penalties under a plan. */
export function softPenalty(model: AssignmentModel, a: Int32Array): number {
	let total = 0;
	for (const r of model.resources) {
		if (r.softPenalty <= 0) continue;
		const load = resourceLoads(model, r, a);
		for (let j = 0; j < model.p; j++)
			total += r.softPenalty * bandDeviation(load[j], r.lo[j], r.hi[j]);
	}
	return total;
}

/** Pair costs only (travel, disruption, fit as compiled into `cost`). */
export function assignmentCost(model: AssignmentModel, a: Int32Array): number {
	let total = 0;
	for (let i = 0; i < model.n; i++) {
		const j = a[i];
		if (j >= 0 && j < model.p) total += model.cost[i * model.p + j];
	}
	return total;
}

/** Full objective: pair costs plus soft-band penalties. Lower is better. */
export function evaluateObjective(model: AssignmentModel, a: Int32Array): number {
	return assignmentCost(model, a) + softPenalty(model, a);
}

/** Weighted amount moved away from the current owners (the move-cap left-hand side). */
export function movedAmount(model: AssignmentModel, a: Int32Array): number {
	const cap = model.moveCap;
	if (!cap) return 0;
	let moved = 0;
	for (let i = 0; i < model.n; i++) {
		const o = cap.owner[i];
		if (o >= 0 && a[i] !== o) moved += cap.weight[i];
	}
	return moved;
}
