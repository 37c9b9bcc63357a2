/**
 * The one database interface the data layer talks to; a browser implementation (AsyncDuckDB in its
 * own worker) and a Node one (the blocking bundle) sit behind it. Results are Arrow tables, read
 * structurally (see arrow-to-book.ts): the Node bundle's Arrow classes are a different copy.
 */
import type { Table } from 'apache-arrow';

export type SqlValue = string | number | boolean | null;

export interface Db {
	/** Makes bytes readable by SQL under `name` (e.g. read_csv(name)). May take ownership of them. */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	dropFile(name: string): Promise<void>;
	/** Runs SQL; with params it runs as a prepared statement (? placeholders). */
	query(sql: string, params?: readonly SqlValue[]): Promise<Table>;
	/** Creates table `name` from an Arrow IPC stream. */
	insertArrowIpc(name: string, ipc: Uint8Array): Promise<void>;
	/** Parquet bytes -> Arrow IPC stream (parquet-wasm). */
	parquetToIpc(bytes: Uint8Array): Promise<Uint8Array>;
	close(): Promise<void>;
}
