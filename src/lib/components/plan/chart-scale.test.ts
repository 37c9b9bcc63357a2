import { describe, expect, it } from 'vitest';
import { barDomain, linearScale, niceStep, niceTicks } from './chart-scale';

describe('niceStep', () => {
	it('picks 1, 2, 2.5, 5 or 10 times a power of ten', () => {
		expect(niceStep(10, 5)).toBe(2);
		expect(niceStep(100, 4)).toBe(25);
		expect(niceStep(1, 10)).toBeCloseTo(0.1);
		expect(niceStep(7_300_000, 5)).toBe(2_000_000);
		expect(niceStep(0.03, 3)).toBeCloseTo(0.01);
	});
	it('falls back to 1 on empty or broken spans', () => {
		expect(niceStep(0, 5)).toBe(1);
		expect(niceStep(NaN, 5)).toBe(1);
		expect(niceStep(10, 0)).toBe(1);
	});
});

describe('niceTicks', () => {
	it('covers the range with round ticks', () => {
		expect(niceTicks(0, 97, 5)).toEqual([0, 20, 40, 60, 80, 100]);
		expect(niceTicks(3, 9, 3)).toEqual([2, 4, 6, 8, 10]);
		expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});
	it('keeps decimals clean (no 0.30000000000000004)', () => {
		const t = niceTicks(0.1, 0.7, 6);
		for (const v of t) expect(String(v).length).toBeLessThan(6);
		expect(t[0]).toBeLessThanOrEqual(0.1);
		expect(t[t.length - 1]).toBeGreaterThanOrEqual(0.7);
	});
	it('handles negative ranges, swapped ends and a single value', () => {
		expect(niceTicks(-45, 12, 4)).toEqual([-60, -40, -20, 0, 20]);
		expect(niceTicks(10, 0, 5)).toEqual([0, 2, 4, 6, 8, 10]);
		const single = niceTicks(50, 50);
		expect(single[0]).toBeLessThan(50);
		expect(single[single.length - 1]).toBeGreaterThan(50);
		expect(niceTicks(0, 0)).toEqual([0, 1]);
		expect(niceTicks(NaN, 3)).toEqual([0, 1]);
	});
	it('stays near the requested count over many magnitudes', () => {
		for (let e = -3; e <= 9; e++)
			for (const f of [1, 1.7, 3.3, 7.9]) {
				const t = niceTicks(0, f * 10 ** e, 5);
				expect(t.length).toBeGreaterThanOrEqual(3);
				expect(t.length).toBeLessThanOrEqual(11);
				for (let k = 1; k < t.length; k++) expect(t[k]).toBeGreaterThan(t[k - 1]);
			}
	});
});

describe('linearScale', () => {
	it('maps the domain onto the range, including inverted ranges', () => {
		const x = linearScale([0, 200], [10, 110]);
		expect(x(0)).toBe(10);
		expect(x(100)).toBe(60);
		expect(x(200)).toBe(110);
		const y = linearScale([0, 1], [300, 0]);
		expect(y(0.25)).toBe(225);
	});
	it('maps a degenerate domain to the start of the range', () => {
		expect(linearScale([5, 5], [0, 100])(5)).toBe(0);
	});
});

describe('barDomain', () => {
	it('starts at zero and ends on a tick above the largest value', () => {
		const d = barDomain([120, 870, 430]);
		expect(d.ticks[0]).toBe(0);
		expect(d.max).toBe(1000);
		expect(barDomain([]).max).toBe(1);
		expect(barDomain([NaN, 3]).max).toBeGreaterThanOrEqual(3);
	});
});
