/** Parquet in the browser: parquet-wasm's ESM build, its .wasm served from the app's own origin. */
import init, * as pq from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { parquetToIpcWith, writeParquetWith, type ParquetColumn } from './parquet';

export { isParquet, type ParquetColumn } from './parquet';

let ready: Promise<unknown> | null = null;

function initOnce(): Promise<unknown> {
	ready ??= init({ module_or_path: wasmUrl });
	return ready;
}

export async function parquetToIpc(bytes: Uint8Array): Promise<Uint8Array> {
	await initOnce();
	return parquetToIpcWith(pq as unknown as typeof import('parquet-wasm'), bytes);
}

export async function writeParquet(columns: Record<string, ParquetColumn>): Promise<Uint8Array> {
	await initOnce();
	return writeParquetWith(pq as unknown as typeof import('parquet-wasm'), columns);
}
