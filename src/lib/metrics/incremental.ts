/**
 * Metrics kept up to date while the user drags accounts: `move(i, toRep)` is O(metrics) —
 * loads, travel, moves, mismatches and the fairness running sums (Σv, Σv² of ramp-normalised
 * loads) are updated in place; `snapshot()` derives the rest (Gini, max/min) in O(p log p).
 */
import type { MetricsContext } from './context';
import { fairnessFromSums } from './fairness';
import { assemble, type PlanMetrics } from './plan-metrics';

export class IncrementalMetrics {
	readonly assignment: Int32Array;
	private readonly loads: Float64Array[];
	private readonly travel: Float64Array;
	private readonly s1: Float64Array;
	private readonly s2: Float64Array;
	private counts = { moves: 0, disruption: 0, mismatches: 0, unassigned: 0 };

	constructor(
		private readonly ctx: MetricsContext,
		initial: Int32Array
	) {
		this.assignment = Int32Array.from(initial);
		this.loads = ctx.metricNames.map(() => new Float64Array(ctx.p));
		this.travel = new Float64Array(ctx.p);
		this.s1 = new Float64Array(ctx.metricNames.length);
		this.s2 = new Float64Array(ctx.metricNames.length);
		const a = this.assignment;
		for (let i = 0; i < ctx.n; i++) {
			a[i] = a[i] >= 0 && a[i] < ctx.p ? a[i] : -1;
			this.account(i, a[i], 1);
		}
		for (let m = 0; m < this.loads.length; m++)
			for (let j = 0; j < ctx.p; j++) {
				const v = this.loads[m][j] / ctx.ramp[j];
				this.s1[m] += v;
				this.s2[m] += v * v;
			}
	}

	/** Adds (sign 1) or removes (sign -1) account i's non-load contributions at rep j. */
	private account(i: number, j: number, sign: number): void {
		const ctx = this.ctx;
		if (j < 0) {
			this.counts.unassigned += sign;
			return;
		}
		for (let m = 0; m < this.loads.length; m++) this.loads[m][j] += sign * ctx.columns[m][i];
		this.travel[j] += sign * ctx.distance(i, j);
		this.counts.mismatches += sign * ctx.mismatch(i, j);
		if (ctx.owner[i] >= 0 && ctx.owner[i] !== j) {
			this.counts.moves += sign;
			this.counts.disruption += sign * ctx.continuityWeight[i];
		}
	}

	private sumsOut(j: number): void {
		if (j < 0) return;
		for (let m = 0; m < this.loads.length; m++) {
			const v = this.loads[m][j] / this.ctx.ramp[j];
			this.s1[m] -= v;
			this.s2[m] -= v * v;
		}
	}

	private sumsIn(j: number): void {
		if (j < 0) return;
		for (let m = 0; m < this.loads.length; m++) {
			const v = this.loads[m][j] / this.ctx.ramp[j];
			this.s1[m] += v;
			this.s2[m] += v * v;
		}
	}

	/** Reassigns account i (toRep -1 unassigns). */
	move(i: number, toRep: number): void {
		const from = this.assignment[i];
		const to = toRep >= 0 && toRep < this.ctx.p ? toRep : -1;
		if (from === to) return;
		this.sumsOut(from);
		if (to !== from) this.sumsOut(to);
		this.account(i, from, -1);
		this.account(i, to, 1);
		this.sumsIn(from);
		this.sumsIn(to);
		this.assignment[i] = to;
	}

	load(metric: string, j: number): number {
		return this.loads[this.ctx.metricNames.indexOf(metric)][j];
	}

	get moves(): number {
		return this.counts.moves;
	}

	snapshot(): PlanMetrics {
		return assemble(
			this.ctx,
			this.loads,
			this.travel,
			(m, values, targets) => fairnessFromSums(this.s1[m], this.s2[m], values, targets),
			{ ...this.counts }
		);
	}
}
