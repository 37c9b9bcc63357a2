import { describe, expect, it } from 'vitest';
import type { SweepPointSummary } from './analysis';
import { layoutChart, linearScale, niceTicks, stabilityStrip } from './chart-layout';

function point(
	index: number,
	plan: [number, number, number] | null,
	pareto = false
): SweepPointSummary {
	return {
		index,
		cell: [index],
		coords: [index / 10],
		label: `p${index}`,
		status: plan ? 'feasible' : 'infeasible',
		gap: plan ? 0.01 : null,
		message: null,
		plan: plan && {
			imbalance: plan[0],
			imbalanceMetric: 'potential',
			travelKm: plan[1],
			travelKmPerAccount: plan[1] / 10,
			moved: plan[2],
			movedPotential: 0
		},
		pareto
	};
}

const box = { width: 200, height: 100, left: 0, right: 0, top: 0, bottom: 0 };

describe('scales', () => {
	it('ticks are round and cover the range', () => {
		expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(niceTicks(13, 87)).toEqual([20, 40, 60, 80]);
		expect(niceTicks(5, 5)).toEqual([5]);
		expect(niceTicks(NaN, 1)).toEqual([]);
	});

	it('maps values onto pixels, inverted when asked', () => {
		const s = linearScale([0, 100], 100, 0);
		expect(s.at(50)).toBeCloseTo(50);
		expect(s.at(100)).toBeLessThan(s.at(0));
		const one = linearScale([4], 0, 10);
		expect(one.at(4)).toBeCloseTo(5);
	});
});

describe('layoutChart', () => {
	it('places dots, sizes them by moves, joins the front in x order, lists points without plans', () => {
		const pts = [
			point(0, [0.1, 300, 0], true),
			point(1, [0.3, 100, 40], true),
			point(2, [0.4, 400, 10]),
			point(3, null)
		];
		const l = layoutChart(pts, 'imbalance', 'travelKm', box);
		expect(l.dots.map((d) => d.index)).toEqual([0, 1, 2]);
		const [a, b, c] = l.dots;
		expect(a.x).toBeLessThan(b.x);
		expect(b.y).toBeGreaterThan(a.y); // less travel sits lower on screen
		expect(a.r).toBe(3);
		expect(b.r).toBe(9);
		expect(c.r).toBeGreaterThan(3);
		expect(l.front.split(' ')).toHaveLength(2);
		expect(l.front.startsWith(`${a.x.toFixed(1)},`)).toBe(true);
		expect(l.missing.map((p) => p.index)).toEqual([3]);
	});
});

describe('stabilityStrip', () => {
	it('averages owner changes per step along each axis', () => {
		// 2 × 2 grid: indices 0 1 / 2 3.
		const strip = stabilityStrip(
			[
				{ axis: 1, from: 0, to: 1, changed: 4 },
				{ axis: 1, from: 2, to: 3, changed: 8 },
				{ axis: 0, from: 0, to: 2, changed: 1 },
				{ axis: 0, from: 1, to: 3, changed: null }
			],
			[2, 2]
		);
		expect(strip).toEqual([[{ step: 0, changed: 1 }], [{ step: 0, changed: 6 }]]);
		const line = stabilityStrip(
			[
				{ axis: 0, from: 0, to: 1, changed: 2 },
				{ axis: 0, from: 1, to: 2, changed: null }
			],
			[3]
		);
		expect(line).toEqual([
			[
				{ step: 0, changed: 2 },
				{ step: 1, changed: null }
			]
		]);
	});
});
