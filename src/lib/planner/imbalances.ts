/**
 * The plan's worst imbalances as sentences an analyst can act on, most severe first:
 * balance bands ("Rep A holds 2.3× the average potential"), capacity ("Rep B is 41% over
 * workload capacity") and travel outliers ("Rep C's accounts average 212 km from base, 3.1× the
 * team median"). Severity is how far past the allowed band or limit a rep is, so a breach of a
 * tight band outranks a large but tolerated difference; travel counts a quarter as much (it is
 * a cost, not a rule).
 */
import { fmt, pct } from '../engine/format';
import type { BarDatum, RepRow } from './assessment';

export interface Imbalance {
	rep: string;
	kind: 'balance' | 'capacity' | 'minimum' | 'travel';
	metric: string;
	text: string;
	severity: number;
}

/** Travel is flagged when a rep's mean km per account is at least this multiple of the median. */
const TRAVEL_RATIO = 1.5;

function label(metric: string): string {
	return metric === 'accounts' ? 'account count' : metric;
}

export function findImbalances(
	reps: RepRow[],
	bars: Record<string, BarDatum[]>,
	tolerance: (metric: string) => number
): Imbalance[] {
	const out: Imbalance[] = [];
	for (const [metric, rows] of Object.entries(bars)) {
		const t = tolerance(metric);
		rows.forEach((b, j) => {
			if (b.status === 'within' || !(b.target > 0)) return;
			const ratio = b.value / b.target;
			const who = reps[j]?.name ?? b.rep;
			const of =
				Math.abs(b.target - averageTarget(rows)) > 1e-9 * b.target
					? 'its ramp-adjusted share of'
					: 'the average';
			out.push({
				rep: b.rep,
				kind: 'balance',
				metric,
				text:
					ratio >= 1.95 || ratio <= 0.5
						? `${who} holds ${fmt(ratio, 1)}× ${of} ${label(metric)}`
						: `${who} is ${pct(Math.abs(ratio - 1), 0)} ${ratio > 1 ? 'above' : 'below'} ${of} ${label(metric)} (band ±${pct(t, 0)})`,
				severity: Math.abs(ratio - 1) - t
			});
		});
	}
	for (const r of reps) {
		for (const [used, what] of [
			[r.capacityAccountsUsed, 'account'],
			[r.capacityWorkloadUsed, 'workload']
		] as const)
			if (used > 1 + 1e-9)
				out.push({
					rep: r.id,
					kind: 'capacity',
					metric: what === 'account' ? 'accounts' : 'workload',
					text: `${r.name} is ${pct(used - 1, 0)} over ${what} capacity`,
					// Capacity is a hard limit: weigh a breach above an equal band miss.
					severity: 2 * (used - 1)
				});
		if (r.underMinAccounts)
			out.push({
				rep: r.id,
				kind: 'minimum',
				metric: 'accounts',
				text: `${r.name} has ${fmt(r.accounts, 0)} accounts, below its minimum`,
				severity: 0.5
			});
	}
	const median = medianOf(reps.filter((r) => r.accounts > 0).map((r) => r.meanKm));
	if (median > 0)
		for (const r of reps) {
			const ratio = r.meanKm / median;
			if (r.accounts > 0 && ratio >= TRAVEL_RATIO)
				out.push({
					rep: r.id,
					kind: 'travel',
					metric: 'travel',
					text: `${r.name}'s accounts average ${fmt(r.meanKm, 0)} km from base, ${fmt(ratio, 1)}× the team median`,
					severity: (ratio - 1) / 4
				});
		}
	return out.sort((a, b) => b.severity - a.severity);
}

function averageTarget(rows: BarDatum[]): number {
	return rows.reduce((s, b) => s + b.target, 0) / Math.max(1, rows.length);
}

function medianOf(values: number[]): number {
	if (values.length === 0) return 0;
	const v = values.slice().sort((a, b) => a - b);
	const mid = v.length >> 1;
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
