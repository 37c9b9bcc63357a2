import { describe, expect, it } from 'vitest';
import { solveSeconds } from './job-budget';

describe('solveSeconds', () => {
	it('leaves the solve the limit minus the time already spent on the job', () => {
		expect(solveSeconds(5, 0.4)).toBeCloseTo(4.6, 12);
		expect(solveSeconds(30, 1.3)).toBeCloseTo(28.7, 12);
	});

	it('never gives the solve less than half the limit', () => {
		expect(solveSeconds(2, 1.5)).toBe(1);
		expect(solveSeconds(1, 10)).toBe(0.5);
	});

	it('treats a clock that went backwards as no time spent', () => {
		expect(solveSeconds(5, -0.2)).toBe(5);
	});
});
