/**
 * Sensitivity-sweep grids: one or two settings axes over a base PlanSettings, expanded into the
 * list of points to solve (two axes = the full grid, row-major: the first axis varies slowest).
 *
 * Axes:
 *  - 'weight-balance-vs-travel': balance weight w and travel weight 1 − w. 'linear' spaces w evenly
 *    over [from, to] (default [0, 1]); 'log' spaces the ratio balance/travel = r geometrically over
 *    [from, to] (default [0.01, 100]) and sets w = r / (1 + r). Every balance rule is made soft
 *    (unless `keepHard`): a hard band ignores the balance weight, so the sweep would be flat.
 *  - 'tolerance': the tolerance of the balance rule on `metric` (added as a hard rule if missing).
 *  - 'continuity': the continuity (disruption) weight.
 *  - 'move-cap': the cap on moved accounts (rounded down when it counts accounts), by `metric`.
 * Pure: the base settings are never mutated; each point gets its own deep copy.
 */
import type { PlanSettings } from '../core/settings';

export type SweepScale = 'linear' | 'log';

interface Range {
	steps: number;
	from?: number;
	to?: number;
	scale?: SweepScale;
}

export type SweepAxis =
	| ({ axis: 'weight-balance-vs-travel'; keepHard?: boolean } & Range)
	| ({ axis: 'tolerance'; metric: string; from: number; to: number } & Range)
	| ({ axis: 'continuity'; from: number; to: number } & Range)
	| ({ axis: 'move-cap'; from: number; to: number; metric?: string | null } & Range);

export interface SweepDefinition {
	axes: [SweepAxis] | [SweepAxis, SweepAxis];
}

export interface SweepPoint {
	/** Position in the list (row-major over the grid). */
	index: number;
	/** Step index along each axis. */
	cell: number[];
	/** Axis value at this point, per axis (w for the weight axis, even on the log scale). */
	coords: number[];
	label: string;
	settings: PlanSettings;
}

export const MAX_SWEEP_POINTS = 441;

/** Values of one axis as given (the ratio for a log weight axis), or an error message. */
export function axisValues(a: SweepAxis): number[] | string {
	const steps = a.steps;
	if (!Number.isInteger(steps) || steps < 1 || steps > MAX_SWEEP_POINTS)
		return `${a.axis}: steps must be a whole number from 1 to ${MAX_SWEEP_POINTS}`;
	const scale = a.scale ?? 'linear';
	const isWeight = a.axis === 'weight-balance-vs-travel';
	const from = a.from ?? (isWeight ? (scale === 'log' ? 0.01 : 0) : NaN);
	const to = a.to ?? (isWeight ? (scale === 'log' ? 100 : 1) : NaN);
	if (!Number.isFinite(from) || !Number.isFinite(to)) return `${a.axis}: from and to are needed`;
	if (from < 0 || to < 0) return `${a.axis}: values must be ≥ 0`;
	if (isWeight && scale === 'linear' && (from > 1 || to > 1))
		return `${a.axis}: a linear weight runs from 0 to 1`;
	if (scale === 'log' && (from <= 0 || to <= 0)) return `${a.axis}: a log scale needs values > 0`;
	if (steps === 1) return [from];
	return Array.from({ length: steps }, (_, k) => {
		const t = k / (steps - 1);
		return scale === 'log' ? from * Math.pow(to / from, t) : from + (to - from) * t;
	});
}

function pct(v: number): string {
	return `${+(v * 100).toFixed(2)}%`;
}

function short(v: number): string {
	return String(+v.toPrecision(3));
}

/** Applies one axis value to a settings copy; returns the value recorded in coords and a label. */
function apply(a: SweepAxis, v: number, s: PlanSettings): { coord: number; label: string } {
	switch (a.axis) {
		case 'weight-balance-vs-travel': {
			const w = (a.scale ?? 'linear') === 'log' ? v / (1 + v) : v;
			s.weights.balance = w;
			s.weights.travel = 1 - w;
			if (!a.keepHard) s.balance = s.balance.map((r) => ({ ...r, hard: false }));
			return { coord: w, label: `balance ${short(w)} / travel ${short(1 - w)}` };
		}
		case 'tolerance': {
			const k = s.balance.findIndex((r) => r.metric === a.metric);
			if (k >= 0) s.balance[k] = { ...s.balance[k], tolerance: v };
			else s.balance.push({ metric: a.metric, tolerance: v, hard: true });
			return { coord: v, label: `${a.metric} ±${pct(v)}` };
		}
		case 'continuity':
			s.weights.continuity = v;
			return { coord: v, label: `continuity ${short(v)}` };
		case 'move-cap': {
			const metric = a.metric ?? null;
			const max = metric === null ? Math.floor(v) : v;
			s.moveCap = { max, metric };
			return { coord: max, label: `move cap ${short(max)}${metric ? ` ${metric}` : ''}` };
		}
	}
}

export type GridResult = { ok: true; points: SweepPoint[] } | { ok: false; message: string };

/** Expands a sweep over `base` into its points (never mutating `base`). */
export function buildGrid(base: PlanSettings, def: SweepDefinition): GridResult {
	if (def.axes.length < 1 || def.axes.length > 2)
		return { ok: false, message: 'a sweep has one or two axes' };
	const values: number[][] = [];
	for (const a of def.axes) {
		const v = axisValues(a);
		if (typeof v === 'string') return { ok: false, message: v };
		values.push(v);
	}
	if (def.axes.length === 2 && def.axes[0].axis === def.axes[1].axis) {
		const [x, y] = def.axes;
		const sameMetric = x.axis !== 'tolerance' || y.axis !== 'tolerance' || x.metric === y.metric;
		if (sameMetric) return { ok: false, message: `both axes vary ${x.axis}` };
	}
	const total = values.reduce((n, v) => n * v.length, 1);
	if (total > MAX_SWEEP_POINTS)
		return { ok: false, message: `${total} points is too many (at most ${MAX_SWEEP_POINTS})` };
	const points: SweepPoint[] = [];
	for (let index = 0; index < total; index++) {
		const cell =
			values.length === 2
				? [Math.floor(index / values[1].length), index % values[1].length]
				: [index];
		const settings = structuredClone(base);
		const coords: number[] = [];
		const labels: string[] = [];
		def.axes.forEach((a, k) => {
			const r = apply(a, values[k][cell[k]], settings);
			coords.push(r.coord);
			labels.push(r.label);
		});
		points.push({ index, cell, coords, label: labels.join(', '), settings });
	}
	return { ok: true, points };
}

/** Index of the point at `cell` in a grid with `shape` steps per axis; -1 outside. */
export function cellIndex(cell: number[], shape: number[]): number {
	let index = 0;
	for (let k = 0; k < shape.length; k++) {
		if (cell[k] < 0 || cell[k] >= shape[k]) return -1;
		index = index * shape[k] + cell[k];
	}
	return index;
}

/** Grid shape (steps per axis) from the points' cells. */
export function gridShape(points: { cell: number[] }[]): number[] {
	const dims = points[0]?.cell.length ?? 1;
	return Array.from({ length: dims }, (_, k) => 1 + Math.max(0, ...points.map((p) => p.cell[k])));
}
