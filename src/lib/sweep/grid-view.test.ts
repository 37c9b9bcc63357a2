import { describe, expect, it } from 'vitest';
import type { SweepPointSummary } from './analysis';
import { axisValueText, gridView, heatColour } from './grid-view';

function point(i: number, j: number, cv: number | null): SweepPointSummary {
	return {
		index: i * 2 + j,
		cell: [i, j],
		coords: [i / 2, [0.05, 0.2][j]],
		label: `p${i}${j}`,
		status: cv === null ? 'infeasible' : 'optimal',
		gap: 0,
		message: null,
		plan:
			cv === null
				? null
				: {
						imbalance: cv,
						imbalanceMetric: 'potential',
						travelKm: 100 * (i + 1),
						travelKmPerAccount: 1,
						moved: 0,
						movedPotential: 0
					},
		pareto: false
	};
}

describe('gridView', () => {
	it('puts the first axis in columns and the second in rows, coloured by CV', () => {
		const pts = [
			point(0, 0, 0.1),
			point(0, 1, 0.3),
			point(1, 0, 0.2),
			point(1, 1, null),
			point(2, 0, 0.1),
			point(2, 1, 0.2)
		];
		const v = gridView(pts, ['weight-balance-vs-travel', 'tolerance']);
		expect(v.columns).toEqual(['0', '0.5', '1']);
		expect(v.rows).toEqual(['±5%', '±20%']);
		expect(v.cells.map((r) => r.map((c) => c.index))).toEqual([
			[0, 2, 4],
			[1, 3, 5]
		]);
		expect([v.min, v.max]).toEqual([0.1, 0.3]);
		expect(v.cells[0][0].fill).toBe(heatColour(0));
		expect(v.cells[1][0].fill).toBe(heatColour(1));
		expect(v.cells[1][0].ink).toBe('#fff');
		expect(v.cells[1][1].point?.plan).toBeNull();
		expect(v.cells[1][1].fill).toBe('#eceff1');
	});

	it('keeps the index of cells not finished yet and handles no plans at all', () => {
		const v = gridView([point(1, 1, null)], ['continuity', 'move-cap'], [3, 2]);
		expect(v.cells.map((r) => r.map((c) => c.index))).toEqual([
			[0, 2, 4],
			[1, 3, 5]
		]);
		expect(v.columns).toEqual(['–', '0.5', '–']);
		expect(v.cells[0][0].point).toBeNull();
		expect(v.min).toBeNull();
	});

	it('colours from light to dark red and formats tolerances as percent', () => {
		expect(heatColour(0)).toBe('rgb(255, 255, 204)');
		expect(heatColour(1)).toBe('rgb(189, 0, 38)');
		expect(heatColour(Number.NaN)).toBe('rgb(255, 255, 204)');
		expect(axisValueText('tolerance', 0.125)).toBe('±12.5%');
		expect(axisValueText('continuity', 2.5)).toBe('2.5');
	});
});
