import { describe, expect, it } from 'vitest';
import { formatElapsed, formatGap, formatObjective, gap, timeFraction } from './format';

describe('gap', () => {
	it('is (best - bound) / |best|', () => {
		expect(gap(110, 99)).toBeCloseTo(0.1, 12);
		expect(gap(-50, -55)).toBeCloseTo(0.1, 12);
	});
	it('is null without both numbers', () => {
		expect(gap(null, 1)).toBeNull();
		expect(gap(1, null)).toBeNull();
		expect(gap(Infinity, 1)).toBeNull();
	});
	it('never goes negative when the bound passes the best by rounding', () => {
		expect(gap(100, 100.0000001)).toBe(0);
	});
	it('does not divide by zero', () => {
		expect(gap(0, 0)).toBe(0);
	});
});

describe('formatGap', () => {
	it.each([
		[null, '—'],
		[0, '0%'],
		[0.00001, '0%'],
		[0.0234, '2.34%'],
		[0.1234, '12.3%'],
		[1, '100%']
	])('%s -> %s', (g, s) => expect(formatGap(g)).toBe(s));
});

describe('formatElapsed', () => {
	it.each([
		[0, '0.0 s'],
		[4.24, '4.2 s'],
		[59.9, '59.9 s'],
		[60, '1 min 00 s'],
		[125.7, '2 min 05 s'],
		[NaN, '—'],
		[-1, '—']
	])('%s -> %s', (s, out) => expect(formatElapsed(s)).toBe(out));
});

describe('formatObjective', () => {
	it('rounds large values and keeps two decimals for small ones', () => {
		expect(formatObjective(12345.678)).toBe('12,346');
		expect(formatObjective(3.14159)).toBe('3.14');
		expect(formatObjective(null)).toBe('—');
		expect(formatObjective(NaN)).toBe('—');
	});
});

describe('timeFraction', () => {
	it('clamps into [0, 1]', () => {
		expect(timeFraction(5, 20)).toBe(0.25);
		expect(timeFraction(30, 20)).toBe(1);
		expect(timeFraction(5, undefined)).toBeNull();
		expect(timeFraction(5, 0)).toBeNull();
	});
});
