/**
 * The columns of a plan export for Parquet. The bytes come from the data layer's writer
 * (`wasm/parquet-*` `writeParquet`), passed in so this module stays free of WASM imports.
 */
import type { Book } from '../core/book';

export type PlanParquetColumns = {
	account_id: string[];
	account_name: string[];
	new_owner_id: string[];
	new_owner_name: string[];
	previous_owner_id: string[];
	changed: Uint8Array;
	lat: Float64Array;
	lon: Float64Array;
} & Record<string, string[] | Float64Array | Uint8Array>;

export function planParquetColumns(book: Book, plan: Int32Array): PlanParquetColumns {
	const A = book.accounts;
	const R = book.reps;
	const rep = (i: number, of: string[]) => (plan[i] >= 0 && plan[i] < R.p ? of[plan[i]] : '');
	const newId = Array.from({ length: A.n }, (_, i) => rep(i, R.id));
	const cols: PlanParquetColumns = {
		account_id: A.id.slice(),
		account_name: A.name.slice(),
		new_owner_id: newId,
		new_owner_name: Array.from({ length: A.n }, (_, i) => rep(i, R.name)),
		previous_owner_id: A.ownerId.slice(),
		changed: Uint8Array.from(newId, (id, i) => (id !== A.ownerId[i] ? 1 : 0)),
		lat: Float64Array.from(A.lat),
		lon: Float64Array.from(A.lon)
	};
	for (const [name, col] of Object.entries(A.metrics))
		if (!(name in cols)) cols[name] = Float64Array.from(col);
	return cols;
}

/** `write` is the data layer's writeParquet (sync in Node, async in the browser). */
export function planParquet<T>(
	book: Book,
	plan: Int32Array,
	write: (columns: Record<string, string[] | Float64Array | Uint8Array>) => T
): T {
	return write(planParquetColumns(book, plan));
}
