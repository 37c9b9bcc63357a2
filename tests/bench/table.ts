export type BenchRow = Record<string, string | number | boolean | null>;

function cell(v: BenchRow[string]): string {
	if (v === null) return '—';
	if (typeof v === 'number') {
		if (Number.isInteger(v)) return String(v);
		return Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(4);
	}
	return String(v);
}

/** Prints rows as a Markdown table (pasteable into closing notes). */
export function printTable(rows: BenchRow[]): void {
	if (rows.length === 0) {
		console.log('(no rows)');
		return;
	}
	const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	const body = rows.map((r) => cols.map((c) => cell(r[c] ?? null)));
	const width = cols.map((c, k) => Math.max(c.length, ...body.map((b) => b[k].length)));
	const line = (cells: string[]) =>
		'| ' + cells.map((s, k) => s.padEnd(width[k])).join(' | ') + ' |';
	console.log(line(cols));
	console.log('|' + width.map((w) => '-'.repeat(w + 2)).join('|') + '|');
	for (const b of body) console.log(line(b));
}
