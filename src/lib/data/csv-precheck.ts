/**
 * Byte-level checks of a delimited text file before DuckDB sees it. DuckDB's reader is lenient in
 * places where a user needs a clear answer (an unterminated quote silently swallows the rest of the
 * file; a wrong delimiter yields one wide column), so we sniff the delimiter and validate the
 * structure ourselves, naming the row and column of the first problem. Pure, no I/O.
 */
import type { DataError } from './types';
import {
	binaryKind,
	firstInvalidUtf8,
	hasBom,
	isParquetMagic,
	isValidUtf8,
	utf16Encoding
} from './byte-sniff';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const FOOTER_WORDS = /total|copyright|confidential|generated|records\)|salesforce|hubspot/i;

/** Big files load in pieces of about this size, so progress can be reported between them. */
export const CHUNK_BYTES = 16 << 20;

/** Fields longer than this are refused (DuckDB's own line limit is 2 MB). */
export const MAX_FIELD_BYTES = 1_000_000;

export type Precheck =
	| { ok: true; format: 'parquet'; bytes: Uint8Array; notes: string[] }
	| {
			ok: true;
			format: 'csv';
			bytes: Uint8Array;
			delimiter: Delimiter;
			header: string[];
			dataRows: number;
			/** Byte offset where the data rows start (just past the header line). */
			headerEnd: number;
			/** Record starts splitting the data into ~CHUNK_BYTES pieces, for loading with progress. */
			cuts: number[];
			/** File row (header = 1) of the first record at each cut. */
			cutRows: number[];
			notes: string[];
	  }
	| { ok: false; error: DataError };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const delimiterName = (d: string) =>
	d === '\t' ? 'tab' : d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'pipe';

export function precheck(file: string, input: Uint8Array): Precheck {
	const fail = (
		code: DataError['code'],
		message: string,
		row: number | null = null,
		column: string | null = null
	): Precheck => ({ ok: false, error: { code, file, row, column, message } });

	if (isParquetMagic(input)) return { ok: true, format: 'parquet', bytes: input, notes: [] };
	const utf16 = utf16Encoding(input);
	let bytes = utf16
		? new TextEncoder().encode(new TextDecoder(utf16).decode(input.subarray(2)))
		: hasBom(input)
			? input.subarray(3)
			: input;
	if (bytes.every((b) => b === 0x20 || b === LF || b === CR || b === 0x09)) {
		return fail('empty-file', `${file} is empty.`);
	}
	const binary = binaryKind(bytes);
	if (binary) return fail('binary', `${file} is not a text file (${binary}). Export it as CSV.`);

	const notes: string[] = [];
	if (utf16)
		notes.push(`${file} is UTF-16 text (Excel "Unicode Text"); it was converted to UTF-8.`);
	const bad = isValidUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
	if (bad >= 0) {
		// Excel's "CSV" on Windows writes Windows-1252; read it as that rather than refuse the file.
		const row = countRecordsBefore(bytes, bad);
		bytes = new TextEncoder().encode(new TextDecoder('windows-1252').decode(bytes));
		notes.push(
			`${file} is not UTF-8 (first invalid byte in row ${row}); it was read as Windows-1252. ` +
				`If accented names look wrong, save the file as "CSV UTF-8" and load it again.`
		);
	}

	const head = new TextDecoder().decode(bytes.subarray(0, 1 << 16));
	const delimiter = sniffDelimiter(head);
	const header = parseRecords(head, delimiter, 1)[0] ?? [];
	if (header.length < 2) {
		return fail(
			'parse',
			`${file}: found a single column ("${truncate(header[0] ?? '', 60)}"). ` +
				'Carve could not detect the delimiter; use comma, semicolon, tab or pipe.',
			1
		);
	}
	const seen = new Map<string, string>();
	for (const h of header) {
		const key = h.trim().toLowerCase();
		if (key === '') continue;
		const prior = seen.get(key);
		if (prior !== undefined) {
			return fail(
				'duplicate-header',
				`${file}: the header has two columns named "${h.trim()}". Rename one of them.`,
				1,
				h.trim()
			);
		}
		seen.set(key, h);
	}

	const scan = scanStructure(bytes, delimiter.charCodeAt(0), header.length);
	const colName = (k: number) => (header[k] ?? `column ${k + 1}`).trim();
	if (scan.kind === 'unterminated') {
		return fail(
			'unterminated-quote',
			`${file}, row ${scan.row}, column "${colName(scan.field)}": a quoted value is never closed ` +
				'(a " without its closing ").',
			scan.row,
			colName(scan.field)
		);
	}
	if (scan.kind === 'too-long') {
		return fail(
			'field-too-long',
			`${file}, row ${scan.row}, column "${colName(scan.field)}": a value is longer than ` +
				`${MAX_FIELD_BYTES.toLocaleString('en-US')} bytes.`,
			scan.row,
			colName(scan.field)
		);
	}
	if (scan.kind === 'extra-fields') {
		return fail(
			'parse',
			`${file}, row ${scan.row}: ${scan.fields} values but the header has ${header.length} ` +
				`columns (${delimiterName(delimiter)}-separated). A value probably contains an unquoted ` +
				`${delimiterName(delimiter)}.`,
			scan.row
		);
	}
	// Trim a report footer only when it reads like one: a short row of a single value is data.
	const footerText =
		scan.footer > 0 && scan.footer <= 10 && bytes.length - scan.end < 4096
			? new TextDecoder().decode(bytes.subarray(scan.end))
			: '';
	let dataRows = scan.dataRows;
	if (FOOTER_WORDS.test(footerText)) {
		const first = footerText
			.split('\n')
			.map((l) => l.trim().replace(/^"|"$/g, ''))
			.find((l) => l !== '');
		notes.push(
			`Ignored ${scan.footer} footer ${scan.footer === 1 ? 'line' : 'lines'} at the end of ${file}` +
				(first ? ` (e.g. "${truncate(first, 60)}")` : '') +
				'.'
		);
		bytes = bytes.subarray(0, scan.end);
		dataRows -= scan.footer;
	}
	if (dataRows === 0) {
		return fail('header-only', `${file} has a header but no data rows.`, 1);
	}
	return {
		ok: true,
		format: 'csv',
		bytes,
		delimiter,
		header,
		dataRows,
		headerEnd: scan.headerEnd,
		cuts: scan.cuts.filter((c) => c < bytes.length),
		cutRows: scan.cutRows,
		notes
	};
}

/** 1-based record number (header = 1) containing byte offset `end`, counting quoted newlines right. */
function countRecordsBefore(b: Uint8Array, end: number): number {
	let row = 1;
	let inQuotes = false;
	for (let i = 0; i < end; i++) {
		if (b[i] === QUOTE) inQuotes = !inQuotes;
		else if (b[i] === LF && !inQuotes) row++;
	}
	return row;
}

/** Picks the candidate delimiter giving the most columns consistently over the first records. */
export function sniffDelimiter(head: string): Delimiter {
	const text = head.includes('\n') ? head.slice(0, head.lastIndexOf('\n') + 1) : head;
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const d of DELIMITERS) {
		const records = parseRecords(text, d, 50).filter((r) => r.length > 1 || r[0] !== '');
		if (records.length === 0) continue;
		const width = records[0].length;
		if (width < 2) continue;
		const consistent = records.filter((r) => r.length === width).length / records.length;
		const score = consistent * 1000 + width;
		if (score > bestScore) {
			bestScore = score;
			best = d;
		}
	}
	return best;
}

/** A small RFC 4180 parser for the first `limit` records of a text (used on the file's head only). */
export function parseRecords(text: string, delimiter: string, limit: number): string[][] {
	const out: string[][] = [];
	let record: string[] = [];
	let field = '';
	let inQuotes = false;
	let atStart = true;
	for (let i = 0; i < text.length && out.length < limit; i++) {
		const ch = text[i];
		if (inQuotes) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else inQuotes = false;
			} else field += ch;
		} else if (ch === '"' && atStart) {
			inQuotes = true;
			atStart = false;
		} else if (ch === delimiter) {
			record.push(field);
			field = '';
			atStart = true;
		} else if (ch === '\n') {
			record.push(field.endsWith('\r') ? field.slice(0, -1) : field);
			out.push(record);
			record = [];
			field = '';
			atStart = true;
		} else {
			field += ch;
			atStart = false;
		}
	}
	if (out.length < limit && (field !== '' || record.length > 0)) {
		record.push(field.endsWith('\r') ? field.slice(0, -1) : field);
		out.push(record);
	}
	return out;
}

type Scan =
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
 * One pass over the bytes: record count, unterminated quotes, over-long fields, extra fields.
 * Ordinary bytes cost one table lookup; quoted values are skipped with a native indexOf.
 */
function scanStructure(b: Uint8Array, delim: number, width: number): Scan {
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

function truncate(s: string, max: number): string {
	return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
