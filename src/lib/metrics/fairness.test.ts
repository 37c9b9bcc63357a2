import { describe, expect, it } from 'vitest';
import { fairness, gini, maxMinRatio } from './fairness';

describe('fairness', () => {
	it('is perfectly even for equal loads', () => {
		const f = fairness([5, 5, 5, 5], [5, 5, 5, 5]);
		expect(f.cv).toBe(0);
		expect(f.gini).toBeCloseTo(0, 12);
		expect(f.maxMinRatio).toBe(1);
		expect(f.maxDeviation).toBe(0);
	});

	it('computes textbook values', () => {
		// values 1,2,3,4: mean 2.5, population std sqrt(1.25), Gini = 0.25
		const f = fairness([4, 1, 3, 2], [2.5, 2.5, 2.5, 2.5]);
		expect(f.mean).toBe(2.5);
		expect(f.std).toBeCloseTo(Math.sqrt(1.25), 12);
		expect(f.cv).toBeCloseTo(Math.sqrt(1.25) / 2.5, 12);
		expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
		expect(f.maxMinRatio).toBe(4);
		expect(f.maxDeviation).toBeCloseTo(0.6, 12);
	});

	it('reports an infinite ratio when one rep has nothing', () => {
		expect(maxMinRatio([0, 3])).toBe(Infinity);
		expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
	});
});
