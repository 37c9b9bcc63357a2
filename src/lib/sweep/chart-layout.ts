/**
 * Geometry of the sweep trade-off chart, kept out of the component so it can be tested: linear
 * scales with round ticks, one dot per point with a plan (radius by moved accounts), the Pareto
 * points joined in x order, and the stability strip (mean owner changes per step along each axis).
 */
import type { StabilityEdge, SweepPointSummary } from './analysis';

export type ChartMetric =
	'imbalance' | 'travelKm' | 'travelKmPerAccount' | 'moved' | 'movedPotential';

export const METRIC_LABELS: Record<ChartMetric, string> = {
	imbalance: 'Imbalance (CV)',
	travelKm: 'Travel, total km',
	travelKmPerAccount: 'Travel, km per account',
	moved: 'Accounts moved',
	movedPotential: 'Potential moved'
};

export interface Scale {
	min: number;
	max: number;
	ticks: number[];
	/** Value to pixel. */
	at(v: number): number;
}

/** About `count` round tick values covering [min, max] (steps of 1, 2 or 5 × 10^k). */
export function niceTicks(min: number, max: number, count = 5): number[] {
	if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
	if (max <= min) return [min];
	const raw = (max - min) / Math.max(1, count);
	const mag = Math.pow(10, Math.floor(Math.log10(raw)));
	const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
	const ticks: number[] = [];
	for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step)
		ticks.push(+t.toPrecision(12));
	return ticks;
}

/** A scale over the values' range (padded by 5%; a single value gets a unit-wide range). */
export function linearScale(values: number[], from: number, to: number): Scale {
	let min = Math.min(...values);
	let max = Math.max(...values);
	if (values.length === 0) [min, max] = [0, 1];
	else if (max === min)
		[min, max] = [min - 0.5 * (Math.abs(min) || 1), max + 0.5 * (Math.abs(max) || 1)];
	else {
		const pad = 0.05 * (max - min);
		[min, max] = [min - pad, max + pad];
	}
	return {
		min,
		max,
		ticks: niceTicks(min, max),
		at: (v) => from + ((v - min) / (max - min)) * (to - from)
	};
}

export function metricValue(s: SweepPointSummary, m: ChartMetric): number | null {
	const v = s.plan?.[m];
	return v !== undefined && Number.isFinite(v) ? v : null;
}

export interface ChartDot {
	index: number;
	x: number;
	y: number;
	r: number;
	pareto: boolean;
	label: string;
}

export interface ChartBox {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export interface ChartLayout {
	x: Scale;
	y: Scale;
	dots: ChartDot[];
	/** SVG polyline points joining the Pareto dots in x order. */
	front: string;
	/** Points without a plan (infeasible, error, cancelled), listed in text instead. */
	missing: SweepPointSummary[];
}

export function layoutChart(
	points: SweepPointSummary[],
	xMetric: ChartMetric,
	yMetric: ChartMetric,
	box: ChartBox
): ChartLayout {
	const shown = points.filter(
		(p) => metricValue(p, xMetric) !== null && metricValue(p, yMetric) !== null
	);
	const x = linearScale(
		shown.map((p) => metricValue(p, xMetric)!),
		box.left,
		box.width - box.right
	);
	const y = linearScale(
		shown.map((p) => metricValue(p, yMetric)!),
		box.height - box.bottom,
		box.top
	);
	const moved = shown.map((p) => p.plan!.moved);
	const most = Math.max(1, ...moved);
	const dots = shown.map((p) => ({
		index: p.index,
		x: x.at(metricValue(p, xMetric)!),
		y: y.at(metricValue(p, yMetric)!),
		r: 3 + 6 * Math.sqrt(p.plan!.moved / most),
		pareto: p.pareto,
		label: p.label
	}));
	const front = dots
		.filter((d) => d.pareto)
		.sort((a, b) => a.x - b.x || a.y - b.y)
		.map((d) => `${d.x.toFixed(1)},${d.y.toFixed(1)}`)
		.join(' ');
	return { x, y, dots, front, missing: points.filter((p) => !shown.includes(p)) };
}

export interface StripStep {
	/** Step along the axis the change starts from. */
	step: number;
	/** Mean accounts changing owner from this step to the next (over the other axis). */
	changed: number | null;
}

/** Per axis, the mean owner changes between consecutive steps. */
export function stabilityStrip(edges: StabilityEdge[], shape: number[]): StripStep[][] {
	const strides = shape.map((_, k) => shape.slice(k + 1).reduce((s, v) => s * v, 1));
	return shape.map((size, axis) =>
		Array.from({ length: Math.max(0, size - 1) }, (_, step) => {
			const along = edges.filter(
				(e) => e.axis === axis && Math.floor(e.from / strides[axis]) % size === step
			);
			const known = along.map((e) => e.changed).filter((c): c is number => c !== null);
			return {
				step,
				changed: known.length ? known.reduce((s, c) => s + c, 0) / known.length : null
			};
		})
	);
}
