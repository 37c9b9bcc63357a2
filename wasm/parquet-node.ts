/** Parquet in Node (tests, the sample generator CLI): parquet-wasm's Node build initialises on import. */
import * as pq from 'parquet-wasm';
import { parquetToIpcWith, writeParquetWith, type ParquetColumn } from './parquet';

export { isParquet, type ParquetColumn } from './parquet';

export function parquetToIpc(bytes: Uint8Array): Uint8Array {
	return parquetToIpcWith(pq, bytes);
}

export function writeParquet(columns: Record<string, ParquetColumn>): Uint8Array {
	return writeParquetWith(pq, columns);
}
