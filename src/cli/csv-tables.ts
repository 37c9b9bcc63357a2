/**
 * The CLI's two small side tables, read without DuckDB (they are not part of the Book):
 * pairs (account_id, rep_id, cost[, workload]) and candidate sites (id, lat, lon).
 * Errors name the file, row (header = row 1) and column.
 */
import type { PairInput } from '../lib/engine/compile';
import type { CandidateSite } from '../lib/engine/location/suggest-bases';
import { parseCsvRows } from '../lib/engine/benchmarks/reference';

export type TableResult<T> = { ok: true; rows: T[] } | { ok: false; message: string };

function header(file: string, rows: string[][], need: string[]): Map<string, number> | string {
	if (rows.length === 0) return `${file}: the file is empty`;
	const h = new Map(rows[0].map((c, k) => [c.trim().toLowerCase(), k]));
	for (const c of need)
		if (!h.has(c)) return `${file}: row 1: missing column "${c}" (found ${rows[0].join(', ')})`;
	return h;
}

function number(file: string, row: number, col: string, raw: string | undefined): number | string {
	const v = Number((raw ?? '').trim());
	if ((raw ?? '').trim() === '' || !Number.isFinite(v))
		return `${file}: row ${row}, column ${col}: "${raw ?? ''}" is not a number`;
	return v;
}

export function parsePairsCsv(text: string, file: string): TableResult<PairInput> {
	const rows = parseCsvRows(text);
	const h = header(file, rows, ['account_id', 'rep_id', 'cost']);
	if (typeof h === 'string') return { ok: false, message: h };
	const out: PairInput[] = [];
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		const cost = number(file, r + 1, 'cost', row[h.get('cost') as number]);
		if (typeof cost === 'string') return { ok: false, message: cost };
		const pair: PairInput = {
			accountId: row[h.get('account_id') as number]?.trim() ?? '',
			repId: row[h.get('rep_id') as number]?.trim() ?? '',
			cost
		};
		const wc = h.get('workload');
		if (wc !== undefined && (row[wc] ?? '').trim() !== '') {
			const w = number(file, r + 1, 'workload', row[wc]);
			if (typeof w === 'string') return { ok: false, message: w };
			pair.workload = w;
		}
		out.push(pair);
	}
	return { ok: true, rows: out };
}

export function parseSitesCsv(text: string, file: string): TableResult<CandidateSite> {
	const rows = parseCsvRows(text);
	const h = header(file, rows, ['id', 'lat', 'lon']);
	if (typeof h === 'string') return { ok: false, message: h };
	const out: CandidateSite[] = [];
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		const lat = number(file, r + 1, 'lat', row[h.get('lat') as number]);
		if (typeof lat === 'string') return { ok: false, message: lat };
		const lon = number(file, r + 1, 'lon', row[h.get('lon') as number]);
		if (typeof lon === 'string') return { ok: false, message: lon };
		if (Math.abs(lat) > 90 || Math.abs(lon) > 180)
			return {
				ok: false,
				message: `${file}: row ${r + 1}: coordinates ${lat}, ${lon} are out of range`
			};
		out.push({ id: row[h.get('id') as number]?.trim() ?? `site-${r}`, lat, lon });
	}
	return { ok: true, rows: out };
}
