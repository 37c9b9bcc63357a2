/** Sort order of the per-rep table: by any column, missing values (NaN) always last. */
import type { BandStatus, RepRow } from '$lib/planner/assessment';

export type SortDirection = 'asc' | 'desc';

/** A column key: a RepRow field, 'capacity' (the fuller of the two limits) or 'band:<metric>'. */
export type RepSortKey =
	| 'name'
	| 'accounts'
	| 'potential'
	| 'arr'
	| 'workload'
	| 'travelKm'
	| 'meanKm'
	| 'capacity'
	| `band:${string}`;

const BAND_ORDER: Record<BandStatus, number> = { under: 0, within: 1, over: 2 };

/** Fuller of the account and workload capacity use; NaN when the rep has neither limit. */
export function capacityUsed(r: RepRow): number {
	const a = r.capacityAccountsUsed;
	const w = r.capacityWorkloadUsed;
	if (Number.isNaN(a)) return w;
	if (Number.isNaN(w)) return a;
	return Math.max(a, w);
}

function keyValue(r: RepRow, key: RepSortKey): number | string {
	if (key === 'name') return r.name;
	if (key === 'capacity') return capacityUsed(r);
	if (key.startsWith('band:')) {
		const s = r.band[key.slice(5)];
		return s ? BAND_ORDER[s] : NaN;
	}
	return r[key as Exclude<RepSortKey, 'name' | 'capacity' | `band:${string}`>];
}

const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' });

export function sortReps(rows: readonly RepRow[], key: RepSortKey, dir: SortDirection): RepRow[] {
	const sign = dir === 'asc' ? 1 : -1;
	return rows.slice().sort((x, y) => {
		const a = keyValue(x, key);
		const b = keyValue(y, key);
		let c: number;
		if (typeof a === 'string' || typeof b === 'string') c = sign * collator.compare(`${a}`, `${b}`);
		else if (Number.isNaN(a) || Number.isNaN(b))
			c = Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
		else c = sign * (a - b);
		return c || x.index - y.index;
	});
}

/** Clicking a header: same column flips, a new one starts descending (biggest first) or A→Z. */
export function nextSort(
	current: { key: RepSortKey; dir: SortDirection },
	key: RepSortKey
): { key: RepSortKey; dir: SortDirection } {
	if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: key === 'name' ? 'asc' : 'desc' };
}
