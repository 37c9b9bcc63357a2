/**
 * DuckDB-WASM in the browser: the `eh` bundle (the `mvp` bundle swallows SQL error messages),
 * running in DuckDB's own Web Worker so the page never freezes. Wasm and worker are Vite `?url`
 * assets served from the app's own origin; never a CDN. Instantiated once per page.
 */
import { AsyncDuckDB, ConsoleLogger, LogLevel } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { DUCKDB_SETUP_SQL } from './duckdb-settings';

let instance: Promise<AsyncDuckDB> | null = null;

async function instantiate(): Promise<AsyncDuckDB> {
	const worker = new Worker(workerUrl);
	const db = new AsyncDuckDB(new ConsoleLogger(LogLevel.WARNING), worker);
	try {
		await db.instantiate(wasmUrl);
		await db.open({ query: { castBigIntToDouble: false } });
	} catch (e) {
		worker.terminate();
		throw e;
	}
	return db;
}

/** The page-wide DuckDB instance. */
export function browserDuckDB(): Promise<AsyncDuckDB> {
	instance ??= instantiate().catch((e: unknown) => {
		instance = null;
		throw e;
	});
	return instance;
}

/** A fresh connection with Carve's settings applied (no extension downloads, ever). */
export async function browserDuckDBConnection() {
	const db = await browserDuckDB();
	const conn = await db.connect();
	for (const sql of DUCKDB_SETUP_SQL) await conn.query(sql);
	return conn;
}
