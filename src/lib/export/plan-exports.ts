/**
 * CRM-ready exports of a plan (assignment: account index -> rep index, -1 = unassigned):
 * a neutral change file, Salesforce Data Loader (`Id,OwnerId`) and HubSpot company import
 * (`Record ID,Company owner`, the UI labels listed in the CRM header reference).
 */
import type { Book } from '../core/book';
import { toCsv, type CsvValue } from './csv';

export interface ExportOptions {
	/** Only accounts whose owner changes (what a CRM update needs); default false = every account. */
	onlyChanged?: boolean;
}

export const CRM_HEADERS = ['account_id', 'new_owner_id', 'previous_owner_id', 'changed'] as const;
export const SALESFORCE_HEADERS = ['Id', 'OwnerId'] as const;
export const HUBSPOT_HEADERS = ['Record ID', 'Company owner'] as const;

function newOwnerId(book: Book, plan: Int32Array, i: number): string {
	const j = plan[i];
	return j >= 0 && j < book.reps.p ? book.reps.id[j] : '';
}

/** Rows of accounts in book order; an account counts as changed when its owner id differs. */
function* planRows(
	book: Book,
	plan: Int32Array,
	opts: ExportOptions,
	row: (i: number, next: string, prev: string, changed: boolean) => CsvValue[] | null
): Generator<CsvValue[]> {
	const A = book.accounts;
	if (plan.length !== A.n)
		throw new Error(`plan has ${plan.length} entries but the book has ${A.n} accounts`);
	for (let i = 0; i < A.n; i++) {
		const next = newOwnerId(book, plan, i);
		const prev = A.ownerId[i];
		const changed = next !== prev;
		if (opts.onlyChanged && !changed) continue;
		const r = row(i, next, prev, changed);
		if (r) yield r;
	}
}

export function crmChangesCsv(book: Book, plan: Int32Array, opts: ExportOptions = {}): string {
	const ids = book.accounts.id;
	return toCsv(
		CRM_HEADERS,
		planRows(book, plan, opts, (i, next, prev, changed) => [ids[i], next, prev, changed])
	);
}

/** Data Loader update file; unassigned accounts are left out (an empty OwnerId fails the load). */
export function salesforceCsv(book: Book, plan: Int32Array, opts: ExportOptions = {}): string {
	const ids = book.accounts.id;
	return toCsv(
		SALESFORCE_HEADERS,
		planRows(book, plan, opts, (i, next) => (next === '' ? null : [ids[i], next]))
	);
}

/**
 * HubSpot company import. `owner: 'id'` writes the rep id (use when rep ids are HubSpot owner ids
 * or e-mails); 'name' writes the rep's name, which HubSpot matches against its users.
 */
export function hubspotCsv(
	book: Book,
	plan: Int32Array,
	opts: ExportOptions & { owner?: 'id' | 'name' } = {}
): string {
	const ids = book.accounts.id;
	const R = book.reps;
	const label = (j: number) => (opts.owner === 'name' ? R.name[j] || R.id[j] : R.id[j]);
	return toCsv(
		HUBSPOT_HEADERS,
		planRows(book, plan, opts, (i, next) => (next === '' ? null : [ids[i], label(plan[i])]))
	);
}
