/**
 * A fingerprint of the data a scenario was made on: counts, an order-independent hash per aspect
 * (account ids, current owners, each key metric column, open opportunities, rep ids) and, for books
 * of ordinary size, the rep id list itself, so a mismatch can be explained in plain words
 * ("rep REP-0017 is missing") rather than just "different data".
 *
 * Since scenario format 3 the fingerprint also hashes what the engine reads from the reps file
 * (`repDetails`: capacities, ramp, skills, base locations), so a link never silently applies to a
 * changed reps file. `hash` keeps its original definition (accounts, owners, columns, rep ids) so
 * fingerprints saved by older versions, which lack `repDetails`, still compare equal on the same
 * data; rep details are compared only when both sides have them.
 */
import { CORE_ACCOUNT_METRICS, type Book } from '../core/book';
import { SetHash, hashString, mix, numberWords, toHex, type Hash64 } from './hash';

/** Rep ids are listed in the fingerprint up to this many (beyond, only their hash). */
export const MAX_LISTED_REPS = 500;

/** Account columns hashed per value: the key metrics plus the open-opportunity flag. */
export const FINGERPRINT_COLUMNS = [...CORE_ACCOUNT_METRICS, 'activeOpportunity'] as const;

export interface DataFingerprint {
	accounts: number;
	reps: number;
	/** Hash over everything below: equal hashes mean the same data for a scenario's purposes. */
	hash: string;
	accountIds: string;
	owners: string;
	/** Per-column value hashes, keyed by column name; a column the book lacks is absent. */
	columns: Record<string, string>;
	repIds: string;
	/** Sorted rep ids when there are at most MAX_LISTED_REPS, else null. */
	repList: string[] | null;
	/** Per-aspect hashes of the reps' engine inputs (absent in fingerprints from format 1–2). */
	repDetails?: RepDetails;
}

export const REP_ASPECTS = ['capacity', 'ramp', 'skills', 'bases'] as const;
export type RepAspect = (typeof REP_ASPECTS)[number];
export type RepDetails = Record<RepAspect, string>;

const ASPECT_LABEL: Record<RepAspect, string> = {
	capacity: 'capacities',
	ramp: 'ramp',
	skills: 'skills',
	bases: 'base locations'
};

function mixNumbers(h: Hash64, values: number[]): Hash64 {
	for (const v of values) {
		const [x, y] = numberWords(v);
		h = mix(h, x, y);
	}
	return h;
}

const skillText = (list: string[]) =>
	list
		.map((s) => s.trim().toLowerCase())
		.sort()
		.join('\u001f');

/** Order-independent hashes of each rep's capacities, ramp, skills and base, keyed by rep id. */
export function repDetails(book: Book): RepDetails {
	const R = book.reps;
	const acc = {
		capacity: new SetHash(),
		ramp: new SetHash(),
		skills: new SetHash(),
		bases: new SetHash()
	};
	for (let j = 0; j < R.p; j++) {
		const id = hashString(R.id[j]);
		acc.capacity.add(
			mixNumbers(id, [R.capacityAccounts[j], R.capacityWorkload[j], R.minAccounts[j]])
		);
		acc.ramp.add(mixNumbers(id, [R.ramp[j]]));
		const skills = hashString(
			[R.industries[j], R.languages[j], R.segments[j]].map(skillText).join('\u001e')
		);
		acc.skills.add(mix(id, skills[0], skills[1]));
		acc.bases.add(mixNumbers(id, [R.lat[j], R.lon[j]]));
	}
	return {
		capacity: acc.capacity.hex(),
		ramp: acc.ramp.hex(),
		skills: acc.skills.hex(),
		bases: acc.bases.hex()
	};
}

function column(book: Book, name: string): ArrayLike<number> | null {
	if (name === 'activeOpportunity') return book.accounts.activeOpportunity;
	return book.accounts.metrics[name] ?? null;
}

export function fingerprint(book: Book): DataFingerprint {
	const A = book.accounts;
	const R = book.reps;
	const idHashes: Hash64[] = new Array(A.n);
	const ids = new SetHash();
	const owners = new SetHash();
	for (let i = 0; i < A.n; i++) {
		const h = hashString(A.id[i]);
		idHashes[i] = h;
		ids.add(h);
		const o = hashString(A.ownerId[i]);
		owners.add(mix(h, o[0], o[1]));
	}
	const columns: Record<string, string> = {};
	for (const name of FINGERPRINT_COLUMNS) {
		const values = column(book, name);
		if (!values) continue;
		const acc = new SetHash();
		for (let i = 0; i < A.n; i++) {
			const [x, y] = numberWords(values[i]);
			acc.add(mix(idHashes[i], x, y));
		}
		columns[name] = acc.hex();
	}
	const reps = new SetHash();
	for (const id of R.id) reps.add(hashString(id));
	const parts = [A.n, R.p, ids.hex(), owners.hex(), reps.hex()];
	for (const name of Object.keys(columns).sort()) parts.push(name, columns[name]);
	return {
		accounts: A.n,
		reps: R.p,
		hash: toHex(hashString(parts.join('|'))),
		accountIds: ids.hex(),
		owners: owners.hex(),
		columns,
		repIds: reps.hex(),
		repList: R.p <= MAX_LISTED_REPS ? [...R.id].sort() : null,
		repDetails: repDetails(book)
	};
}

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = one + 's') => `${fmt(n)} ${n === 1 ? one : many}`;

function names(list: string[], max = 5): string {
	const shown = list.slice(0, max).join(', ');
	return list.length > max ? `${shown} and ${fmt(list.length - max)} more` : shown;
}

const COLUMN_LABEL: Record<string, string> = { activeOpportunity: 'open-opportunity' };

/** Only meaningful for the same rep ids; older fingerprints have no details to compare. */
function repDetailDifferences(made: DataFingerprint, now: DataFingerprint): string[] {
	const a = made.repDetails;
	const b = now.repDetails;
	if (!a || !b) return [];
	const labels = REP_ASPECTS.filter((k) => a[k] !== b[k]).map((k) => ASPECT_LABEL[k]);
	if (!labels.length) return [];
	const list =
		labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
	return [`Same reps but their ${list} changed in the reps file.`];
}

function repDifferences(made: DataFingerprint, now: DataFingerprint): string[] {
	if (made.repIds === now.repIds && made.reps === now.reps) return repDetailDifferences(made, now);
	const out: string[] = [];
	if (made.repList && now.repList) {
		const have = new Set(now.repList);
		const had = new Set(made.repList);
		const missing = made.repList.filter((id) => !have.has(id));
		const added = now.repList.filter((id) => !had.has(id));
		if (missing.length)
			out.push(
				`${missing.length === 1 ? 'Rep' : 'Reps'} ${names(missing)} missing from the reps file.`
			);
		if (added.length)
			out.push(
				`${added.length === 1 ? 'Rep' : 'Reps'} ${names(added)} not in the scenario's data.`
			);
		if (out.length) return out;
	}
	if (made.reps !== now.reps)
		out.push(
			`The reps file has ${plural(now.reps, 'rep')}; the scenario was made on ${fmt(made.reps)}.`
		);
	else out.push(`Same number of reps (${fmt(now.reps)}) but different rep ids.`);
	return out;
}

function accountDifferences(made: DataFingerprint, now: DataFingerprint): string[] {
	if (made.accounts !== now.accounts)
		return [
			`The accounts file has ${plural(now.accounts, 'account')}; the scenario was made on ${fmt(made.accounts)}.`
		];
	if (made.accountIds !== now.accountIds)
		return [`Same number of accounts (${fmt(now.accounts)}) but different account ids.`];
	const out: string[] = [];
	if (made.owners !== now.owners) out.push('Same accounts but the current owners differ.');
	const cols = new Set([...Object.keys(made.columns), ...Object.keys(now.columns)]);
	for (const name of [...cols].sort()) {
		const label = COLUMN_LABEL[name] ?? name;
		if (!(name in now.columns))
			out.push(`The scenario's data had a ${label} column; the loaded accounts have none.`);
		else if (!(name in made.columns))
			out.push(`The loaded accounts have a ${label} column the scenario's data did not.`);
		else if (made.columns[name] !== now.columns[name])
			out.push(`Same accounts but ${label} values differ.`);
	}
	return out;
}

/**
 * How the data a scenario was made on (`made`) differs from the loaded data (`now`), in sentences
 * a planner can act on. `same` is true only when nothing differs.
 */
export function compareFingerprints(
	made: DataFingerprint,
	now: DataFingerprint
): { same: boolean; differences: string[] } {
	const differences = [...accountDifferences(made, now), ...repDifferences(made, now)];
	if (!differences.length && made.hash !== now.hash)
		differences.push('The data differs from what the scenario was made on.');
	return { same: differences.length === 0, differences };
}
