/**
 * RFC 4180 CSV writing (CRLF, quotes doubled) with a guard against spreadsheet formula injection:
 * a text cell starting with = + - @ (or tab / CR) gets a leading apostrophe so Excel and Sheets
 * show it as text instead of running it. Numbers (and text that is a plain number) are left alone.
 */

export const EOL = '\r\n';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type CsvValue = string | number | boolean | null | undefined;

export function guardFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = guardFormula(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
	return values.map(csvCell).join(',');
}

/** A whole CSV file: header row then one row per entry, each line ending in CRLF. */
export function toCsv(headers: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
	const lines = [csvRow(headers)];
	for (const r of rows) lines.push(csvRow(r));
	return lines.join(EOL) + EOL;
}

/** Parses RFC 4180 text (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let k = 0; k < text.length; k++) {
		const c = text[k];
		if (quoted) {
			if (c === '"' && text[k + 1] === '"') {
				field += '"';
				k++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[k + 1] === '\n') k++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
