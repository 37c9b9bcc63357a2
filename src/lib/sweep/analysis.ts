/**
 * What a sweep shows: per solved point a small summary (imbalance, travel, disruption, status,
 * gap), the Pareto front over (imbalance, travel, disruption) minimised, and stability: how many
 * accounts change owner between neighbouring points along each axis.
 *
 * imbalance = coefficient of variation of the ramp-normalised per-rep loads of the first balanced
 * metric (the first balance rule of the point's settings; 'potential' or the account count when
 * there is none). travelKm = total distance from each account to its rep's base (km for
 * haversine); travelKmPerAccount = the mean over assigned accounts. Disruption = moved accounts
 * (owner differs from the current one) and their summed potential.
 */
import type { PlanSettings } from '../core/settings';
import type { MetricsContext } from '../metrics/context';
import { computeMetrics } from '../metrics/plan-metrics';
import type { SweepPoint } from './grid';

export type SweepStatus = 'optimal' | 'feasible' | 'infeasible' | 'timeout' | 'cancelled' | 'error';

/** One solved (or failed) point, as data. */
export interface SweepPointResult {
	index: number;
	status: SweepStatus;
	/** The plan (rep index per account) when the solver returned one. */
	assignment: Int32Array | null;
	objective: number | null;
	/** Relative optimality gap, 0 when proven optimal; null without a plan and bound. */
	gap: number | null;
	seconds: number;
	/** Conflicts (infeasible), the error, or null. */
	message: string | null;
}

export interface PlanSummary {
	imbalance: number;
	imbalanceMetric: string;
	travelKm: number;
	travelKmPerAccount: number;
	moved: number;
	movedPotential: number;
}

export interface SweepPointSummary {
	index: number;
	cell: number[];
	coords: number[];
	label: string;
	status: SweepStatus;
	gap: number | null;
	message: string | null;
	/** null when the point has no plan. */
	plan: PlanSummary | null;
	/** On the Pareto front of the points with a finished plan (optimal or feasible). */
	pareto: boolean;
}

export interface StabilityEdge {
	/** Axis along which the two points are neighbours (0 or 1). */
	axis: number;
	from: number;
	to: number;
	/** Accounts whose owner differs between the two plans; null when either has no plan. */
	changed: number | null;
}

/** The metric whose CV is reported as imbalance for these settings. */
export function imbalanceMetric(settings: PlanSettings, ctx: MetricsContext): string {
	const rule = settings.balance.find((r) => ctx.metricNames.includes(r.metric));
	if (rule) return rule.metric;
	return ctx.metricNames.includes('potential') ? 'potential' : 'accounts';
}

export function summarisePlan(
	ctx: MetricsContext,
	assignment: Int32Array,
	metric: string
): PlanSummary {
	const m = computeMetrics(ctx, assignment);
	const potIndex = ctx.metricNames.indexOf('potential');
	let movedPotential = 0;
	if (potIndex >= 0) {
		const pot = ctx.columns[potIndex];
		for (let i = 0; i < ctx.n; i++)
			if (ctx.owner[i] >= 0 && assignment[i] !== ctx.owner[i]) movedPotential += pot[i];
	}
	return {
		imbalance: m.fairness[metric]?.cv ?? 0,
		imbalanceMetric: metric,
		travelKm: m.travel.total,
		travelKmPerAccount: m.travel.meanPerAccount,
		moved: m.moves.count,
		movedPotential
	};
}

/**
 * Pareto flags for objective vectors (all minimised); null entries are never on the front.
 * Equal vectors do not dominate each other, so duplicates are all kept.
 */
export function paretoFront(values: (readonly number[] | null)[]): boolean[] {
	const dominates = (a: readonly number[], b: readonly number[]) => {
		let strictly = false;
		for (let k = 0; k < a.length; k++) {
			if (a[k] > b[k]) return false;
			if (a[k] < b[k]) strictly = true;
		}
		return strictly;
	};
	return values.map(
		(v, i) => v !== null && !values.some((w, k) => k !== i && w !== null && dominates(w, v))
	);
}

/** Accounts whose owner differs between two plans. */
export function ownerChanges(a: Int32Array, b: Int32Array): number {
	let changed = 0;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
	return changed;
}

/** Owner changes between every pair of neighbours along each axis of a grid of `shape`. */
export function stability(plans: (Int32Array | null)[], shape: number[]): StabilityEdge[] {
	const edges: StabilityEdge[] = [];
	const strides = shape.map((_, k) => shape.slice(k + 1).reduce((s, v) => s * v, 1));
	for (let index = 0; index < plans.length; index++)
		shape.forEach((size, axis) => {
			const step = Math.floor(index / strides[axis]) % size;
			if (step + 1 >= size) return;
			const to = index + strides[axis];
			const a = plans[index];
			const b = plans[to];
			edges.push({ axis, from: index, to, changed: a && b ? ownerChanges(a, b) : null });
		});
	return edges;
}

const FINISHED: SweepStatus[] = ['optimal', 'feasible'];

/** Summaries of every point (in point order) with Pareto flags set. */
export function summariseSweep(
	points: SweepPoint[],
	results: SweepPointResult[],
	ctx: MetricsContext
): SweepPointSummary[] {
	const byIndex = new Map(results.map((r) => [r.index, r]));
	const out: SweepPointSummary[] = points.map((p) => {
		const r = byIndex.get(p.index);
		const plan = r?.assignment
			? summarisePlan(ctx, r.assignment, imbalanceMetric(p.settings, ctx))
			: null;
		return {
			index: p.index,
			cell: p.cell,
			coords: p.coords,
			label: p.label,
			status: r?.status ?? 'cancelled',
			gap: r?.gap ?? null,
			message: r ? r.message : 'not run',
			plan,
			pareto: false
		};
	});
	const front = paretoFront(
		out.map((s) =>
			s.plan && FINISHED.includes(s.status)
				? [s.plan.imbalance, s.plan.travelKm, s.plan.moved]
				: null
		)
	);
	out.forEach((s, k) => (s.pareto = front[k]));
	return out;
}
