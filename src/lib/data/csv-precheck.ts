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
import { parseRecords, sniffDelimiter, type Delimiter } from './csv-records';
import { countRecordsBefore, MAX_FIELD_BYTES, scanStructure } from './csv-scan';

const FOOTER_WORDS = /total|copyright|confidential|generated|records\)|salesforce|hubspot/i;

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

function truncate(s: string, max: number): string {
	return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
