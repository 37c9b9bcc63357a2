/**
 * Reading records from a file's head as text: the delimiter sniff and a small RFC 4180 parser.
 * Only the first records are ever parsed this way; the whole file is checked byte-wise (csv-scan).
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

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
