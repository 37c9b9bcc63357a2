/**
 * Cheap multipliers for a big model: run the volume algorithm on an evenly spread sample of
 * accounts whose bands are scaled by the sample's share of each resource. Multipliers are prices
 * per unit of resource at each rep, so they carry over to the full model and save most of the
 * expensive full-size iterations.
 */
import type { AssignmentModel, Resource } from '../model';
import { prepare } from './prepared';
import { VolumeBound } from './volume';

function sumOf(w: Float64Array, pick: Int32Array | null): number {
	let s = 0;
	if (pick === null) for (let i = 0; i < w.length; i++) s += w[i];
	else for (let t = 0; t < pick.length; t++) s += w[pick[t]];
	return s;
}

/** Every stride-th account, with bands scaled to the sample; null if the model has per-pair data. */
export function sampleModel(model: AssignmentModel, size: number): AssignmentModel | null {
	const { n, p } = model;
	if (model.resources.some((r) => r.perPair) || size >= n) return null;
	const stride = n / size;
	const pick = new Int32Array(size).map((_, t) => Math.floor(t * stride));
	const cost = new Float64Array(size * p);
	const allowed = model.allowed === null ? null : new Uint8Array(size * p);
	pick.forEach((i, t) => {
		cost.set(model.cost.subarray(i * p, i * p + p), t * p);
		if (allowed !== null) allowed.set(model.allowed!.subarray(i * p, i * p + p), t * p);
	});
	const resources: Resource[] = model.resources.map((r) => {
		const total = sumOf(r.weight, null);
		const share = total !== 0 ? sumOf(r.weight, pick) / total : size / n;
		const weight = Float64Array.from(pick, (i) => r.weight[i]);
		return {
			...r,
			weight,
			lo: r.lo.map((x) => x * share),
			hi: r.hi.map((x) => x * share),
			softPenalty: r.softPenalty
		};
	});
	let moveCap = null;
	if (model.moveCap) {
		const mc = model.moveCap;
		const total = sumOf(mc.weight, null);
		const share = total > 0 ? sumOf(mc.weight, pick) / total : size / n;
		moveCap = {
			owner: Int32Array.from(pick, (i) => mc.owner[i]),
			weight: Float64Array.from(pick, (i) => mc.weight[i]),
			max: mc.max * share
		};
	}
	return { n: size, p, cost, allowed, resources, moveCap };
}

/** Multipliers after `iterations` volume steps on a sample of `size` accounts. */
export function sampledMultipliers(
	model: AssignmentModel,
	size: number,
	iterations: number,
	deadline: number
): { u: Float64Array; v: Float64Array } | null {
	const sub = sampleModel(model, size);
	if (sub === null) return null;
	const vb = new VolumeBound(prepare(sub, 1));
	for (let t = 0; t < iterations && performance.now() < deadline; t++) if (!vb.step()) break;
	return vb.multipliers();
}
