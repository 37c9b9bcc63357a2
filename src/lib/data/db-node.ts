/** Node implementation of Db over DuckDB-WASM's blocking bundle (tests, CLIs). */
import type { Table } from 'apache-arrow';
import { nodeDuckDB, nodeDuckDBConnection } from '../../../wasm/duckdb-node';
import { parquetToIpc } from '../../../wasm/parquet-node';
import type { Db, SqlValue } from './db';

export async function createNodeDb(): Promise<Db> {
	const db = await nodeDuckDB();
	const conn = await nodeDuckDBConnection();
	return {
		async registerFile(name, bytes) {
			db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			db.dropFile(name);
		},
		async query(sql: string, params?: readonly SqlValue[]) {
			if (!params || params.length === 0) return conn.query(sql) as unknown as Table;
			const stmt = conn.prepare(sql);
			try {
				return stmt.query(...params) as unknown as Table;
			} finally {
				stmt.close();
			}
		},
		async insertArrowIpc(name, ipc) {
			conn.insertArrowFromIPCStream(ipc, { name, create: true });
		},
		async parquetToIpc(bytes) {
			return parquetToIpc(bytes);
		},
		async close() {
			conn.close();
		}
	};
}
