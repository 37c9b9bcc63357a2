/**
 * Book edits: the changes a what-if makes to the data a plan is made on (a rep leaves, a rep
 * joins, a capacity or ramp changes, a demand surge). They are plain JSON so a scenario can carry
 * them and replay them on the base data: base book + edits = the book the plan was solved on.
 * Applying never mutates the input; every column of the result is a fresh array.
 */
import type { AccountTable, Book, RepTable } from '../core/book';

export interface NewRep {
	id: string;
	name?: string;
	lat: number;
	lon: number;
	zip?: string;
	city?: string;
	/** Default: the existing reps' mean full-time capacity × ramp (NaN when none has one). */
	capacityAccounts?: number;
	capacityWorkload?: number;
	/** Share of a full territory; default 1. */
	ramp?: number;
	/** Empty lists (the default) make a generalist: any industry, language and segment except enterprise (see compile-rules). */
	industries?: string[];
	segments?: string[];
	languages?: string[];
}

export interface AccountFilter {
	segment?: string;
	state?: string;
	industry?: string;
}

export type BookEdit =
	| { kind: 'rep-leaves'; repId: string }
	| { kind: 'rep-joins'; rep: NewRep }
	| {
			kind: 'rep-capacity';
			repId: string;
			ramp?: number;
			capacityAccounts?: number;
			capacityWorkload?: number;
	  }
	| { kind: 'scale-potential'; filter: AccountFilter; factor: number; metric?: string };

export const BOOK_EDIT_KINDS = [
	'rep-leaves',
	'rep-joins',
	'rep-capacity',
	'scale-potential'
] as const;

export type EditResult = { ok: true; book: Book } | { ok: false; error: string };

class EditError extends Error {}

const quote = (s: string) => `“${s.slice(0, 60)}”`;

function repIndex(reps: RepTable, id: string, what: string): number {
	const j = reps.id.indexOf(id);
	if (j < 0) throw new EditError(`${what}: there is no rep ${quote(id)}`);
	return j;
}

function checkNumber(v: number | undefined, what: string, min: number, allowNaN = false): void {
	if (v === undefined || (allowNaN && Number.isNaN(v))) return;
	if (!Number.isFinite(v) || v < min)
		throw new EditError(`${what} should be a finite number of at least ${min}`);
}

/** A copy of every column, so later edits may write in place without touching the input. */
export function copyBook(book: Book): Book {
	const A = book.accounts;
	const R = book.reps;
	const metrics: Record<string, Float64Array> = {};
	for (const [k, v] of Object.entries(A.metrics)) metrics[k] = Float64Array.from(v);
	const accounts: AccountTable = {
		...A,
		id: [...A.id],
		name: [...A.name],
		ownerId: [...A.ownerId],
		owner: Int32Array.from(A.owner),
		lat: Float64Array.from(A.lat),
		lon: Float64Array.from(A.lon),
		zip: [...A.zip],
		city: [...A.city],
		state: [...A.state],
		country: [...A.country],
		industry: [...A.industry],
		segment: [...A.segment],
		language: [...A.language],
		activeOpportunity: Uint8Array.from(A.activeOpportunity),
		metrics
	};
	return { accounts, reps: copyReps(R, () => true) };
}

/** The reps kept by `keep`, every column copied. */
function copyReps(R: RepTable, keep: (j: number) => boolean): RepTable {
	const idx: number[] = [];
	for (let j = 0; j < R.p; j++) if (keep(j)) idx.push(j);
	const f64 = (a: Float64Array) => Float64Array.from(idx, (j) => a[j]);
	return {
		p: idx.length,
		id: idx.map((j) => R.id[j]),
		name: idx.map((j) => R.name[j]),
		lat: f64(R.lat),
		lon: f64(R.lon),
		zip: idx.map((j) => R.zip[j]),
		capacityAccounts: f64(R.capacityAccounts),
		capacityWorkload: f64(R.capacityWorkload),
		minAccounts: f64(R.minAccounts),
		industries: idx.map((j) => [...R.industries[j]]),
		languages: idx.map((j) => [...R.languages[j]]),
		segments: idx.map((j) => [...R.segments[j]]),
		ramp: f64(R.ramp),
		startDate: idx.map((j) => R.startDate[j])
	};
}

const rampOf = (r: number) => (Number.isFinite(r) && r > 0 ? r : 1);

/** Mean full-time capacity (capacity / ramp) over reps that have one; NaN when none does. */
export function meanFullCapacity(reps: RepTable, cap: Float64Array): number {
	let sum = 0;
	let count = 0;
	for (let j = 0; j < reps.p; j++)
		if (Number.isFinite(cap[j])) {
			sum += cap[j] / rampOf(reps.ramp[j]);
			count++;
		}
	return count > 0 ? sum / count : NaN;
}

function repLeaves(book: Book, repId: string): Book {
	const gone = repIndex(book.reps, repId, 'A rep leaving');
	const A = book.accounts;
	const reps = copyReps(book.reps, (j) => j !== gone);
	// Their accounts become unowned (no disruption cost, outside the move cap); later reps shift down.
	for (let i = 0; i < A.n; i++) {
		const o = A.owner[i];
		if (o === gone) {
			A.owner[i] = -1;
			A.ownerId[i] = '';
		} else if (o > gone) A.owner[i] = o - 1;
	}
	return { accounts: A, reps };
}

function repJoins(book: Book, rep: NewRep): Book {
	const R = book.reps;
	const what = `New rep ${quote(rep.id ?? '')}`;
	if (typeof rep.id !== 'string' || rep.id.trim() === '')
		throw new EditError('A new rep needs an id');
	if (R.id.includes(rep.id)) throw new EditError(`${what}: that id is already a rep's`);
	if (book.accounts.ownerId.includes(rep.id))
		throw new EditError(`${what}: accounts already name that id as their owner; choose another id`);
	if (!(Number.isFinite(rep.lat) && Math.abs(rep.lat) <= 90))
		throw new EditError(`${what}: latitude should be a number between -90 and 90`);
	if (!(Number.isFinite(rep.lon) && Math.abs(rep.lon) <= 180))
		throw new EditError(`${what}: longitude should be a number between -180 and 180`);
	checkNumber(rep.capacityAccounts, `${what}: account capacity`, 0, true);
	checkNumber(rep.capacityWorkload, `${what}: workload capacity`, 0, true);
	checkNumber(rep.ramp, `${what}: ramp`, 0);
	if (rep.ramp === 0) throw new EditError(`${what}: ramp should be above 0`);
	const ramp = rep.ramp ?? 1;
	const reps = copyReps(R, () => true);
	const push = (a: Float64Array, v: number) => Float64Array.from([...a, v]);
	reps.p += 1;
	reps.id.push(rep.id);
	reps.name.push(rep.name?.trim() || rep.id);
	reps.lat = push(R.lat, rep.lat);
	reps.lon = push(R.lon, rep.lon);
	reps.zip.push(rep.zip ?? '');
	reps.capacityAccounts = push(
		R.capacityAccounts,
		rep.capacityAccounts ?? meanFullCapacity(R, R.capacityAccounts) * ramp
	);
	reps.capacityWorkload = push(
		R.capacityWorkload,
		rep.capacityWorkload ?? meanFullCapacity(R, R.capacityWorkload) * ramp
	);
	reps.minAccounts = push(R.minAccounts, NaN);
	reps.industries.push([...(rep.industries ?? [])]);
	reps.languages.push([...(rep.languages ?? [])]);
	reps.segments.push([...(rep.segments ?? [])]);
	reps.ramp = push(R.ramp, ramp);
	reps.startDate.push('');
	return { accounts: book.accounts, reps };
}

function repCapacity(book: Book, e: Extract<BookEdit, { kind: 'rep-capacity' }>): Book {
	const R = book.reps;
	const j = repIndex(R, e.repId, 'A capacity change');
	const what = `Rep ${quote(e.repId)}`;
	checkNumber(e.capacityAccounts, `${what}: account capacity`, 0, true);
	checkNumber(e.capacityWorkload, `${what}: workload capacity`, 0, true);
	checkNumber(e.ramp, `${what}: ramp`, 0);
	if (e.ramp === 0) throw new EditError(`${what}: ramp should be above 0`);
	// A ramp change scales the capacities it does not set: a hire at 50% carries half the load.
	const scale = e.ramp === undefined ? 1 : e.ramp / rampOf(R.ramp[j]);
	if (e.ramp !== undefined) R.ramp[j] = e.ramp;
	R.capacityAccounts[j] = e.capacityAccounts ?? R.capacityAccounts[j] * scale;
	R.capacityWorkload[j] = e.capacityWorkload ?? R.capacityWorkload[j] * scale;
	R.minAccounts[j] = R.minAccounts[j] * scale;
	return book;
}

/** Accounts matching every field the filter sets (case-insensitive, trimmed). */
export function matchAccounts(accounts: AccountTable, filter: AccountFilter): Uint8Array {
	const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();
	const tests: [string[], string][] = [];
	if (norm(filter.segment)) tests.push([accounts.segment, norm(filter.segment)]);
	if (norm(filter.state)) tests.push([accounts.state, norm(filter.state)]);
	if (norm(filter.industry)) tests.push([accounts.industry, norm(filter.industry)]);
	const hit = new Uint8Array(accounts.n);
	if (!tests.length) return hit;
	for (let i = 0; i < accounts.n; i++)
		hit[i] = tests.every(([col, v]) => col[i].trim().toLowerCase() === v) ? 1 : 0;
	return hit;
}

function scalePotential(book: Book, e: Extract<BookEdit, { kind: 'scale-potential' }>): Book {
	const metric = e.metric ?? 'potential';
	const col = book.accounts.metrics[metric];
	if (!col) throw new EditError(`A demand change names ${quote(metric)}, which is not a column`);
	if (!Number.isFinite(e.factor) || e.factor < 0)
		throw new EditError('A demand change factor should be a finite number of at least 0');
	const f = e.filter ?? {};
	if (![f.segment, f.state, f.industry].some((s) => typeof s === 'string' && s.trim() !== ''))
		throw new EditError('A demand change should name a segment, a state or an industry');
	const hit = matchAccounts(book.accounts, f);
	if (!hit.some((h) => h === 1))
		throw new EditError(`A demand change matches no account (${describeFilter(f)})`);
	for (let i = 0; i < col.length; i++) if (hit[i]) col[i] *= e.factor;
	return book;
}

export function describeFilter(f: AccountFilter): string {
	const parts: string[] = [];
	if (f.segment?.trim()) parts.push(`segment ${f.segment.trim()}`);
	if (f.industry?.trim()) parts.push(`industry ${f.industry.trim()}`);
	if (f.state?.trim()) parts.push(`state ${f.state.trim()}`);
	return parts.join(', ') || 'every account';
}

/**
 * The base book with `edits` applied in order, as fresh arrays (the input itself when there are no
 * edits); the first edit that cannot apply is named.
 */
export function applyBookEdits(book: Book, edits: readonly BookEdit[]): EditResult {
	if (edits.length === 0) return { ok: true, book };
	let out = copyBook(book);
	for (let k = 0; k < edits.length; k++) {
		const e = edits[k];
		try {
			if (e.kind === 'rep-leaves') out = repLeaves(out, e.repId);
			else if (e.kind === 'rep-joins') out = repJoins(out, e.rep);
			else if (e.kind === 'rep-capacity') out = repCapacity(out, e);
			else if (e.kind === 'scale-potential') out = scalePotential(out, e);
			else throw new EditError(`unknown kind of change`);
		} catch (err) {
			const why = err instanceof EditError ? err.message : 'it could not be applied';
			return { ok: false, error: `Change ${k + 1} of ${edits.length}: ${why}.` };
		}
	}
	return { ok: true, book: out };
}
