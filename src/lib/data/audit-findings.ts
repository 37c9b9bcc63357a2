/**
 * Building audit findings: each check hands over the rows it flagged and the collector counts them,
 * keeps a few example rows with their source row numbers and names the file they came from.
 */
import type { Book } from '../core/book';
import type { AuditExample, AuditFinding, TableKind } from './types';

const MAX_EXAMPLES = 5;

export type AddFinding = (
	code: AuditFinding['code'],
	severity: AuditFinding['severity'],
	table: TableKind,
	column: string | null,
	rows: number[],
	value: (i: number) => string,
	message: (count: number) => string,
	fix: string | null
) => void;

export interface FindingSource {
	book: Book;
	/** Source row (header = 1) of each account / rep. */
	accountRows: Int32Array;
	repRows: Int32Array;
	files: { accounts: string; reps: string | null };
}

/** Appends a finding to `findings` for each call with at least one flagged row. */
export function findingCollector(source: FindingSource, findings: AuditFinding[]): AddFinding {
	const { book, accountRows, repRows, files } = source;
	const repsFile = files.reps ?? files.accounts;
	return (code, severity, table, column, rows, value, message, fix) => {
		if (rows.length === 0) return;
		const ids = table === 'accounts' ? book.accounts.id : book.reps.id;
		const src = table === 'accounts' ? accountRows : repRows;
		const examples: AuditExample[] = rows
			.slice(0, MAX_EXAMPLES)
			.map((i) => ({ row: src[i], id: ids[i], value: value(i) }));
		findings.push({
			code,
			severity,
			table,
			file: table === 'accounts' ? files.accounts : repsFile,
			column,
			count: rows.length,
			message: message(rows.length),
			examples,
			fix
		});
	};
}

export const plural = (n: number, one: string, many = one + 's') =>
	`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function indicesWhere(n: number, pred: (i: number) => boolean): number[] {
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (pred(i)) out.push(i);
	return out;
}

/** Indices of rows whose id already appeared earlier (empty ids are reported separately). */
export function duplicates(ids: string[]): number[] {
	const seen = new Set<string>();
	const out: number[] = [];
	ids.forEach((id, i) => {
		if (id === '') return;
		if (seen.has(id)) out.push(i);
		else seen.add(id);
	});
	return out;
}
