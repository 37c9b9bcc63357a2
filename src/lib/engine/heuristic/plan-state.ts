/**
 * A plan under edit with incremental bookkeeping: per-rep resource loads, moved weight, the true
 * objective (cost + soft penalties) and the hard violation measured in "typical accounts" so that
 * resources with different units compare. Deltas are written to fields instead of returned objects
 * because they sit in the innermost loops.
 */
import type { Prepared } from './prepared';

export class PlanState {
	readonly pr: Prepared;
	readonly assign: Int32Array;
	readonly load: Float64Array;
	moved = 0;
	cost = 0;
	soft = 0;
	viol = 0;
	/** Reps whose loads changed since the caller last cleared it (lets searches skip quiet areas). */
	readonly touched: Uint8Array;
	/** Output of the last delta call. */
	dObj = 0;
	dViol = 0;

	constructor(pr: Prepared, assign: Int32Array) {
		this.pr = pr;
		this.assign = Int32Array.from(assign);
		this.load = new Float64Array(pr.nr * pr.p);
		this.touched = new Uint8Array(pr.p).fill(1);
		this.recompute();
	}

	get objective(): number {
		return this.cost + this.soft;
	}

	/** Exact recomputation, also clears drift from incremental updates. */
	recompute(): void {
		const { pr, assign, load } = this;
		const { n, p, nr } = pr;
		load.fill(0);
		let cost = 0;
		let moved = 0;
		for (let i = 0; i < n; i++) {
			const j = assign[i];
			cost += pr.cost[i * p + j];
			for (let r = 0; r < nr; r++)
				load[r * p + j] += pr.perPair[r] === 1 ? pr.weight[r][i * p + j] : pr.weight[r][i];
			if (pr.owner !== null && pr.owner[i] >= 0 && pr.owner[i] !== j) moved += pr.moveWeight![i];
		}
		this.cost = cost;
		this.moved = moved;
		let soft = 0;
		let viol = 0;
		for (let r = 0; r < nr; r++)
			for (let j = 0; j < p; j++) {
				const d = this.dev(r, j, load[r * p + j]);
				if (pr.pen[r] > 0) soft += pr.pen[r] * d;
				else viol += d / pr.unit[r];
			}
		this.soft = soft;
		this.viol = viol + this.capViol(moved);
	}

	/** Deviation of a load outside its band; hard resources get a tolerance. */
	dev(r: number, j: number, x: number): number {
		const pr = this.pr;
		const k = r * pr.p + j;
		const t = pr.pen[r] > 0 ? 0 : pr.tol[r];
		if (x > pr.hi[k] + t) return x - pr.hi[k];
		if (x < pr.lo[k] - t) return pr.lo[k] - x;
		return 0;
	}

	/** Soft-band penalty rep j pays now: the most any change to its accounts can save on it. */
	softAt(j: number): number {
		const pr = this.pr;
		let s = 0;
		for (let r = 0; r < pr.nr; r++)
			if (pr.pen[r] > 0) s += pr.pen[r] * this.dev(r, j, this.load[r * pr.p + j]);
		return s;
	}

	capViol(moved: number): number {
		const pr = this.pr;
		return moved > pr.moveMax + 1e-9 ? moved - pr.moveMax : 0;
	}

	private movedDelta(i: number, a: number, b: number): number {
		const pr = this.pr;
		if (pr.owner === null) return 0;
		const o = pr.owner[i];
		if (o < 0) return 0;
		return ((b !== o ? 1 : 0) - (a !== o ? 1 : 0)) * pr.moveWeight![i];
	}

	/** Effect of moving account i to rep b into dObj / dViol. */
	moveDelta(i: number, b: number): void {
		const pr = this.pr;
		const { p, nr } = pr;
		const a = this.assign[i];
		let dObj = pr.cost[i * p + b] - pr.cost[i * p + a];
		let dViol = 0;
		for (let r = 0; r < nr; r++) {
			const pp = pr.perPair[r] === 1;
			const wa = pp ? pr.weight[r][i * p + a] : pr.weight[r][i];
			const wb = pp ? pr.weight[r][i * p + b] : pr.weight[r][i];
			const la = this.load[r * p + a];
			const lb = this.load[r * p + b];
			const d =
				this.dev(r, a, la - wa) - this.dev(r, a, la) + this.dev(r, b, lb + wb) - this.dev(r, b, lb);
			if (d === 0) continue;
			if (pr.pen[r] > 0) dObj += pr.pen[r] * d;
			else dViol += d / pr.unit[r];
		}
		const dm = this.movedDelta(i, a, b);
		if (dm !== 0) dViol += this.capViol(this.moved + dm) - this.capViol(this.moved);
		this.dObj = dObj;
		this.dViol = dViol;
	}

	/** Effect of swapping the reps of accounts i and k (assumed on different reps). */
	swapDelta(i: number, k: number): void {
		const pr = this.pr;
		const { p, nr } = pr;
		const a = this.assign[i];
		const b = this.assign[k];
		let dObj = pr.cost[i * p + b] - pr.cost[i * p + a] + pr.cost[k * p + a] - pr.cost[k * p + b];
		let dViol = 0;
		for (let r = 0; r < nr; r++) {
			const pp = pr.perPair[r] === 1;
			const w = pr.weight[r];
			const da = pp ? w[k * p + a] - w[i * p + a] : w[k] - w[i];
			const db = pp ? w[i * p + b] - w[k * p + b] : w[i] - w[k];
			if (da === 0 && db === 0) continue;
			const la = this.load[r * p + a];
			const lb = this.load[r * p + b];
			const d =
				this.dev(r, a, la + da) - this.dev(r, a, la) + this.dev(r, b, lb + db) - this.dev(r, b, lb);
			if (d === 0) continue;
			if (pr.pen[r] > 0) dObj += pr.pen[r] * d;
			else dViol += d / pr.unit[r];
		}
		const dm = this.movedDelta(i, a, b) + this.movedDelta(k, b, a);
		if (dm !== 0) dViol += this.capViol(this.moved + dm) - this.capViol(this.moved);
		this.dObj = dObj;
		this.dViol = dViol;
	}

	/** Applies a move whose delta was just computed by moveDelta(i, b). */
	applyMove(i: number, b: number): void {
		const pr = this.pr;
		const { p, nr } = pr;
		const a = this.assign[i];
		for (let r = 0; r < nr; r++) {
			const pp = pr.perPair[r] === 1;
			this.load[r * p + a] -= pp ? pr.weight[r][i * p + a] : pr.weight[r][i];
			this.load[r * p + b] += pp ? pr.weight[r][i * p + b] : pr.weight[r][i];
		}
		this.moved += this.movedDelta(i, a, b);
		this.touched[a] = 1;
		this.touched[b] = 1;
		this.assign[i] = b;
		this.cost += pr.cost[i * p + b] - pr.cost[i * p + a];
		this.soft += this.dObj - (pr.cost[i * p + b] - pr.cost[i * p + a]);
		this.viol = Math.max(0, this.viol + this.dViol);
	}

	/** Applies a swap as two moves, each with its exact delta. */
	applySwap(i: number, k: number): void {
		const a = this.assign[i];
		const b = this.assign[k];
		this.moveDelta(i, b);
		this.applyMove(i, b);
		this.moveDelta(k, a);
		this.applyMove(k, a);
	}
}
