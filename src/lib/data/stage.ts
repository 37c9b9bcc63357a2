/**
 * Staging: one file -> one DuckDB table. Text is read with every column as VARCHAR (ZIPs and ids
 * keep their leading zeros, a stray "n/a" never aborts the load) and profiled once for which
 * columns are numeric. The file is loaded into a temporary table and swapped in only on success.
 */
import { precheck } from './csv-precheck';
import type { Db } from './db';
import { detectWrongKind } from './mapping';
import { ident } from './sql';
import { profileTable, type Staged } from './profile';
import type { DataError, FileInput, LoadProgress, TableKind } from './types';

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
			// Insertion order is file order, so rowid gives each row's place in the file.
			await db.query(
				`CREATE TABLE ${scratch} AS SELECT * ` +
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
			await db.insertArrowIpc(names.scratch, ipc);
		}
	} catch (e) {
		return fail(duckdbError(file, e));
	} finally {
		if (checked.format === 'csv') await db.dropFile(names.file).catch(() => {});
	}

	try {
		onProgress({ stage: 'profiling', fraction: 0.8 });
		const staged = await profileTable(db, names.scratch, kind, file, checked.format);
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
