/**
 * How many accounts that keep an owner must move anyway, under a compiled model: a lower-bound
 * estimate used to size the move cap of "a rep leaves". Per rep: accounts it may no longer hold
 * (skills, locks) plus the fewest of its accounts whose removal brings it under every hard upper
 * bound (largest first); then, per resource, whatever deficit under the lower bounds the unowned
 * accounts and the shed ones cannot cover. Exact feasibility is the solver's job; this only keeps
 * the cap from being obviously too tight.
 */
import { isAllowed, resourceWeight, type AssignmentModel } from '../engine/model';

export interface ForcedMoves {
	/** Estimated minimum number of owned accounts that must change owner. */
	forced: number;
	/** Accounts without an owner (free to place, outside the move cap). */
	unowned: number;
}

export function estimateForcedMoves(model: AssignmentModel, owner: Int32Array): ForcedMoves {
	const { n, p } = model;
	const hard = model.resources.filter((r) => r.softPenalty === 0);
	const byRep: number[][] = Array.from({ length: p }, () => []);
	let unowned = 0;
	let forced = 0;
	const mustMove = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const j = owner[i];
		if (j < 0 || j >= p) unowned++;
		else if (!isAllowed(model, i, j)) {
			mustMove[i] = 1;
			forced++;
		} else byRep[j].push(i);
	}
	// Weight each resource can still place: unowned accounts (at their lightest rep) plus shed ones.
	const supply = hard.map((r) => {
		let s = 0;
		for (let i = 0; i < n; i++)
			if (owner[i] < 0 || owner[i] >= p || mustMove[i]) s += minWeight(r, p, i);
		return s;
	});
	const maxWeight = hard.map((r) => {
		let m = 0;
		for (let i = 0; i < n; i++) m = Math.max(m, resourceWeight(r, p, i, Math.max(0, owner[i])));
		return m;
	});
	const deficit = hard.map(() => 0);
	for (let j = 0; j < p; j++) {
		let shed = 0;
		hard.forEach((r, k) => {
			const w = byRep[j].map((i) => resourceWeight(r, p, i, j));
			const load = w.reduce((s, v) => s + v, 0);
			if (load > r.hi[j] + 1e-9) {
				w.sort((a, b) => b - a);
				let removed = 0;
				let count = 0;
				while (count < w.length && load - removed > r.hi[j] + 1e-9) removed += w[count++];
				shed = Math.max(shed, count);
				supply[k] += removed;
			} else if (load < r.lo[j] - 1e-9) deficit[k] += r.lo[j] - load;
		});
		forced += shed;
	}
	let extra = 0;
	hard.forEach((_, k) => {
		const short = deficit[k] - supply[k];
		if (short > 1e-9 && maxWeight[k] > 0) extra = Math.max(extra, Math.ceil(short / maxWeight[k]));
	});
	return { forced: forced + extra, unowned };
}

function minWeight(r: AssignmentModel['resources'][number], p: number, i: number): number {
	if (!r.perPair) return r.weight[i];
	let m = Infinity;
	for (let j = 0; j < p; j++) m = Math.min(m, r.weight[i * p + j]);
	return Number.isFinite(m) ? m : 0;
}
