/**
 * What the UI state needs from the data layer, as one injectable interface: tests and the page can
 * hand in any implementation, and the state classes never import DuckDB or workers themselves.
 */
import type { DataSession, MappingSuggestion } from '$lib/data';
import type { ParquetWriter } from './plan-files';

export interface DataApi {
	openSession(): Promise<DataSession>;
	suggestMapping(kind: 'accounts', columns: string[]): MappingSuggestion<'accounts'>;
	suggestMapping(kind: 'reps', columns: string[]): MappingSuggestion<'reps'>;
	/** Writes plan exports as Parquet (the WASM writer, loaded on first use). */
	writeParquet: ParquetWriter;
}
