/**
 * One pass of the Lagrangian in which resource rows and the move cap are relaxed: every account
 * takes its cheapest allowed rep after the multiplier terms, so the dual value is a sum over
 * accounts. Real books (per-account weights in at most three distinct columns) take a fused loop
 * over reps sorted by cost that stops as soon as no further rep can win.
 */
import { CandidatePicker, type Prepared } from './prepared';

export class DualPass {
	readonly pr: Prepared;
	/** Argmin rep per account, resource loads at r*p + j and moved weight of the last pass. */
	readonly x: Int32Array;
	readonly loadX: Float64Array;
	movedX = 0;
	private adj: Float64Array;
	private row: Float64Array;
	private fusedWeights: Float64Array[];
	private wClass: Int32Array;
	private fusable: boolean;
	private adjC: Float64Array;
	/** Loads per weight column (fused passes); resources sharing a column share them. */
	private loadC: Float64Array;
	/** Allowed reps of each account by increasing cost (CSR), so fused passes can stop early. */
	private ordStart: Int32Array | null = null;
	private ord: Int32Array | null = null;
	/** cost[i, ord[t]] at t: the scan reads two arrays in order instead of jumping in a cost row. */
	private ordCost: Float64Array | null = null;

	constructor(pr: Prepared) {
		this.pr = pr;
		const size = pr.nr * pr.p + 1;
		this.adj = new Float64Array(size);
		this.loadX = new Float64Array(size);
		this.x = new Int32Array(pr.n);
		this.row = new Float64Array(pr.p);
		// Resources sharing a weight column (workload band and workload capacity, account count cap
		// and minimum) fold into one multiplier term, so real books still take the fused loop.
		const zero = new Float64Array(pr.n);
		this.wClass = new Int32Array(pr.nr);
		const cols: Float64Array[] = [];
		for (let r = 0; r < pr.nr; r++) {
			if (pr.perPair[r] === 1) continue;
			let c = cols.findIndex((w) => sameColumn(w, pr.weight[r]));
			if (c < 0) c = cols.push(pr.weight[r]) - 1;
			this.wClass[r] = c;
		}
		this.fusable = !pr.anyPerPair && cols.length <= 3;
		this.fusedWeights = [0, 1, 2].map((c) => (c < cols.length ? cols[c] : zero));
		this.adjC = new Float64Array(3 * pr.p);
		this.loadC = new Float64Array(3 * pr.p);
		if (this.fusable) this.sortReps();
	}

	/**
	 * One Lagrangian pass: fills x, loadX, movedX; returns the dual value. `full` scans every allowed
	 * rep (valid bound); otherwise only candidates. `pick` re-picks candidates from the full rows.
	 */
	evaluate(u: Float64Array, v: Float64Array, full: boolean, pick: boolean): number {
		const pr = this.pr;
		const { n, p, nr, cost, perPair, weight } = pr;
		const { adj, row, loadX } = this;
		const allowed = pr.model.allowed;
		const cap = nr * p;
		let constant = 0;
		for (let k = 0; k < cap; k++) {
			adj[k] = u[k] - v[k];
			if (u[k] !== 0) constant -= u[k] * pr.hi[k];
			if (v[k] !== 0) constant += v[k] * pr.lo[k];
		}
		const mu = u[cap];
		if (mu !== 0) constant -= mu * pr.moveMax;
		const picker = pick ? new CandidatePicker(pr) : null;
		const fused = this.fusable;
		const wz = this.fusedWeights;
		const adjC = this.adjC;
		if (fused) {
			adjC.fill(0);
			for (let r = 0; r < nr; r++) {
				const off = this.wClass[r] * p;
				for (let j = 0; j < p; j++) adjC[off + j] += adj[r * p + j];
			}
		}
		const [lo0, hi0] = range(adjC, 0, p);
		const [lo1, hi1] = range(adjC, p, 2 * p);
		const [lo2, hi2] = range(adjC, 2 * p, 3 * p);
		const { ordStart, ord, ordCost } = this;
		loadX.fill(0);
		const loadC = this.loadC;
		loadC.fill(0);
		let moved = 0;
		let total = constant;
		const { owner, moveWeight: mw, candStart, cand } = pr;
		for (let i = 0; i < n; i++) {
			const o = owner !== null ? owner[i] : -1;
			const moveTerm = o >= 0 && mu !== 0 ? mu * mw![i] : 0;
			let bestVal = Infinity;
			let bestJ = -1;
			if (full && fused && picker === null) {
				// Hottest path: reps by increasing cost, stopping once cost plus the smallest possible
				// multiplier terms cannot beat the best so far.
				const w0 = wz[0][i];
				const w1 = wz[1][i];
				const w2 = wz[2][i];
				const lb =
					(w0 >= 0 ? w0 * lo0 : w0 * hi0) +
					(w1 >= 0 ? w1 * lo1 : w1 * hi1) +
					(w2 >= 0 ? w2 * lo2 : w2 * hi2) +
					Math.min(0, moveTerm);
				for (let t = ordStart![i], end = ordStart![i + 1]; t < end; t++) {
					const c = ordCost![t];
					if (c + lb >= bestVal) break;
					const j = ord![t];
					let val = c + adjC[j] * w0 + adjC[p + j] * w1 + adjC[2 * p + j] * w2;
					if (moveTerm !== 0 && j !== o) val += moveTerm;
					if (val < bestVal) {
						bestVal = val;
						bestJ = j;
					}
				}
			} else if (full && fused) {
				// Hot path (per-account weights, up to three resources): one fused loop.
				const base = i * p;
				const w0 = wz[0][i];
				const w1 = wz[1][i];
				const w2 = wz[2][i];
				for (let j = 0; j < p; j++) {
					let val = cost[base + j] + adjC[j] * w0 + adjC[p + j] * w1 + adjC[2 * p + j] * w2;
					if (moveTerm !== 0 && j !== o) val += moveTerm;
					if (picker !== null) row[j] = val;
					if (val < bestVal && (allowed === null || allowed[base + j] === 1)) {
						bestVal = val;
						bestJ = j;
					}
				}
				if (picker !== null) picker.add(i, row);
			} else if (full) {
				const base = i * p;
				for (let j = 0; j < p; j++) row[j] = cost[base + j];
				if (moveTerm !== 0) {
					for (let j = 0; j < p; j++) row[j] += moveTerm;
					row[o] -= moveTerm;
				}
				for (let r = 0; r < nr; r++) {
					const off = r * p;
					if (perPair[r] === 1) {
						const w = weight[r];
						for (let j = 0; j < p; j++) row[j] += adj[off + j] * w[base + j];
					} else {
						const w = weight[r][i];
						if (w !== 0) for (let j = 0; j < p; j++) row[j] += adj[off + j] * w;
					}
				}
				for (let j = 0; j < p; j++)
					if (row[j] < bestVal && (allowed === null || allowed[base + j] === 1)) {
						bestVal = row[j];
						bestJ = j;
					}
				if (picker !== null) picker.add(i, row);
			} else {
				for (let t = candStart[i]; t < candStart[i + 1]; t++) {
					const j = cand[t];
					let val = cost[i * p + j];
					for (let r = 0; r < nr; r++)
						val += adj[r * p + j] * (perPair[r] === 1 ? weight[r][i * p + j] : weight[r][i]);
					if (o >= 0 && j !== o) val += moveTerm;
					if (val < bestVal) {
						bestVal = val;
						bestJ = j;
					}
				}
			}
			this.x[i] = bestJ;
			total += bestVal;
			if (fused) {
				loadC[bestJ] += wz[0][i];
				loadC[p + bestJ] += wz[1][i];
				loadC[2 * p + bestJ] += wz[2][i];
			} else
				for (let r = 0; r < nr; r++)
					loadX[r * p + bestJ] += perPair[r] === 1 ? weight[r][i * p + bestJ] : weight[r][i];
			if (o >= 0 && bestJ !== o) moved += mw![i];
		}
		if (fused)
			for (let r = 0; r < nr; r++) {
				const off = this.wClass[r] * p;
				loadX.set(loadC.subarray(off, off + p), r * p);
			}
		if (picker !== null) picker.commit();
		this.movedX = moved;
		return total;
	}

	private sortReps(): void {
		const { n, p, cost } = this.pr;
		const allowed = this.pr.model.allowed;
		const ordStart = new Int32Array(n + 1);
		const ord = new Int32Array(allowed === null ? n * p : countOnes(allowed));
		const ordCost = new Float64Array(ord.length);
		const idx: number[] = [];
		let fill = 0;
		for (let i = 0; i < n; i++) {
			const base = i * p;
			idx.length = 0;
			for (let j = 0; j < p; j++) if (allowed === null || allowed[base + j] === 1) idx.push(j);
			if (idx.length > 1) idx.sort((a, b) => cost[base + a] - cost[base + b]);
			ordStart[i] = fill;
			for (const j of idx) {
				ordCost[fill] = cost[base + j];
				ord[fill++] = j;
			}
		}
		ordStart[n] = fill;
		this.ordStart = ordStart;
		this.ord = ord;
		this.ordCost = ordCost;
	}
}

function sameColumn(a: Float64Array, b: Float64Array): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function range(a: Float64Array, from: number, to: number): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (let k = from; k < to; k++) {
		if (a[k] < lo) lo = a[k];
		if (a[k] > hi) hi = a[k];
	}
	return [lo, hi];
}

function countOnes(a: Uint8Array): number {
	let c = 0;
	for (let k = 0; k < a.length; k++) c += a[k];
	return c;
}
