/**
 * Staging: one file -> one DuckDB table. Text is read with every column as VARCHAR (ZIPs and ids
 * keep their leading zeros, a stray "n/a" never aborts the load) and profiled once for which
 * columns are numeric. The file is loaded into a temporary table and swapped in only on success.
 */
import { precheck } from './csv-precheck';
import type { Db } from './db';
import { detectWrongKind } from './mapping';
import { ident } from './sql';
import { rowsAsText } from './arrow-to-book';
import type {
	DataError,
	FileInput,
	LoadProgress,
	StagedColumn,
	StagedTable,
	TableKind
} from './types';

/** Source row number column added to every staged table (header = row 1). */
export const ROW_COLUMN = '__carve_row';
const PREVIEW_ROWS = 8;
const PREVIEW_CHARS = 200;

/** Per-column profile kept beside a staged table (not part of the public StagedTable). */
export interface ColumnProfile {
	name: string;
	nonNull: number;
	/** Non-null values that parse as numbers. */
	numeric: number;
}

export interface Staged {
	table: StagedTable;
	profile: ColumnProfile[];
}

export interface StageNames {
	/** The table a successful load ends up in. */
	target: string;
	/** Scratch table and registered file name, unique per attempt. */
	scratch: string;
	file: string;
}

export async function stageFile(
	db: Db,
	names: StageNames,
	kind: TableKind,
	input: FileInput,
	onProgress: LoadProgress = () => {}
): Promise<{ ok: true; staged: Staged } | { ok: false; error: DataError }> {
	const file = input.name;
	const fail = (error: DataError) => ({ ok: false as const, error });
	onProgress({ stage: 'reading', fraction: 0 });
	const checked = precheck(file, input.bytes);
	if (!checked.ok) return fail(checked.error);
	onProgress({ stage: 'parsing', fraction: 0.15 });

	const scratch = ident(names.scratch);
	try {
		await db.query(`DROP TABLE IF EXISTS ${scratch}`);
		if (checked.format === 'csv') {
			const wrong = detectWrongKind(kind, checked.header);
			if (wrong)
				return fail({
					code: 'wrong-kind',
					file,
					row: 1,
					column: null,
					message: `${file}: ${wrong}`
				});
			await db.registerFile(names.file, checked.bytes);
			onProgress({ stage: 'loading', fraction: 0.2 });
			await db.query(
				`CREATE TABLE ${scratch} AS SELECT row_number() OVER () + 1 AS ${ident(ROW_COLUMN)}, * ` +
					`FROM read_csv(?, delim = ?, quote = '"', escape = '"', header = true, ` +
					`all_varchar = true, null_padding = true, max_line_size = 4000000)`,
				[names.file, checked.delimiter]
			);
		} else {
			let ipc: Uint8Array;
			try {
				ipc = await db.parquetToIpc(checked.bytes);
			} catch (e) {
				return fail({
					code: 'parse',
					file,
					row: null,
					column: null,
					message: `${file} is not a readable Parquet file: ${errorText(e)}`
				});
			}
			onProgress({ stage: 'loading', fraction: 0.3 });
			const raw = ident(names.scratch + '_raw');
			await db.query(`DROP TABLE IF EXISTS ${raw}`);
			await db.insertArrowIpc(names.scratch + '_raw', ipc);
			await db.query(
				`CREATE TABLE ${scratch} AS SELECT row_number() OVER () + 1 AS ${ident(ROW_COLUMN)}, * FROM ${raw}`
			);
			await db.query(`DROP TABLE ${raw}`);
		}
	} catch (e) {
		return fail(duckdbError(file, e));
	} finally {
		if (checked.format === 'csv') await db.dropFile(names.file).catch(() => {});
	}

	try {
		onProgress({ stage: 'profiling', fraction: 0.8 });
		const staged = await profile(db, names.scratch, kind, file, checked.format);
		if (staged.table.rowCount === 0) {
			await db.query(`DROP TABLE ${scratch}`);
			return fail({
				code: 'header-only',
				file,
				row: 1,
				column: null,
				message: `${file} has columns but no rows.`
			});
		}
		const columns = staged.table.columns.map((c) => c.name);
		const wrong = checked.format === 'parquet' ? detectWrongKind(kind, columns) : null;
		if (wrong) {
			await db.query(`DROP TABLE ${scratch}`);
			return fail({
				code: 'wrong-kind',
				file,
				row: null,
				column: null,
				message: `${file}: ${wrong}`
			});
		}
		staged.table.delimiter = checked.format === 'csv' ? checked.delimiter : null;
		staged.table.notes = checked.notes;
		// The swap: only now does the previous table of this kind go.
		await db.query(`DROP TABLE IF EXISTS ${ident(names.target)}`);
		await db.query(`ALTER TABLE ${scratch} RENAME TO ${ident(names.target)}`);
		onProgress({ stage: 'done', fraction: 1 });
		return { ok: true, staged };
	} catch (e) {
		await db.query(`DROP TABLE IF EXISTS ${scratch}`).catch(() => {});
		return fail(duckdbError(file, e));
	}
}

async function profile(
	db: Db,
	table: string,
	kind: TableKind,
	file: string,
	format: 'csv' | 'parquet'
): Promise<Staged> {
	const described = await db.query(`DESCRIBE ${ident(table)}`);
	const all = rowsAsText(described);
	const cols = all.filter((r) => r.column_name !== ROW_COLUMN);
	const parts = ['count(*) AS n'];
	cols.forEach((c, k) => {
		const q = ident(c.column_name);
		parts.push(`count(${q}) AS nn${k}`, `count(TRY_CAST(${q} AS DOUBLE)) AS num${k}`);
	});
	const counts = rowsAsText(await db.query(`SELECT ${parts.join(', ')} FROM ${ident(table)}`))[0];
	const profile: ColumnProfile[] = cols.map((c, k) => ({
		name: c.column_name,
		nonNull: Number(counts[`nn${k}`]),
		numeric: Number(counts[`num${k}`])
	}));
	const columns: StagedColumn[] = cols.map((c, k) => {
		const p = profile[k];
		const numeric = p.nonNull > 0 && p.numeric === p.nonNull;
		const type = format === 'csv' ? (numeric ? 'DOUBLE' : 'VARCHAR') : c.column_type;
		return { name: c.column_name, type, numeric };
	});
	const previewSql = `SELECT * EXCLUDE (${ident(ROW_COLUMN)}) FROM ${ident(table)} ORDER BY ${ident(ROW_COLUMN)} LIMIT ${PREVIEW_ROWS}`;
	const preview = rowsAsText(await db.query(previewSql)).map((r) => {
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
		profile
	};
}

export function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/** A DuckDB error as data, with the row it names when it names one. */
export function duckdbError(file: string, e: unknown): DataError {
	const text = errorText(e);
	const line = /Line:\s*(\d+)/i.exec(text) ?? /line\s+(\d+)/i.exec(text);
	const column = /column "([^"]+)"/i.exec(text);
	const first = text.split('\n')[0].replace(/^(Error: )?/, '');
	return {
		code: 'parse',
		file,
		row: line ? Number(line[1]) : null,
		column: column ? column[1] : null,
		message: `${file}${line ? `, row ${line[1]}` : ''}: ${first}`
	};
}
