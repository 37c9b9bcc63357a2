/**
 * THE converter at the DuckDB boundary: Arrow results -> plain JS (typed arrays, string arrays).
 * Nothing else in Carve reads Arrow. Results are read structurally (the Node bundle returns
 * tables from its own CommonJS copy of apache-arrow, so instanceof would lie).
 */
import type { Table } from 'apache-arrow';

/** The parts of an Arrow Data chunk we read. */
interface ChunkLike {
	length: number;
	offset: number;
	nullCount: number;
	typeId: number;
	nullBitmap?: Uint8Array;
	valueOffsets?: Int32Array | BigInt64Array;
	values?: ArrayLike<number> & { subarray?: (a: number, b: number) => ArrayLike<number> };
}
interface VectorLike {
	length: number;
	data: ChunkLike[];
	get(i: number): unknown;
}

const UTF8 = 5;
const FLOAT = 3;
const INT = 2;
const decoder = new TextDecoder();

function column(table: Table, name: string): VectorLike {
	const v = table.getChild(name) as unknown as VectorLike | null;
	if (!v) throw new Error(`result has no column ${name}`);
	return v;
}

const valid = (d: ChunkLike, i: number) =>
	d.nullCount === 0 || !d.nullBitmap || d.nullBitmap.length === 0
		? true
		: ((d.nullBitmap[(d.offset + i) >> 3] >> ((d.offset + i) & 7)) & 1) === 1;

function asText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (v instanceof Uint8Array) return decoder.decode(v);
	return String(v);
}

function isAscii(b: Uint8Array): boolean {
	for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
	return true;
}

/** Trims only when needed: most values have no surrounding blanks, and trim() would copy. */
function trimmed(s: string): string {
	const n = s.length;
	return n > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32) ? s.trim() : s;
}

/**
 * A column as trimmed strings ('' for null): ids, owners and codes compare exactly after this.
 * Fast path for UTF-8 chunks: one decode per chunk.
 */
export function textColumn(table: Table, name: string, intern = false): string[] {
	const v = column(table, name);
	const out = new Array<string>(v.length);
	let k = 0;
	// Repetitive columns (owner, industry, ZIP) share one string per distinct value, so a
	// million rows do not keep a million small strings alive.
	const seen = new Map<string, string>();
	const share = (s: string) => {
		const hit = seen.get(s);
		if (hit !== undefined) return hit;
		seen.set(s, s);
		return s;
	};
	for (const d of v.data) {
		const offsets = d.valueOffsets;
		const bytes = d.values as Uint8Array | undefined;
		if (d.typeId === UTF8 && offsets instanceof Int32Array && bytes instanceof Uint8Array) {
			const start = offsets[0];
			const end = offsets[d.length];
			const chunk = bytes.subarray(start, end);
			// ASCII (the common case): byte offsets are character offsets into one decoded string.
			const ascii = isAscii(chunk);
			const all = ascii ? decoder.decode(chunk) : '';
			const nulls = d.nullCount > 0;
			for (let i = 0; i < d.length; i++) {
				if (nulls && !valid(d, i)) out[k++] = '';
				else if (ascii) out[k++] = trimmed(all.slice(offsets[i] - start, offsets[i + 1] - start));
				else out[k++] = trimmed(decoder.decode(bytes.subarray(offsets[i], offsets[i + 1])));
			}
		} else {
			for (let i = 0; i < d.length; i++) out[k] = trimmed(asText(v.get(k++)));
		}
	}
	if (intern) for (let i = 0; i < out.length; i++) out[i] = share(out[i]);
	return out;
}

/** A column as float64 (NaN for null or non-numeric). */
export function numberColumn(table: Table, name: string): Float64Array {
	const v = column(table, name);
	const out = new Float64Array(v.length);
	let k = 0;
	for (const d of v.data) {
		const vals = d.values;
		if ((d.typeId === FLOAT || d.typeId === INT) && vals && !(vals instanceof BigInt64Array)) {
			for (let i = 0; i < d.length; i++) out[k++] = valid(d, i) ? Number(vals[i]) : NaN;
		} else {
			for (let i = 0; i < d.length; i++) {
				const x = v.get(k);
				out[k++] = x === null || x === undefined ? NaN : Number(x);
			}
		}
	}
	return out;
}

export function intColumn(table: Table, name: string): Int32Array {
	return Int32Array.from(numberColumn(table, name), (x) => (Number.isFinite(x) ? x : -1));
}

/** Small results (profiles, previews) as rows of strings. */
export function rowsAsText(table: Table): Record<string, string>[] {
	const names = (table.schema.fields as { name: string }[]).map((f) => f.name);
	const cols = names.map((n) => textColumn(table, n));
	const rows: Record<string, string>[] = [];
	for (let i = 0; i < table.numRows; i++) {
		const r: Record<string, string> = {};
		names.forEach((n, c) => (r[n] = cols[c][i]));
		rows.push(r);
	}
	return rows;
}

export function rowCount(table: Table): number {
	return table.numRows;
}
