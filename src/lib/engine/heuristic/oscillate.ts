/**
 * Strategic oscillation around a feasible local optimum: tight bands leave plain improvement almost
 * no feasible move, so a sweep may trade objective for a little violation at price rho, then repair
 * and improvement bring the plan back. A round that does not pay is undone and the price raised.
 */
import { improve, repair, type Control } from './local-search';
import { mulberry32 } from '../prng';
import { PlanState } from './plan-state';

const EPS = 1e-9;

/** One sweep of candidate moves scored by objective + rho * violation; returns the moves made. */
function penalisedSweep(st: PlanState, rho: number, area: Uint8Array): number {
	const { n, candStart, cand } = st.pr;
	let made = 0;
	for (let i = 0; i < n; i++) {
		const a = st.assign[i];
		if (area[a] === 0) continue;
		let bestScore = -EPS;
		let bestJ = -1;
		for (let t = candStart[i]; t < candStart[i + 1]; t++) {
			const b = cand[t];
			if (b === a) continue;
			st.moveDelta(i, b);
			const score = st.dObj + rho * st.dViol;
			if (score < bestScore) {
				bestScore = score;
				bestJ = b;
			}
		}
		if (bestJ >= 0) {
			st.moveDelta(i, bestJ);
			st.applyMove(i, bestJ);
			made++;
		}
	}
	return made;
}

/**
 * Oscillation rounds on the best feasible plan: each round copies it, trades objective for a
 * little violation over a random share of the accounts at a random price (a price per typical
 * account of violation, spread around rho0), repairs and improves. Randomness matters: a round
 * repeated from the same plan with the same price would only find the same plan again.
 */
export class Oscillator {
	rounds = 0;
	wins = 0;
	private readonly rho0: number;
	private readonly rand: () => number;

	constructor(rho0: number, seed = 1) {
		this.rho0 = rho0;
		this.rand = mulberry32(seed);
	}

	/**
	 * A random rep and the reps its accounts list most often as candidates: a small area, so a
	 * round costs little and later repairs and improvement only touch it.
	 */
	private area(st: PlanState): Uint8Array {
		const { n, p, candStart, cand } = st.pr;
		const seed = Math.floor(this.rand() * p);
		const count = new Float64Array(p);
		for (let i = 0; i < n; i++)
			if (st.assign[i] === seed)
				for (let t = candStart[i]; t < candStart[i + 1]; t++) count[cand[t]]++;
		count[seed] = Infinity;
		const size = Math.min(p, 2 + Math.floor(this.rand() * 4));
		const order = Array.from({ length: p }, (_, j) => j).sort((a, b) => count[b] - count[a]);
		const mask = new Uint8Array(p);
		for (let t = 0; t < size && count[order[t]] > 0; t++) mask[order[t]] = 1;
		return mask;
	}

	/** One round from `best`; returns a better feasible plan or null. */
	round(best: PlanState, ctl: Control, guide: Float64Array): PlanState | null {
		this.rounds++;
		const st = new PlanState(best.pr, best.assign);
		st.touched.fill(0);
		const rho = this.rho0 * Math.pow(2, 4 * this.rand() - 2);
		if (penalisedSweep(st, rho, this.area(st)) === 0) return null;
		if (!repair(st, ctl, guide)) return null;
		improve(st, ctl, true);
		st.recompute();
		if (st.viol > 0 || st.objective >= best.objective - EPS) return null;
		this.wins++;
		return st;
	}
}
