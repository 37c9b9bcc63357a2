/**
 * Layout of a two-axis sweep as a heat map: columns are the first axis's steps, rows the
 * second's, each cell the point at that pair, coloured by its imbalance (CV) on a scale from the
 * lowest to the highest of the points with a plan. Pure, so the colours are tested in Node.
 */
import type { SweepPointSummary } from './analysis';
import type { SweepAxisKind } from './axis-input';
import { gridShape } from './grid';

export interface GridCell {
	index: number;
	point: SweepPointSummary | null;
	/** Fill and text colours; grey for a point without a plan or not finished yet. */
	fill: string;
	ink: string;
}

export interface GridView {
	columns: string[];
	rows: string[];
	/** cells[row][column]: row = second axis step, column = first axis step. */
	cells: GridCell[][];
	min: number | null;
	max: number | null;
}

/** Low imbalance light, high imbalance dark red (a sequential scale, readable in grey). */
const STOPS: [number, number, number][] = [
	[255, 255, 204],
	[253, 141, 60],
	[189, 0, 38]
];

export function heatColour(t: number): string {
	const u = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (STOPS.length - 1);
	const k = Math.min(STOPS.length - 2, Math.floor(u));
	const f = u - k;
	const rgb = STOPS[k].map((c, i) => Math.round(c + (STOPS[k + 1][i] - c) * f));
	return `rgb(${rgb.join(', ')})`;
}

function short(v: number): string {
	return String(+v.toPrecision(3));
}

/** An axis value as a header: the balance weight, a tolerance in percent, a weight or a cap. */
export function axisValueText(kind: SweepAxisKind | undefined, v: number): string {
	if (!Number.isFinite(v)) return '–';
	return kind === 'tolerance' ? `±${+(v * 100).toFixed(2)}%` : short(v);
}

/** `shape` is the whole grid's (steps per axis), so cells not finished yet still have a place. */
export function gridView(
	points: SweepPointSummary[],
	kinds: SweepAxisKind[],
	shape: number[] = gridShape(points)
): GridView {
	const [nx, ny] = [...shape, 1];
	const byCell = new Map(points.map((p) => [`${p.cell[0]}:${p.cell[1] ?? 0}`, p]));
	const cvs = points.flatMap((p) => (p.plan ? [p.plan.imbalance] : []));
	const min = cvs.length ? Math.min(...cvs) : null;
	const max = cvs.length ? Math.max(...cvs) : null;
	const columns: string[] = Array(nx).fill('–');
	const rows: string[] = Array(ny).fill('–');
	for (const p of points) {
		columns[p.cell[0]] = axisValueText(kinds[0], p.coords[0]);
		if (p.cell.length > 1) rows[p.cell[1]] = axisValueText(kinds[1], p.coords[1]);
	}
	const cells = Array.from({ length: ny }, (_, j) =>
		Array.from({ length: nx }, (_, i): GridCell => {
			const point = byCell.get(`${i}:${j}`) ?? null;
			const index = point?.index ?? i * ny + j;
			if (!point?.plan || min === null || max === null)
				return { index, point, fill: '#eceff1', ink: '#455a64' };
			const t = max > min ? (point.plan.imbalance - min) / (max - min) : 0;
			return { index, point, fill: heatColour(t), ink: t > 0.6 ? '#fff' : '#222' };
		})
	);
	return { columns, rows, cells, min, max };
}
