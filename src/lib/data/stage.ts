/**
 * Staging: one file -> one DuckDB table. Text is read with every column as VARCHAR (ZIPs and ids
 * keep their leading zeros, a stray "n/a" never aborts the load) and profiled once for which
 * columns are numeric. The file is loaded into a temporary table and swapped in only on success.
 */
import { precheck, type Precheck } from './csv-precheck';
import type { Db } from './db';
import { detectWrongKind, suggestMapping } from './mapping';
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
			const failed = await loadCsv(db, names, checked, file, onProgress);
			if (failed) return fail(failed);
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
		staged.table.notes = [...checked.notes, ...mappingHints(kind, columns)];
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

/** What the auto-mapping could not find, said up front so the user knows what to map. */
function mappingHints(kind: TableKind, columns: string[]): string[] {
	const m = suggestMapping(kind, columns).mapping as Record<string, string | null>;
	const hints: string[] = [];
	if (!m.id)
		hints.push(`No ${kind === 'accounts' ? 'account' : 'rep'} id column was recognised; pick one.`);
	if (kind === 'accounts' && !m.owner)
		hints.push('No owner column was recognised: accounts start unassigned unless you map one.');
	if (!m.zip && !(m.lat && m.lon))
		hints.push(
			`No ZIP or latitude/longitude columns were recognised: ${kind} have no location unless you map them.`
		);
	return hints;
}

type CsvCheck = Extract<Precheck, { format: 'csv' }>;

/**
 * Loads delimited text in pieces cut at record boundaries (each piece gets the header line), so
 * progress can be reported during a long load. Insertion order is file order, so a row's rowid
 * is its place in the file. Returns an error as data, or null.
 */
async function loadCsv(
	db: Db,
	names: StageNames,
	checked: CsvCheck,
	file: string,
	onProgress: LoadProgress
): Promise<DataError | null> {
	const { bytes, cuts, headerEnd } = checked;
	const starts = [0, ...cuts];
	const header = bytes.subarray(0, headerEnd);
	const scratch = ident(names.scratch);
	for (let k = 0; k < starts.length; k++) {
		const end = k + 1 < starts.length ? starts[k + 1] : bytes.length;
		// Copies, not views: the browser transfers each registered buffer to DuckDB's worker.
		let piece = starts.length === 1 ? bytes : bytes.slice(starts[k], end);
		if (k > 0) {
			const withHeader = new Uint8Array(header.length + piece.length);
			withHeader.set(header);
			withHeader.set(piece, header.length);
			piece = withHeader;
		}
		const name = `${names.file}.${k}`;
		onProgress({ stage: 'loading', fraction: 0.2 + (0.6 * starts[k]) / bytes.length });
		try {
			await db.registerFile(name, piece);
			await db.query(
				(k === 0 ? `CREATE TABLE ${scratch} AS ` : `INSERT INTO ${scratch} `) +
					`SELECT * FROM read_csv(?, delim = ?, quote = '"', escape = '"', header = true, ` +
					`all_varchar = true, null_padding = true, max_line_size = 4000000)`,
				[name, checked.delimiter]
			);
		} catch (e) {
			const error = duckdbError(file, e);
			// DuckDB counts lines within the piece; shift to the row in the whole file.
			if (error.row !== null && k > 0) {
				error.row += checked.cutRows[k - 1] - 2;
				error.message = error.message.replace(/row \d+/, `row ${error.row}`);
			}
			return error;
		} finally {
			await db.dropFile(name).catch(() => {});
		}
	}
	return null;
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
