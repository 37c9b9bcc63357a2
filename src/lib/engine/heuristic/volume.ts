/**
 * Lagrangian lower bound by the volume algorithm (Barahona & Anbil 2000).
 *
 * Resource rows (both sides) and the move cap are relaxed with multipliers; what is left splits
 * per account (each takes its cheapest allowed rep after multiplier terms), so one evaluation is a
 * single pass and a full pass over all allowed reps is a valid lower bound. Soft resources cap their
 * multipliers at the penalty, which is exactly the Lagrangian of "penalty * deviation". Rows are
 * scaled by a typical rep load so one step length suits all of them.
 *
 * Most iterations only look at each account's candidate reps (cheap); periodic full passes
 * (`certify`) prove the bound and re-pick candidates by multiplier-adjusted cost, which is how
 * accounts that must travel far for balance get the right reps in their lists.
 */
import { DualPass } from './dual-pass';
import type { Prepared } from './prepared';

export class VolumeBound {
	readonly pr: Prepared;
	/** Multipliers of hi rows (u) and lo rows (v) at r*p + j; the move cap uses u[nr*p]. */
	private u: Float64Array;
	private v: Float64Array;
	private bestU: Float64Array;
	private bestV: Float64Array;
	private rowScale: Float64Array;
	private pass: DualPass;
	private loadBar: Float64Array;
	private movedBar = 0;
	/** Averaged primal, dense n*p, stored divided by xScale so decay is O(1). */
	private xbar: Float64Array;
	private xScale = 1;
	/** Assignment at the best multipliers so far. */
	readonly bestX: Int32Array;
	private gu: Float64Array;
	private gv: Float64Array;
	private g1u: Float64Array;
	private g1v: Float64Array;
	/** Best candidate-pass value: drives the steps, not a proof. */
	best = -Infinity;
	/** Best full-pass value: a valid lower bound on the model. */
	bound = -Infinity;
	upper = Infinity;
	iterations = 0;
	/** Step length factor; it only shrinks once the bound has stalled. */
	get stepFactor(): number {
		return this.f;
	}
	private margin = 1;
	private f = 0.1;
	private alphaMax = 0.1;
	private reds = 0;
	private lastCheckBest = -Infinity;

	constructor(pr: Prepared) {
		this.pr = pr;
		const size = pr.nr * pr.p + 1;
		this.u = new Float64Array(size);
		this.v = new Float64Array(size);
		this.bestU = new Float64Array(size);
		this.bestV = new Float64Array(size);
		this.loadBar = new Float64Array(size);
		this.gu = new Float64Array(size);
		this.gv = new Float64Array(size);
		this.g1u = new Float64Array(size);
		this.g1v = new Float64Array(size);
		this.rowScale = new Float64Array(pr.nr);
		for (let r = 0; r < pr.nr; r++)
			this.rowScale[r] = Math.max(pr.unit[r] * (pr.n / Math.max(1, pr.p)), 1e-12);
		this.xbar = new Float64Array(pr.n * pr.p);
		this.bestX = new Int32Array(pr.n);
		this.pass = new DualPass(pr);
		const z = this.pass.evaluate(this.u, this.v, true, false);
		this.best = z;
		this.bound = z;
		this.margin = Math.max(0.05 * Math.abs(z), 1e-6);
		this.bestX.set(this.pass.x);
		this.loadBar.set(this.pass.loadX);
		this.movedBar = this.pass.movedX;
		for (let i = 0; i < pr.n; i++) this.xbar[i * pr.p + this.pass.x[i]] = 1;
	}

	private capScale(): number {
		const m = this.pr.moveMax;
		return Math.max(1, Number.isFinite(m) ? m : 1);
	}

	/** Scaled subgradient for u and v at the given loads; returns its squared norm. */
	private subgradient(load: Float64Array, moved: number, gu: Float64Array, gv: Float64Array) {
		const pr = this.pr;
		const { p, nr } = pr;
		let norm = 0;
		for (let r = 0; r < nr; r++) {
			const s = this.rowScale[r];
			for (let j = 0; j < p; j++) {
				const k = r * p + j;
				gu[k] = Number.isFinite(pr.hi[k]) ? (load[k] - pr.hi[k]) / s : 0;
				gv[k] = Number.isFinite(pr.lo[k]) ? (pr.lo[k] - load[k]) / s : 0;
				if (gu[k] > 0 || this.bestU[k] > 0) norm += gu[k] * gu[k];
				if (gv[k] > 0 || this.bestV[k] > 0) norm += gv[k] * gv[k];
			}
		}
		const cap = nr * p;
		gu[cap] = Number.isFinite(pr.moveMax) ? (moved - pr.moveMax) / this.capScale() : 0;
		gv[cap] = 0;
		if (gu[cap] > 0 || this.bestU[cap] > 0) norm += gu[cap] * gu[cap];
		return norm;
	}

	/** Copies of the best multipliers (hi rows, lo rows; move cap last in the hi array). */
	multipliers(): { u: Float64Array; v: Float64Array } {
		return { u: this.bestU.slice(), v: this.bestV.slice() };
	}

	/** Restarts from given multipliers (e.g. from a sampled model) when they are better. */
	warmStart(u: Float64Array, v: Float64Array): void {
		const z = this.pass.evaluate(u, v, true, false);
		if (z <= this.best) return;
		this.bestU.set(u);
		this.bestV.set(v);
		this.best = z;
		this.bound = Math.max(this.bound, z);
		this.bestX.set(this.pass.x);
		this.loadBar.set(this.pass.loadX);
		this.movedBar = this.pass.movedX;
		this.xbar.fill(0);
		this.xScale = 1;
		for (let i = 0; i < this.pr.n; i++) this.xbar[i * this.pr.p + this.pass.x[i]] = 1;
		this.margin = Math.max(0.02 * Math.abs(z), 1e-6);
	}

	/** Full pass at the best multipliers: proves the bound and re-picks candidate lists. */
	certify(pick = true): number {
		const z = this.pass.evaluate(this.bestU, this.bestV, true, pick);
		if (z > this.bound) this.bound = z;
		// New lists hold every account's argmin at the best multipliers, so the candidate-pass value
		// there now equals the full value; an older, higher value would freeze the steps.
		if (pick) {
			this.best = z;
			this.bestX.set(this.pass.x);
		}
		return this.bound;
	}

	/**
	 * Starts the volume steps afresh from the best multipliers: re-picked candidates, the direction
	 * of their own subgradient and the first step sizes. A stalled run is not always a converged
	 * one: on the 5k sample book with minimal-disruption settings the bound sat at 7,332 for 300
	 * steps and rose to 7,366 after a restart.
	 */
	restart(): void {
		// certify's full pass at the best multipliers leaves their loads in the pass.
		this.certify(true);
		this.loadBar.set(this.pass.loadX);
		this.movedBar = this.pass.movedX;
		this.f = 0.1;
		this.alphaMax = 0.1;
		this.reds = 0;
		this.lastCheckBest = this.best;
	}

	/** One volume iteration. Returns false when the subgradient vanished (bound reached). */
	step(): boolean {
		const pr = this.pr;
		const { p, nr } = pr;
		const size = nr * p + 1;
		const { gu, gv, g1u, g1v } = this;
		const norm = this.subgradient(this.loadBar, this.movedBar, gu, gv);
		if (norm < 1e-18) return false;
		// Polyak target: the best plan when known, else a fixed margin (a margin relative to the
		// current value feeds on itself when candidate refreshes drop the value).
		// A first, poor plan would make steps far too long, so the plan only ever shortens them.
		const gap = Math.min(this.upper - this.best, this.margin);
		const t = (this.f * Math.max(gap, 1e-6 * this.margin)) / norm;
		for (let r = 0; r <= nr; r++) {
			const last = r === nr;
			const s = last ? this.capScale() : this.rowScale[r];
			const capU = last ? Infinity : pr.pen[r] > 0 ? pr.pen[r] : Infinity;
			const from = r * p;
			const to = last ? size : from + p;
			for (let k = from; k < to; k++) {
				this.u[k] = Math.min(capU, Math.max(0, this.bestU[k] + (t * gu[k]) / s));
				this.v[k] = Math.min(capU, Math.max(0, this.bestV[k] + (t * gv[k]) / s));
			}
		}
		const z = this.pass.evaluate(this.u, this.v, true, false);
		this.iterations++;
		// Volume step: alpha minimising the norm of the combined subgradient.
		this.subgradient(this.pass.loadX, this.pass.movedX, g1u, g1v);
		let num = 0;
		let den = 0;
		for (let k = 0; k < size; k++) {
			const du = g1u[k] - gu[k];
			const dv = g1v[k] - gv[k];
			num -= gu[k] * du + gv[k] * dv;
			den += du * du + dv * dv;
		}
		let alpha = den > 0 ? num / den : this.alphaMax;
		alpha = Math.min(this.alphaMax, Math.max(this.alphaMax / 10, alpha));
		for (let k = 0; k < size; k++)
			this.loadBar[k] = alpha * this.pass.loadX[k] + (1 - alpha) * this.loadBar[k];
		this.movedBar = alpha * this.pass.movedX + (1 - alpha) * this.movedBar;
		this.addToAverage(alpha);

		if (z > this.best) {
			this.best = z;
			this.bound = Math.max(this.bound, z);
			this.bestU.set(this.u);
			this.bestV.set(this.v);
			this.bestX.set(this.pass.x);
			this.reds = 0;
			this.f = Math.min(2, this.f * 1.1);
		} else if (++this.reds >= 20) {
			this.reds = 0;
			this.f = Math.max(1e-5, this.f * 0.66);
		}
		if (this.iterations % 100 === 0) {
			if (this.best - this.lastCheckBest < 1e-3 * Math.abs(this.best))
				this.alphaMax = Math.max(1e-3, this.alphaMax / 2);
			this.lastCheckBest = this.best;
		}
		return true;
	}

	private addToAverage(alpha: number): void {
		const { n, p } = this.pr;
		this.xScale *= 1 - alpha;
		if (this.xScale < 1e-200) {
			for (let k = 0; k < this.xbar.length; k++) this.xbar[k] *= this.xScale;
			this.xScale = 1;
		}
		const add = alpha / this.xScale;
		for (let i = 0; i < n; i++) this.xbar[i * p + this.pass.x[i]] += add;
	}

	/** Multiplier-adjusted cost of account i at rep j under the best multipliers. */
	adjusted(i: number, j: number): number {
		const pr = this.pr;
		const { p, nr } = pr;
		let val = pr.cost[i * p + j];
		for (let r = 0; r < nr; r++) {
			const w = pr.perPair[r] === 1 ? pr.weight[r][i * p + j] : pr.weight[r][i];
			val += (this.bestU[r * p + j] - this.bestV[r * p + j]) * w;
		}
		return val;
	}

	/** Multiplier-adjusted cost of every pair (n*p), the guide for repairs. */
	adjustedAll(): Float64Array {
		const { n, p } = this.pr;
		const out = new Float64Array(n * p);
		for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) out[i * p + j] = this.adjusted(i, j);
		return out;
	}

	/** Rounding of the averaged primal: each account to its largest allowed fraction. */
	roundAverage(): Int32Array {
		const { n, p, model } = this.pr;
		const out = Int32Array.from(this.bestX);
		for (let i = 0; i < n; i++) {
			let bestF = 0;
			for (let j = 0; j < p; j++) {
				const f = this.xbar[i * p + j];
				if (f > bestF && (model.allowed === null || model.allowed[i * p + j] === 1)) {
					bestF = f;
					out[i] = j;
				}
			}
		}
		return out;
	}
}
