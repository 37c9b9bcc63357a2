import { describe, expect, it } from 'vitest';
import {
	formatCompact,
	formatDelta,
	formatNumber,
	formatPercent,
	formatRatio
} from './number-format';

describe('number formatting', () => {
	it('groups thousands and limits decimals', () => {
		expect(formatNumber(1234567.891)).toBe('1,234,568');
		expect(formatNumber(0.12345, 3)).toBe('0.123');
		expect(formatNumber(-0)).toBe('0');
		expect(formatNumber(13, 1, true)).toBe('13.0');
		expect(formatNumber(13, 1)).toBe('13');
	});
	it('never prints NaN or Infinity', () => {
		expect(formatNumber(NaN)).toBe('—');
		expect(formatRatio(Infinity)).toBe('∞');
		expect(formatPercent(NaN)).toBe('—');
		expect(formatCompact(-Infinity)).toBe('−∞');
	});
	it('shortens large amounts', () => {
		expect(formatCompact(87)).toBe('87');
		expect(formatCompact(1_871_300)).toBe('1.9M');
		expect(formatCompact(1_234_000)).toBe('1.2M');
		expect(formatCompact(345_600)).toBe('345.6K');
		expect(formatCompact(87)).toBe('87');
	});
	it('formats shares and ratios', () => {
		expect(formatPercent(0.153, 1)).toBe('15.3%');
		expect(formatPercent(1.41)).toBe('141%');
		expect(formatRatio(2.314)).toBe('2.31×');
	});
	it('signs deltas with a true minus', () => {
		expect(formatDelta(-0.25, (v) => formatPercent(v))).toBe('−25%');
		expect(formatDelta(3, (v) => formatNumber(v))).toBe('+3');
		expect(formatDelta(0, (v) => formatNumber(v))).toBe('±0');
		expect(formatDelta(NaN, (v) => formatNumber(v))).toBe('—');
	});
});
