/**
 * What the fairness scorecard shows per balanced metric, and whether a before → after change is
 * an improvement. Every statistic here is "lower is fairer".
 */
import type { Fairness } from '$lib/metrics/fairness';
import { formatNumber, formatPercent, formatRatio } from './number-format';

export type StatKey = 'cv' | 'gini' | 'maxMin' | 'std' | 'maxDev';

export interface StatColumn {
	key: StatKey;
	label: string;
	hint: string;
	value: (f: Fairness) => number;
	format: (v: number) => string;
}

export const STATS: readonly StatColumn[] = [
	{
		key: 'cv',
		label: 'CV',
		hint: 'Coefficient of variation: standard deviation ÷ mean',
		value: (f) => f.cv,
		format: (v) => formatNumber(v, 3)
	},
	{
		key: 'gini',
		label: 'Gini',
		hint: 'Gini coefficient: 0 = perfectly even, 1 = one rep holds everything',
		value: (f) => f.gini,
		format: (v) => formatNumber(v, 3)
	},
	{
		key: 'maxMin',
		label: 'Max / min',
		hint: 'Largest rep load ÷ smallest rep load',
		value: (f) => f.maxMinRatio,
		format: (v) => formatRatio(v, 2)
	},
	{
		key: 'std',
		label: 'Std dev',
		hint: 'Standard deviation of the ramp-adjusted rep loads',
		value: (f) => f.std,
		format: (v) => formatNumber(v, v !== 0 && Math.abs(v) < 10 ? 2 : 0)
	},
	{
		key: 'maxDev',
		label: 'Max deviation',
		hint: 'Largest distance of a rep from its target, as a share of the target',
		value: (f) => f.maxDeviation,
		format: (v) => formatPercent(v, 1)
	}
];

export type Trend = 'better' | 'worse' | 'same';

/** Lower is better; changes within a relative 0.05% count as unchanged (rounding noise). */
export function trend(before: number, after: number): Trend {
	if (Number.isNaN(before) || Number.isNaN(after)) return 'same';
	if (before === after) return 'same';
	if (!Number.isFinite(before) || !Number.isFinite(after))
		return after < before ? 'better' : 'worse';
	const scale = Math.max(Math.abs(before), Math.abs(after), 1e-12);
	if (Math.abs(after - before) / scale < 5e-4) return 'same';
	return after < before ? 'better' : 'worse';
}

/** Metric names as column heads: 'potential' → 'Potential', 'accounts' → 'Account count'. */
export function metricLabel(metric: string): string {
	if (metric === 'accounts') return 'Account count';
	if (metric === 'arr') return 'ARR';
	const words = metric.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
