/**
 * What plan metrics need from a book, prepared once: metric columns (NaN -> 0), ramps, owners,
 * capacities, a distance function and a skill-mismatch test. Plain typed arrays.
 */
import type { Book } from '../core/book';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { skillIndex } from '../engine/compile-rules';
import { distanceFn } from '../core/distance';

export interface MetricsContext {
	n: number;
	p: number;
	repIds: string[];
	/** 'accounts' first (1 per account), then every numeric account column. */
	metricNames: string[];
	columns: Float64Array[];
	ramp: Float64Array;
	owner: Int32Array;
	/** Travel distance of account i from rep j's base. */
	distance: (i: number, j: number) => number;
	/** Weight of moving account i away from its owner (1 or the continuity metric). */
	continuityWeight: Float64Array;
	capacityAccounts: Float64Array;
	capacityWorkload: Float64Array;
	minAccounts: Float64Array;
	/** Index of 'workload' in metricNames, -1 when absent. */
	workloadIndex: number;
	/** Number of hard skill rules (industry, language, segment) account i breaks with rep j. */
	mismatch: (i: number, j: number) => number;
}

function clean(col: Float64Array): Float64Array {
	return col.map((v) => (Number.isFinite(v) ? v : 0));
}

export function createMetricsContext(
	book: Book,
	settings: PlanSettings = DEFAULT_SETTINGS
): MetricsContext {
	const { accounts: A, reps: R } = book;
	const names = ['accounts', ...Object.keys(A.metrics).filter((k) => k !== 'accounts')];
	const columns = names.map((k) =>
		k === 'accounts' ? new Float64Array(A.n).fill(1) : clean(A.metrics[k])
	);
	const mode = settings.travel.mode === 'euclidean' ? 'euclidean' : 'haversine';
	const dist = distanceFn(mode);
	const cm = settings.continuityMetric;
	const continuityWeight =
		cm && A.metrics[cm] ? clean(A.metrics[cm]) : new Float64Array(A.n).fill(1);
	const ok = skillIndex(book);
	return {
		n: A.n,
		p: R.p,
		repIds: R.id,
		metricNames: names,
		columns,
		ramp: R.ramp.map((r) => (Number.isFinite(r) && r > 0 ? r : 1)),
		owner: A.owner,
		distance: (i, j) => {
			const d = dist(A.lat[i], A.lon[i], R.lat[j], R.lon[j]);
			return Number.isFinite(d) ? d : 0;
		},
		continuityWeight,
		capacityAccounts: R.capacityAccounts,
		capacityWorkload: R.capacityWorkload,
		minAccounts: R.minAccounts,
		workloadIndex: names.indexOf('workload'),
		mismatch: (i, j) =>
			(settings.skills.industry && !ok('industry', i, j) ? 1 : 0) +
			(settings.skills.language && !ok('language', i, j) ? 1 : 0) +
			(settings.skills.segment && !ok('segment', i, j) ? 1 : 0)
	};
}
