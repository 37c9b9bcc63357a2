/** Browser implementation of Db: AsyncDuckDB running in DuckDB's own Web Worker. */
import type { Table } from 'apache-arrow';
import { browserDuckDB, browserDuckDBConnection } from '../../../wasm/duckdb-browser';
import { parquetToIpc } from '../../../wasm/parquet-browser';
import type { Db, SqlValue } from './db';

export async function createBrowserDb(): Promise<Db> {
	const db = await browserDuckDB();
	const conn = await browserDuckDBConnection();
	return {
		async registerFile(name, bytes) {
			// The buffer is transferred to DuckDB's worker: the caller's bytes become detached.
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async query(sql: string, params?: readonly SqlValue[]) {
			if (!params || params.length === 0) return (await conn.query(sql)) as unknown as Table;
			const stmt = await conn.prepare(sql);
			try {
				return (await stmt.query(...params)) as unknown as Table;
			} finally {
				await stmt.close();
			}
		},
		async insertArrowIpc(name, ipc) {
			await conn.insertArrowFromIPCStream(ipc, { name, create: true });
		},
		parquetToIpc,
		async close() {
			await conn.close();
		}
	};
}
