/** Loads accounts (+ reps) CSV files into a Book through the data layer's Node session. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Book } from '../lib/core/book';
import { suggestMapping } from '../lib/data/mapping';
import { createNodeSession } from '../lib/data/node-session';
import type { AuditReport, DataError } from '../lib/data/types';

export type LoadResult =
	{ ok: true; book: Book; audit: AuditReport } | { ok: false; message: string };

function errorText(e: DataError): string {
	const where = [e.row !== null ? `row ${e.row}` : '', e.column ? `column ${e.column}` : '']
		.filter(Boolean)
		.join(', ');
	return e.message.startsWith(e.file) || !e.file
		? `${e.message}${where && !e.message.includes('row') ? ` (${where})` : ''}`
		: `${e.file}${where ? `: ${where}` : ''}: ${e.message}`;
}

function read(path: string): { name: string; bytes: Uint8Array } | string {
	try {
		return { name: basename(path), bytes: readFileSync(path) };
	} catch (e) {
		return `${path}: cannot read the file (${e instanceof Error ? e.message : e})`;
	}
}

export async function loadBook(accountsPath: string, repsPath: string | null): Promise<LoadResult> {
	const acc = read(accountsPath);
	if (typeof acc === 'string') return { ok: false, message: acc };
	const rep = repsPath ? read(repsPath) : null;
	if (typeof rep === 'string') return { ok: false, message: rep };
	const session = await createNodeSession();
	try {
		const a = await session.stage('accounts', acc);
		if (!a.ok) return { ok: false, message: errorText(a.error) };
		let repMapping = null;
		if (rep) {
			const r = await session.stage('reps', rep);
			if (!r.ok) return { ok: false, message: errorText(r.error) };
			repMapping = suggestMapping(
				'reps',
				r.table.columns.map((c) => c.name)
			).mapping;
		}
		const res = await session.buildBook({
			accounts: suggestMapping(
				'accounts',
				a.table.columns.map((c) => c.name)
			).mapping,
			reps: repMapping
		});
		if (!res.ok) return { ok: false, message: errorText(res.error) };
		if (res.audit.fatal) {
			const lines = res.audit.findings
				.filter((f) => f.severity === 'fatal')
				.map((f) => {
					const ex = f.examples[0];
					return `${f.file}${ex ? `: row ${ex.row}` : ''}${f.column ? `, column ${f.column}` : ''}: ${f.message}`;
				});
			return { ok: false, message: lines.join('\n') };
		}
		return { ok: true, book: res.book, audit: res.audit };
	} finally {
		await session.dispose();
	}
}
