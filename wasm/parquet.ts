/**
 * Parquet via parquet-wasm (DuckDB-WASM has no built-in Parquet reader; its extension would be a
 * download). Reading: Parquet bytes -> parquet-wasm -> Arrow IPC stream, which DuckDB ingests with
 * insertArrowFromIPCStream. Writing: columns -> apache-arrow table -> IPC -> parquet-wasm -> bytes.
 * The functions take the initialised parquet-wasm module, so browser and Node share them.
 */
import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';

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
	const vectors: Record<string, Vector> = {};
	for (const [name, col] of Object.entries(columns)) {
		// Plain number arrays become DOUBLE columns; typed arrays keep their type.
		if (!Array.isArray(col)) vectors[name] = makeVector(col);
		else if (typeof col[0] === 'number')
			vectors[name] = makeVector(Float64Array.from(col as number[]));
		else vectors[name] = utf8Vector(col as string[]);
	}
	const ipc = tableToIPC(new Table(vectors), 'stream');
	const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.SNAPPY).build();
	return pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
}

/**
 * A UTF-8 column built from its buffers. Arrow's builders compile their null checks with
 * `new Function`, which the app's Content Security Policy (no 'unsafe-eval') forbids.
 */
function utf8Vector(values: string[]): Vector {
	const encoder = new TextEncoder();
	const parts = values.map((v) => encoder.encode(v ?? ''));
	const valueOffsets = new Int32Array(values.length + 1);
	for (let i = 0; i < parts.length; i++) valueOffsets[i + 1] = valueOffsets[i] + parts[i].length;
	const data = new Uint8Array(valueOffsets[values.length]);
	parts.forEach((part, i) => data.set(part, valueOffsets[i]));
	return makeVector(
		makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets, data })
	);
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
