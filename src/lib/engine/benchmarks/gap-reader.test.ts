import { describe, expect, it } from 'vitest';
import { gapToModel, parseGap } from './gap-reader';

describe('parseGap', () => {
	it('reads agents as rows and maps jobs to accounts', () => {
		// 2 agents, 3 jobs: costs, weights, capacities.
		const g = parseGap('2 3\n1 2 3\n4 5 6\n7 8 9\n10 11 12\n20 30\n');
		const m = gapToModel(g);
		expect(m.n).toBe(3);
		expect(m.p).toBe(2);
		expect(Array.from(m.cost)).toEqual([1, 4, 2, 5, 3, 6]);
		expect(Array.from(m.resources[0].weight)).toEqual([7, 10, 8, 11, 9, 12]);
		expect(Array.from(m.resources[0].hi)).toEqual([20, 30]);
		expect(Array.from(gapToModel(g, 'max').cost)).toEqual([-1, -4, -2, -5, -3, -6]);
	});

	it('names the problem in a bad file', () => {
		expect(() => parseGap('2 3\n1 2 x', 'gap9')).toThrow('gap9: token 5 "x" is not a number');
		expect(() => parseGap('2 3\n1 2 3', 'gap9')).toThrow('expected 16 numbers');
	});
});
