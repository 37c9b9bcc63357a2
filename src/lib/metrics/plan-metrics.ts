/**
 * Full recompute of a plan's metrics: per-rep totals and targets for every metric, fairness,
 * travel, moves and disruption, capacity and rule flags. The reference the incremental form is
 * tested against, and what reports print.
 */
import type { MetricsContext } from './context';
import { fairness, type Fairness } from './fairness';

export interface RepMetrics {
	rep: string;
	totals: Record<string, number>;
	/** Fair share: total / Σramp × ramp_j. */
	targets: Record<string, number>;
	travel: number;
	overCapacityAccounts: boolean;
	overCapacityWorkload: boolean;
	underMinAccounts: boolean;
}

export interface PlanMetrics {
	perRep: RepMetrics[];
	/** Per metric, over ramp-normalised loads. */
	fairness: Record<string, Fairness>;
	travel: { total: number; meanPerAccount: number; maxRep: number };
	moves: { count: number; disruption: number };
	flags: {
		overCapacityAccounts: number;
		overCapacityWorkload: number;
		underMinAccounts: number;
		skillMismatches: number;
		unassigned: number;
	};
}

/** Assembles PlanMetrics from per-metric loads (loads[m][j]); shared with the incremental form. */
export function assemble(
	ctx: MetricsContext,
	loads: Float64Array[],
	travel: Float64Array,
	fair: (m: number, values: Float64Array, targets: Float64Array) => Fairness,
	counts: { moves: number; disruption: number; mismatches: number; unassigned: number }
): PlanMetrics {
	const { p, ramp } = ctx;
	let rampSum = 0;
	for (let j = 0; j < p; j++) rampSum += ramp[j];
	const perRep: RepMetrics[] = [];
	const fairnessOut: Record<string, Fairness> = {};
	const targets = ctx.metricNames.map((_, m) => {
		let total = 0;
		for (let j = 0; j < p; j++) total += loads[m][j];
		return total / Math.max(1e-12, rampSum);
	});
	ctx.metricNames.forEach((name, m) => {
		const values = new Float64Array(p);
		for (let j = 0; j < p; j++) values[j] = loads[m][j] / ramp[j];
		fairnessOut[name] = fair(m, values, new Float64Array(p).fill(targets[m]));
	});
	const flags = {
		overCapacityAccounts: 0,
		overCapacityWorkload: 0,
		underMinAccounts: 0,
		skillMismatches: counts.mismatches,
		unassigned: counts.unassigned
	};
	let travelTotal = 0;
	let maxRep = 0;
	for (let j = 0; j < p; j++) {
		const totals: Record<string, number> = {};
		const tg: Record<string, number> = {};
		ctx.metricNames.forEach((name, m) => {
			totals[name] = loads[m][j];
			tg[name] = targets[m] * ramp[j];
		});
		const accounts = loads[0][j];
		const work = ctx.workloadIndex >= 0 ? loads[ctx.workloadIndex][j] : 0;
		const r: RepMetrics = {
			rep: ctx.repIds[j],
			totals,
			targets: tg,
			travel: travel[j],
			overCapacityAccounts: accounts > ctx.capacityAccounts[j] + 1e-9,
			overCapacityWorkload: work > ctx.capacityWorkload[j] + 1e-9,
			underMinAccounts: accounts < ctx.minAccounts[j] - 1e-9
		};
		if (r.overCapacityAccounts) flags.overCapacityAccounts++;
		if (r.overCapacityWorkload) flags.overCapacityWorkload++;
		if (r.underMinAccounts) flags.underMinAccounts++;
		travelTotal += travel[j];
		maxRep = Math.max(maxRep, travel[j]);
		perRep.push(r);
	}
	const assigned = ctx.n - counts.unassigned;
	return {
		perRep,
		fairness: fairnessOut,
		travel: {
			total: travelTotal,
			meanPerAccount: assigned > 0 ? travelTotal / assigned : 0,
			maxRep
		},
		moves: { count: counts.moves, disruption: counts.disruption },
		flags
	};
}

export function computeMetrics(ctx: MetricsContext, a: Int32Array): PlanMetrics {
	const { n, p } = ctx;
	const loads = ctx.metricNames.map(() => new Float64Array(p));
	const travel = new Float64Array(p);
	const counts = { moves: 0, disruption: 0, mismatches: 0, unassigned: 0 };
	for (let i = 0; i < n; i++) {
		const j = a[i];
		if (j < 0 || j >= p) {
			counts.unassigned++;
			continue;
		}
		for (let m = 0; m < loads.length; m++) loads[m][j] += ctx.columns[m][i];
		travel[j] += ctx.distance(i, j);
		counts.mismatches += ctx.mismatch(i, j);
		if (ctx.owner[i] >= 0 && ctx.owner[i] !== j) {
			counts.moves++;
			counts.disruption += ctx.continuityWeight[i];
		}
	}
	return assemble(ctx, loads, travel, (_m, v, t) => fairness(v, t), counts);
}
