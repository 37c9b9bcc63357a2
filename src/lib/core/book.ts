/**
 * The in-memory book: accounts and reps as columns of typed arrays.
 * This is the one shape every layer agrees on: the data layer produces it from DuckDB/Arrow,
 * the engine compiles it into an assignment model, the UI and metrics read it.
 * Missing numbers are NaN; missing text is ''.
 */

/** Canonical account metric names; any extra numeric column is kept under its own (mapped) name. */
export const CORE_ACCOUNT_METRICS = ['potential', 'arr', 'workload'] as const;

export interface AccountTable {
	n: number;
	id: string[];
	name: string[];
	/** Owner as given in the file (rep id), '' when unassigned. */
	ownerId: string[];
	/** Index of the current owner in `RepTable`, -1 when unassigned or unknown. */
	owner: Int32Array;
	lat: Float64Array;
	lon: Float64Array;
	zip: string[];
	city: string[];
	state: string[];
	country: string[];
	industry: string[];
	segment: string[];
	language: string[];
	/** 1 when the account has an open opportunity (a common lock rule). */
	activeOpportunity: Uint8Array;
	/** Numeric columns by canonical name: potential, arr, workload, and any extra numeric column. */
	metrics: Record<string, Float64Array>;
}

export interface RepTable {
	p: number;
	id: string[];
	name: string[];
	lat: Float64Array;
	lon: Float64Array;
	zip: string[];
	/** Max number of accounts; NaN = no limit. */
	capacityAccounts: Float64Array;
	/** Max total workload; NaN = no limit. */
	capacityWorkload: Float64Array;
	/** Min number of accounts; NaN = none. */
	minAccounts: Float64Array;
	industries: string[][];
	languages: string[][];
	segments: string[][];
	/** Share of a full territory this rep should carry (new hires ramping: e.g. 0.5). 1 when unknown. */
	ramp: Float64Array;
	startDate: string[];
}

export interface Book {
	accounts: AccountTable;
	reps: RepTable;
}

/** Rebuilds `owner` indices from `ownerId` against a rep table (after reps change). */
export function resolveOwners(accounts: AccountTable, reps: RepTable): Int32Array {
	const index = new Map<string, number>();
	reps.id.forEach((id, j) => index.set(id, j));
	const owner = new Int32Array(accounts.n);
	for (let i = 0; i < accounts.n; i++) owner[i] = index.get(accounts.ownerId[i]) ?? -1;
	return owner;
}
