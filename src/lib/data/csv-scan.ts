/**
 * One byte-level pass over a whole delimited file: record count, unterminated quotes, over-long
 * fields, extra fields, a trailing report footer and the cuts for loading in pieces. Kept apart from
 * the text parser because it must stay fast on files of hundreds of megabytes.
 */

/** Big files load in pieces of about this size, so progress can be reported between them. */
export const CHUNK_BYTES = 16 << 20;

/** Fields longer than this are refused (DuckDB's own line limit is 2 MB). */
export const MAX_FIELD_BYTES = 1_000_000;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** 1-based record number (header = 1) containing byte offset `end`, counting quoted newlines right. */
export function countRecordsBefore(b: Uint8Array, end: number): number {
	let row = 1;
	let inQuotes = false;
	for (let i = 0; i < end; i++) {
		if (b[i] === QUOTE) inQuotes = !inQuotes;
		else if (b[i] === LF && !inQuotes) row++;
	}
	return row;
}

export type Scan =
	| {
			kind: 'ok';
			dataRows: number;
			headerEnd: number;
			cuts: number[];
			cutRows: number[];
			/** Where the data ends (before a report footer). */
			end: number;
			footer: number;
	  }
	| { kind: 'unterminated'; row: number; field: number }
	| { kind: 'too-long'; row: number; field: number }
	| { kind: 'extra-fields'; row: number; fields: number };

/**
 * Record count, unterminated quotes, over-long fields, extra fields, in one pass.
 * Ordinary bytes cost one table lookup; quoted values are skipped with a native indexOf.
 */
export function scanStructure(b: Uint8Array, delim: number, width: number): Scan {
	const cls = new Uint8Array(256);
	cls[delim] = 1;
	cls[LF] = 2;
	cls[QUOTE] = 3;
	const n = b.length;
	let row = 1;
	let field = 0;
	let fieldStart = 0;
	let recordStart = 0;
	let dataRows = 0;
	let headerEnd = -1;
	let lastCut = 0;
	const cuts: number[] = [];
	const cutRows: number[] = [];
	// Single-value records after the last full one: a report footer ("Grand Totals", copyright).
	let footer = 0;
	let lastFullEnd = 0;
	const endRecord = (i: number): Scan | null => {
		const blank =
			field === 0 && (i === recordStart || (i === recordStart + 1 && b[recordStart] === CR));
		if (!blank) {
			if (field + 1 > width && row > 1) return { kind: 'extra-fields', row, fields: field + 1 };
			if (row > 1) dataRows++;
			if (field === 0 && row > 1) footer++;
			else {
				footer = 0;
				lastFullEnd = Math.min(n, i + 1);
			}
			row++;
		}
		return null;
	};
	for (let i = 0; i < n; i++) {
		const k = cls[b[i]];
		if (k === 0) continue;
		if (k === 3) {
			if (i !== fieldStart) continue;
			let j = i + 1;
			for (;;) {
				j = b.indexOf(QUOTE, j);
				if (j < 0) return { kind: 'unterminated', row, field };
				if (b[j + 1] === QUOTE) j += 2;
				else break;
			}
			if (j - i > MAX_FIELD_BYTES) return { kind: 'too-long', row, field };
			i = j;
			continue;
		}
		if (i - fieldStart > MAX_FIELD_BYTES) return { kind: 'too-long', row, field };
		if (k === 1) {
			field++;
			fieldStart = i + 1;
			continue;
		}
		const bad = endRecord(i);
		if (bad) return bad;
		if (headerEnd < 0 && row === 2) headerEnd = lastCut = i + 1;
		else if (i + 1 - lastCut >= CHUNK_BYTES && i + 1 < n) {
			cuts.push((lastCut = i + 1));
			cutRows.push(row);
		}
		field = 0;
		fieldStart = i + 1;
		recordStart = i + 1;
	}
	if (n - fieldStart > MAX_FIELD_BYTES) return { kind: 'too-long', row, field };
	const bad = recordStart < n ? endRecord(n) : null;
	if (bad) return bad;
	const end = footer > 0 && width > 1 ? lastFullEnd : n;
	return {
		kind: 'ok',
		dataRows,
		headerEnd: headerEnd < 0 ? n : headerEnd,
		cuts,
		cutRows,
		end,
		footer: end < n ? footer : 0
	};
}
