/**
 * Parquet via parquet-wasm (DuckDB-WASM has no built-in Parquet reader; its extension would be a
 * download). Reading: Parquet bytes -> parquet-wasm -> Arrow IPC stream, which DuckDB ingests with
 * insertArrowFromIPCStream. Writing: columns -> apache-arrow table -> IPC -> parquet-wasm -> bytes.
 * The functions take the initialised parquet-wasm module, so browser and Node share them.
 */
import { tableFromArrays, tableToIPC } from 'apache-arrow';

type ParquetModule = typeof import('parquet-wasm');

export type ParquetColumn = Float64Array | Int32Array | Uint8Array | string[] | number[];

export function parquetToIpcWith(pq: ParquetModule, bytes: Uint8Array): Uint8Array {
	const table = pq.readParquet(bytes);
	return table.intoIPCStream();
}

/** Parquet bytes of the given columns (all the same length), Snappy-compressed. */
export function writeParquetWith(
	pq: ParquetModule,
	columns: Record<string, ParquetColumn>
): Uint8Array {
	const arrays: Record<string, Float64Array | Int32Array | Uint8Array | string[]> = {};
	for (const [name, col] of Object.entries(columns)) {
		// Plain number arrays become DOUBLE columns; typed arrays keep their type.
		arrays[name] =
			Array.isArray(col) && typeof col[0] === 'number'
				? Float64Array.from(col as number[])
				: (col as string[]);
	}
	const ipc = tableToIPC(tableFromArrays(arrays), 'stream');
	const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.SNAPPY).build();
	return pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
}

/** Parquet files start and end with the magic bytes "PAR1". */
export function isParquet(bytes: Uint8Array): boolean {
	const n = bytes.length;
	return (
		n >= 8 &&
		bytes[0] === 0x50 &&
		bytes[1] === 0x41 &&
		bytes[2] === 0x52 &&
		bytes[3] === 0x31 &&
		bytes[n - 4] === 0x50 &&
		bytes[n - 3] === 0x41 &&
		bytes[n - 2] === 0x52 &&
		bytes[n - 1] === 0x31
	);
}
