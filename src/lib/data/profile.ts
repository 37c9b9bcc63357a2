/**
 * Profiles a staged table: row count, which columns are numeric, a text preview. Casting every
 * value of every column is slow in WebAssembly (a failed cast is an exception), so a sample
 * decides first and only numeric-looking columns get an exact count of numeric values.
 */
import { rowsAsText } from './arrow-to-book';
import type { Db } from './db';
import { cleanNumberText, ident, numericExpr } from './sql';
import type { StagedColumn, StagedTable, TableKind } from './types';

const SAMPLE_ROWS = 2000;
const PREVIEW_ROWS = 8;
const PREVIEW_CHARS = 200;
const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** Per-column profile kept beside a staged table (not part of the public StagedTable). */
export interface ColumnProfile {
	name: string;
	nonNull: number;
	/** Non-null values that parse as numbers; null when not counted (clearly a text column). */
	numeric: number | null;
}

export interface Staged {
	table: StagedTable;
	profile: ColumnProfile[];
	/** Source row of the first data row (2 below a CSV header, 1 in Parquet): row = rowid + base. */
	rowBase: number;
}

export async function profileTable(
	db: Db,
	table: string,
	kind: TableKind,
	file: string,
	format: 'csv' | 'parquet'
): Promise<Staged> {
	const t = ident(table);
	const cols = rowsAsText(await db.query(`DESCRIBE ${t}`));
	const sample = rowsAsText(await db.query(`SELECT * FROM ${t} LIMIT ${SAMPLE_ROWS}`));
	const looksNumeric = cols.map((c) => {
		const values = sample.map((r) => r[c.column_name]).filter((v) => v !== '');
		const share =
			values.filter((v) => NUMBER.test(cleanNumberText(v))).length / Math.max(1, values.length);
		return values.length > 0 && share >= 0.5;
	});
	const parts = ['count(*) AS n'];
	cols.forEach((c, k) => {
		const q = ident(c.column_name);
		parts.push(`count(${q}) AS nn${k}`);
		if (looksNumeric[k]) parts.push(`count(${numericExpr(q)}) AS num${k}`);
	});
	const counts = rowsAsText(await db.query(`SELECT ${parts.join(', ')} FROM ${t}`))[0];
	const profile: ColumnProfile[] = cols.map((c, k) => ({
		name: c.column_name,
		nonNull: Number(counts[`nn${k}`]),
		numeric: looksNumeric[k] ? Number(counts[`num${k}`]) : null
	}));
	const columns: StagedColumn[] = cols.map((c, k) => {
		const p = profile[k];
		const numeric = p.nonNull > 0 && p.numeric === p.nonNull;
		const type = format === 'csv' ? (numeric ? 'DOUBLE' : 'VARCHAR') : c.column_type;
		return { name: c.column_name, type, numeric };
	});
	const preview = sample.slice(0, PREVIEW_ROWS).map((r) => {
		const out: Record<string, string> = {};
		for (const [k, v] of Object.entries(r)) {
			out[k] = v.length > PREVIEW_CHARS ? v.slice(0, PREVIEW_CHARS - 1) + '…' : v;
		}
		return out;
	});
	return {
		table: {
			file,
			kind,
			format,
			delimiter: null,
			rowCount: Number(counts.n),
			columns,
			preview,
			kindWarning: null,
			notes: []
		},
		profile,
		rowBase: format === 'csv' ? 2 : 1
	};
}
