import { describe, expect, it } from 'vitest';
import { fairness } from '$lib/metrics/fairness';
import { metricLabel, STATS, trend } from './scorecard-stats';

describe('scorecard statistics', () => {
	it('read the matching Fairness fields', () => {
		const f = fairness([10, 20, 30], [20, 20, 20]);
		const byKey = Object.fromEntries(STATS.map((s) => [s.key, s.value(f)]));
		expect(byKey.cv).toBeCloseTo(f.cv);
		expect(byKey.gini).toBeCloseTo(f.gini);
		expect(byKey.maxMin).toBe(3);
		expect(byKey.std).toBeCloseTo(f.std);
		expect(byKey.maxDev).toBeCloseTo(0.5);
		expect(STATS.find((s) => s.key === 'maxDev')?.format(0.5)).toBe('50%');
		expect(STATS.find((s) => s.key === 'maxMin')?.format(Infinity)).toBe('∞');
	});
});

describe('trend', () => {
	it('calls a lower value better and a higher one worse', () => {
		expect(trend(0.4, 0.1)).toBe('better');
		expect(trend(0.1, 0.4)).toBe('worse');
		expect(trend(Infinity, 3)).toBe('better');
		expect(trend(3, Infinity)).toBe('worse');
	});
	it('ignores rounding noise and missing values', () => {
		expect(trend(0.2, 0.2)).toBe('same');
		expect(trend(0.2, 0.20000001)).toBe('same');
		expect(trend(Infinity, Infinity)).toBe('same');
		expect(trend(NaN, 1)).toBe('same');
	});
});

describe('metricLabel', () => {
	it('turns metric keys into column heads', () => {
		expect(metricLabel('potential')).toBe('Potential');
		expect(metricLabel('accounts')).toBe('Account count');
		expect(metricLabel('arr')).toBe('ARR');
		expect(metricLabel('open_pipeline')).toBe('Open pipeline');
	});
});
