/**
 * DuckDB-WASM for Node (unit tests, CLIs): the blocking bundle, same engine and SQL as the
 * browser's eh bundle, run synchronously in-process. Instantiated once per process.
 *
 * Results are Arrow tables built by the bundle's own CommonJS copy of apache-arrow, so
 * `instanceof` checks against the ESM apache-arrow fail: consumers read results structurally
 * (getChild, numRows, schema.fields), never with instanceof.
 */
import { createRequire } from 'node:module';
import {
	createDuckDB,
	NODE_RUNTIME,
	VoidLogger,
	type DuckDBBindings
} from '@duckdb/duckdb-wasm/blocking';
import { DUCKDB_SETUP_SQL } from './duckdb-settings';

const require = createRequire(import.meta.url);

let instance: Promise<DuckDBBindings> | null = null;

async function instantiate(): Promise<DuckDBBindings> {
	const wasm = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
	const mvp = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm');
	const db = await createDuckDB(
		{ mvp: { mainModule: mvp, mainWorker: '' }, eh: { mainModule: wasm, mainWorker: '' } },
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: false } });
	return db;
}

/** The process-wide DuckDB instance (blocking bindings). */
export function nodeDuckDB(): Promise<DuckDBBindings> {
	instance ??= instantiate().catch((e: unknown) => {
		instance = null;
		throw e;
	});
	return instance;
}

/** A fresh connection with Carve's settings applied (no extension downloads, ever). */
export async function nodeDuckDBConnection() {
	const db = await nodeDuckDB();
	const conn = db.connect();
	for (const sql of DUCKDB_SETUP_SQL) conn.query(sql);
	return conn;
}
