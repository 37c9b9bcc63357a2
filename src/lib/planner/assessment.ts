/**
 * Assessment of a plan for the planner's review panel: a per-rep table, a fairness scorecard of
 * the balanced metrics, the top imbalances in words, per-rep bar data with the target band, and
 * Lorenz curves. Built on src/lib/metrics (pass the edit session's incremental snapshot to avoid
 * a full recompute).
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { createMetricsContext, type MetricsContext } from '../metrics/context';
import type { Fairness } from '../metrics/fairness';
import { computeMetrics, type PlanMetrics } from '../metrics/plan-metrics';
import { findImbalances, type Imbalance } from './imbalances';

export type BandStatus = 'under' | 'within' | 'over';

export interface RepRow {
	index: number;
	id: string;
	name: string;
	accounts: number;
	potential: number;
	arr: number;
	workload: number;
	/** Sum of km from the rep's base over its accounts. */
	travelKm: number;
	/** Mean km per account (0 without accounts). */
	meanKm: number;
	/** Share of capacity used (1 = full); NaN when the rep has no such limit. */
	capacityAccountsUsed: number;
	capacityWorkloadUsed: number;
	overCapacity: boolean;
	underMinAccounts: boolean;
	/** Per balanced metric: where the rep sits against its target band. */
	band: Record<string, BandStatus>;
}

export interface BarDatum {
	rep: string;
	name: string;
	value: number;
	target: number;
	lo: number;
	hi: number;
	status: BandStatus;
}

export interface LorenzPoint {
	/** Cumulative share of reps (0..1), poorest first. */
	x: number;
	/** Cumulative share of the metric (0..1). */
	y: number;
}

export interface PlanAssessment {
	metrics: PlanMetrics;
	/** Metrics with a balance rule (in rule order), falling back to potential and workload. */
	balanced: string[];
	reps: RepRow[];
	scorecard: Record<string, Fairness>;
	imbalances: Imbalance[];
	bars: Record<string, BarDatum[]>;
	lorenz: Record<string, LorenzPoint[]>;
}

/** Tolerance of the balance rule on `metric`, or a 10% band when the metric is not balanced. */
export function toleranceOf(settings: PlanSettings, metric: string): number {
	return settings.balance.find((b) => b.metric === metric)?.tolerance ?? 0.1;
}

export function balancedMetrics(settings: PlanSettings, available: string[]): string[] {
	const listed = settings.balance.map((b) => b.metric).filter((m) => available.includes(m));
	const chosen = listed.length > 0 ? listed : ['potential', 'workload'];
	return [...new Set(chosen)].filter((m) => available.includes(m));
}

export function bandStatus(value: number, lo: number, hi: number): BandStatus {
	return value < lo - 1e-9 ? 'under' : value > hi + 1e-9 ? 'over' : 'within';
}

export function lorenzCurve(values: ArrayLike<number>): LorenzPoint[] {
	const v = Float64Array.from(values, (x) => Math.max(0, x)).sort();
	const total = v.reduce((s, x) => s + x, 0);
	const points: LorenzPoint[] = [{ x: 0, y: 0 }];
	let cum = 0;
	for (let k = 0; k < v.length; k++) {
		cum += v[k];
		points.push({ x: (k + 1) / v.length, y: total > 0 ? cum / total : (k + 1) / v.length });
	}
	return points;
}

export function assessPlan(
	book: Book,
	assignment: Int32Array,
	settings: PlanSettings,
	precomputed?: PlanMetrics,
	maxImbalances = 5,
	context?: MetricsContext
): PlanAssessment {
	// Building a context copies every metric column: live edits pass the one they already have.
	const ctx = context ?? createMetricsContext(book, settings);
	const metrics = precomputed ?? computeMetrics(ctx, assignment);
	const R = book.reps;
	const balanced = balancedMetrics(settings, ctx.metricNames);
	const bars: Record<string, BarDatum[]> = {};
	for (const m of balanced) {
		const t = toleranceOf(settings, m);
		bars[m] = metrics.perRep.map((r, j) => {
			const target = r.targets[m];
			const lo = (1 - t) * target;
			const hi = (1 + t) * target;
			const value = r.totals[m];
			return {
				rep: r.rep,
				name: R.name[j] || r.rep,
				value,
				target,
				lo,
				hi,
				status: bandStatus(value, lo, hi)
			};
		});
	}
	const reps: RepRow[] = metrics.perRep.map((r, j) => {
		const accounts = r.totals.accounts ?? 0;
		const workload = r.totals.workload ?? 0;
		const band: Record<string, BandStatus> = {};
		for (const m of balanced) band[m] = bars[m][j].status;
		return {
			index: j,
			id: r.rep,
			name: R.name[j] || r.rep,
			accounts,
			potential: r.totals.potential ?? 0,
			arr: r.totals.arr ?? 0,
			workload,
			travelKm: r.travel,
			meanKm: accounts > 0 ? r.travel / accounts : 0,
			capacityAccountsUsed: used(accounts, R.capacityAccounts[j]),
			capacityWorkloadUsed: used(workload, R.capacityWorkload[j]),
			overCapacity: r.overCapacityAccounts || r.overCapacityWorkload,
			underMinAccounts: r.underMinAccounts,
			band
		};
	});
	const scorecard: Record<string, Fairness> = {};
	const lorenz: Record<string, LorenzPoint[]> = {};
	for (const m of balanced) {
		scorecard[m] = metrics.fairness[m];
		lorenz[m] = lorenzCurve(metrics.perRep.map((r, j) => r.totals[m] / ctx.ramp[j]));
	}
	return {
		metrics,
		balanced,
		reps,
		scorecard,
		imbalances: findImbalances(reps, bars, (m) => toleranceOf(settings, m)).slice(0, maxImbalances),
		bars,
		lorenz
	};
}

function used(value: number, cap: number): number {
	return Number.isFinite(cap) && cap > 0 ? value / cap : NaN;
}
