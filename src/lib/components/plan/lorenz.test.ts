import { describe, expect, it } from 'vitest';
import { gini } from '$lib/metrics/fairness';
import { lorenzCurve } from '$lib/planner/assessment';
import { curvePath, lorenzGini } from './lorenz';

describe('lorenzGini', () => {
	it('agrees with the scorecard Gini on the same values', () => {
		for (const values of [
			[1, 1, 1, 1],
			[0, 0, 0, 10],
			[3, 9, 1, 4, 7, 2],
			Array.from({ length: 40 }, (_, k) => (k * 37) % 11)
		])
			expect(lorenzGini(lorenzCurve(values))).toBeCloseTo(gini(values), 10);
	});
	it('is 0 for the equality line and for too few points', () => {
		expect(
			lorenzGini([
				{ x: 0, y: 0 },
				{ x: 1, y: 1 }
			])
		).toBe(0);
		expect(lorenzGini([{ x: 0, y: 0 }])).toBe(0);
	});
});

describe('curvePath', () => {
	it('draws in pixels and clamps out-of-range points', () => {
		const d = curvePath(
			[
				{ x: 0, y: 0 },
				{ x: 0.5, y: 0.25 },
				{ x: 1, y: 1.2 }
			],
			(v) => v * 100,
			(v) => 100 - v * 100
		);
		expect(d).toBe('M0.0 100.0 L50.0 75.0 L100.0 0.0');
	});
});
