import { describe, expect, it } from 'vitest';
import { mergeBounds, pointBounds } from './bounds';
import { categoryColor, categoryColors, UNASSIGNED } from './palette';

describe('palette', () => {
	it('gives 40 clearly distinct colours', () => {
		const colors = Array.from({ length: 40 }, (_, k) => categoryColor(k));
		let closest = Infinity;
		for (let a = 0; a < colors.length; a++)
			for (let b = a + 1; b < colors.length; b++) {
				const d = Math.hypot(...colors[a].map((v, c) => v - colors[b][c]));
				closest = Math.min(closest, d);
			}
		expect(new Set(colors.map((c) => c.join())).size).toBe(40);
		expect(closest).toBeGreaterThan(30);
	});

	it('colours beyond the hand-picked list and unassigned owners', () => {
		expect(categoryColor(500).every((v) => v >= 0 && v <= 255)).toBe(true);
		expect(categoryColor(-1)).toEqual(UNASSIGNED);
		expect([...categoryColors(Int32Array.of(0, -1))]).toEqual([...categoryColor(0), ...UNASSIGNED]);
	});

	it('fades every category but the focused one towards the basemap', () => {
		const colors = categoryColors(Int32Array.of(0, 1, 0, -1), 1);
		expect([...colors.subarray(3, 6)]).toEqual(categoryColor(1));
		expect([...colors.subarray(0, 3)]).toEqual([...colors.subarray(6, 9)]);
		const faded = [...colors.subarray(0, 3)];
		expect(faded).not.toEqual(categoryColor(0));
		// Lighter than the original: pulled towards the pale land colour.
		expect(faded.reduce((s, v) => s + v, 0)).toBeGreaterThan(
			categoryColor(0).reduce((s, v) => s + v, 0)
		);
	});
});

describe('bounds', () => {
	it('ignores NaN and out-of-range coordinates', () => {
		const b = pointBounds(Float64Array.of(-74, NaN, -118, 999), Float64Array.of(40.7, 1, 34, 0));
		expect(b).toEqual([
			[-118.05, 33.95],
			[-73.95, 40.75]
		]);
		expect(pointBounds(Float64Array.of(NaN), Float64Array.of(NaN))).toBeNull();
	});

	it('merges boxes', () => {
		const a = pointBounds([0], [0]);
		const b = pointBounds([10], [5]);
		expect(mergeBounds(a, b)).toEqual([
			[-0.05, -0.05],
			[10.05, 5.05]
		]);
		expect(mergeBounds(null, b)).toBe(b);
	});
});
