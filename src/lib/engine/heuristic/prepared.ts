/**
 * Solver-ready view of an AssignmentModel: flattened resource arrays, per-account candidate lists
 * (the K cheapest allowed reps plus the current owner) and the reverse lists (rep -> accounts that
 * list it). Candidate lists make every pass O(n*K) instead of O(n*p); `restCost` keeps the
 * Lagrangian bound exact by telling when a non-candidate rep could still be cheaper.
 */
import type { AssignmentModel } from '../model';

export interface Prepared {
	model: AssignmentModel;
	n: number;
	p: number;
	/** Number of resources. */
	nr: number;
	cost: Float64Array;
	/** Per-resource weight arrays (length n, or n*p when perPair[r]). */
	weight: Float64Array[];
	perPair: Uint8Array;
	anyPerPair: boolean;
	/** Bounds flattened r*p + j. */
	lo: Float64Array;
	hi: Float64Array;
	/** 0 = hard. */
	pen: Float64Array;
	/** Typical magnitude of one account's weight, to compare violations across resources. */
	unit: Float64Array;
	/** Feasibility tolerance per resource (absolute). */
	tol: Float64Array;
	/** Candidate reps per account (CSR); replaced when the Lagrangian refreshes them. */
	candStart: Int32Array;
	cand: Int32Array;
	/** Reverse lists: accounts that have rep j as a candidate. */
	invStart: Int32Array;
	inv: Int32Array;
	/** Candidates per account (before the owner is added). */
	k: number;
	/** Move cap (hard), null when absent. */
	owner: Int32Array | null;
	moveWeight: Float64Array | null;
	moveMax: number;
}

export function prepare(model: AssignmentModel, k: number): Prepared {
	const { n, p, cost } = model;
	const nr = model.resources.length;
	const perPair = new Uint8Array(nr);
	const lo = new Float64Array(nr * p);
	const hi = new Float64Array(nr * p);
	const pen = new Float64Array(nr);
	const unit = new Float64Array(nr);
	const tol = new Float64Array(nr);
	model.resources.forEach((r, ri) => {
		perPair[ri] = r.perPair ? 1 : 0;
		lo.set(r.lo, ri * p);
		hi.set(r.hi, ri * p);
		pen[ri] = r.softPenalty;
		let s = 0;
		for (let t = 0; t < r.weight.length; t++) s += Math.abs(r.weight[t]);
		const avg = r.weight.length > 0 ? s / r.weight.length : 0;
		unit[ri] = avg > 0 ? avg : 1;
		let big = 0;
		for (let j = 0; j < p; j++) {
			if (Number.isFinite(r.lo[j])) big = Math.max(big, Math.abs(r.lo[j]));
			if (Number.isFinite(r.hi[j])) big = Math.max(big, Math.abs(r.hi[j]));
		}
		tol[ri] = 1e-9 * Math.max(1, big);
	});

	const kk = Math.max(1, Math.min(k, p));
	const owner = model.moveCap ? model.moveCap.owner : null;
	const pr: Prepared = {
		model,
		n,
		p,
		nr,
		cost,
		weight: model.resources.map((r) => r.weight),
		perPair,
		anyPerPair: perPair.some((v) => v === 1),
		lo,
		hi,
		pen,
		unit,
		tol,
		candStart: new Int32Array(n + 1),
		cand: new Int32Array(0),
		invStart: new Int32Array(p + 1),
		inv: new Int32Array(0),
		k: kk,
		owner,
		moveWeight: model.moveCap ? model.moveCap.weight : null,
		moveMax: model.moveCap ? model.moveCap.max : Infinity
	};
	const picker = new CandidatePicker(pr);
	for (let i = 0; i < n; i++) picker.add(i, cost.subarray(i * p, i * p + p));
	picker.commit();
	return pr;
}

/**
 * Builds candidate lists account by account from a score row (raw cost at first, multiplier-adjusted
 * cost later): the k best allowed reps plus the current owner, then the reverse lists.
 */
export class CandidatePicker {
	private pr: Prepared;
	private start: Int32Array;
	private list: Int32Array;
	private fill = 0;
	private bestJ: Int32Array;
	private bestC: Float64Array;

	constructor(pr: Prepared) {
		this.pr = pr;
		this.start = new Int32Array(pr.n + 1);
		this.list = new Int32Array(pr.n * (pr.k + 1));
		this.bestJ = new Int32Array(pr.k);
		this.bestC = new Float64Array(pr.k);
	}

	add(i: number, score: ArrayLike<number>): void {
		const { pr, bestJ, bestC, list } = this;
		const { p, k } = pr;
		const allowed = pr.model.allowed;
		let cnt = 0;
		for (let j = 0; j < p; j++) {
			if (allowed !== null && allowed[i * p + j] !== 1) continue;
			const c = score[j];
			if (cnt === k && c >= bestC[k - 1]) continue;
			let pos = cnt < k ? cnt++ : k - 1;
			while (pos > 0 && bestC[pos - 1] > c) {
				bestC[pos] = bestC[pos - 1];
				bestJ[pos] = bestJ[pos - 1];
				pos--;
			}
			bestC[pos] = c;
			bestJ[pos] = j;
		}
		this.start[i] = this.fill;
		for (let t = 0; t < cnt; t++) list[this.fill++] = bestJ[t];
		const o = pr.owner !== null ? pr.owner[i] : -1;
		if (o >= 0 && o < p && (allowed === null || allowed[i * p + o] === 1)) {
			let listed = false;
			for (let t = this.start[i]; t < this.fill; t++) if (list[t] === o) listed = true;
			if (!listed) list[this.fill++] = o;
		}
	}

	/** Installs the lists (all accounts must have been added in order). */
	commit(): void {
		const { pr } = this;
		const { n, p } = pr;
		this.start[n] = this.fill;
		const cand = this.list.slice(0, this.fill);
		const invStart = new Int32Array(p + 1);
		for (let t = 0; t < cand.length; t++) invStart[cand[t] + 1]++;
		for (let j = 0; j < p; j++) invStart[j + 1] += invStart[j];
		const inv = new Int32Array(cand.length);
		const pos = invStart.slice(0, p);
		for (let i = 0; i < n; i++)
			for (let t = this.start[i]; t < this.start[i + 1]; t++) inv[pos[cand[t]]++] = i;
		pr.candStart = this.start.slice();
		pr.cand = cand;
		pr.invStart = invStart;
		pr.inv = inv;
		this.fill = 0;
	}
}

/** Weight of account i on resource r when served by rep j. */
export function weightOf(pr: Prepared, r: number, i: number, j: number): number {
	return pr.perPair[r] === 1 ? pr.weight[r][i * pr.p + j] : pr.weight[r][i];
}

export function isAllowedPair(pr: Prepared, i: number, j: number): boolean {
	return pr.model.allowed === null || pr.model.allowed[i * pr.p + j] === 1;
}
