/**
 * The data audit: what is wrong with the loaded book, how often, example rows, and what to do.
 * Pure over the Book and the geocoding result. Fatal findings block planning.
 */
import type { Book } from '../core/book';
import type { GeocodeResult } from './geocode';
import type {
	AccountMapping,
	AuditExample,
	AuditFinding,
	AuditReport,
	GeoCoverage,
	RepMapping,
	TableKind
} from './types';

export interface AuditInput {
	book: Book;
	/** Source row (header = 1) of each account / rep. */
	accountRows: Int32Array;
	repRows: Int32Array;
	files: { accounts: string; reps: string | null };
	mapping: { accounts: AccountMapping; reps: RepMapping | null };
	geo: { accounts: GeocodeResult; reps: GeocodeResult };
	/** Findings computed in SQL from the raw text (non-numeric values). */
	extra: AuditFinding[];
	repsDerived: boolean;
}

const MAX_EXAMPLES = 5;

export function auditBook(input: AuditInput): AuditReport {
	const { book, accountRows, repRows, files, mapping, geo } = input;
	const a = book.accounts;
	const r = book.reps;
	const findings: AuditFinding[] = [];
	const repsFile = files.reps ?? files.accounts;

	const add = (
		code: AuditFinding['code'],
		severity: AuditFinding['severity'],
		table: TableKind,
		column: string | null,
		rows: number[],
		value: (i: number) => string,
		message: (count: number) => string,
		fix: string | null
	) => {
		if (rows.length === 0) return;
		const ids = table === 'accounts' ? a.id : r.id;
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
	const plural = (n: number, one: string, many = one + 's') =>
		`${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

	if (a.n === 0) {
		findings.push({
			code: 'no-accounts',
			severity: 'fatal',
			table: 'accounts',
			file: files.accounts,
			column: null,
			count: 0,
			message: 'The accounts file has no accounts.',
			examples: [],
			fix: 'Load a file with at least one account row.'
		});
	}
	if (r.p === 0) {
		findings.push({
			code: 'no-reps',
			severity: 'fatal',
			table: 'reps',
			file: repsFile,
			column: null,
			count: 0,
			message: 'There are no reps to assign accounts to.',
			examples: [],
			fix: 'Load a reps file, or map the owner column so reps can be taken from it.'
		});
	}

	const idCol = mapping.accounts.id;
	add(
		'missing-id',
		'fatal',
		'accounts',
		idCol,
		indicesWhere(a.n, (i) => a.id[i].trim() === ''),
		() => '',
		(n) => `${plural(n, 'account')} without an id.`,
		'Fill in the id or remove these rows.'
	);
	add(
		'duplicate-account-id',
		'fatal',
		'accounts',
		idCol,
		duplicates(a.id),
		(i) => a.id[i],
		(n) =>
			`${plural(n, 'row')} ${n === 1 ? 'repeats' : 'repeat'} an account id used by an earlier row.`,
		'Make account ids unique (or remove duplicated rows) and load the file again.'
	);
	if (!input.repsDerived) {
		add(
			'missing-id',
			'fatal',
			'reps',
			mapping.reps?.id ?? null,
			indicesWhere(r.p, (j) => r.id[j].trim() === ''),
			() => '',
			(n) => `${plural(n, 'rep')} without an id.`,
			'Fill in the rep id or remove these rows.'
		);
		add(
			'duplicate-rep-id',
			'fatal',
			'reps',
			mapping.reps?.id ?? null,
			duplicates(r.id),
			(j) => r.id[j],
			(n) =>
				`${plural(n, 'row')} ${n === 1 ? 'repeats' : 'repeat'} a rep id used by an earlier row.`,
			'Make rep ids unique.'
		);
	}

	findings.push(...input.extra);
	for (const metric of ['potential', 'arr', 'workload'] as const) {
		const col = mapping.accounts[metric];
		const values = a.metrics[metric];
		if (col === null || !values) continue;
		const missing = indicesWhere(a.n, (i) => Number.isNaN(values[i]));
		const nonNumeric =
			input.extra.find((f) => f.code === 'non-numeric' && f.column === col)?.count ?? 0;
		if (missing.length > nonNumeric) {
			add(
				'missing-value',
				'warning',
				'accounts',
				col,
				missing,
				() => '',
				(n) => `${plural(n, 'account')} with no ${metric} (blank or not a number).`,
				`Fill in ${col} in the source file; until then these accounts carry no ${metric}.`
			);
		}
		if (metric === 'potential') {
			add(
				'negative-potential',
				'warning',
				'accounts',
				col,
				indicesWhere(a.n, (i) => values[i] < 0),
				(i) => String(values[i]),
				(n) => `${plural(n, 'account')} with a negative potential.`,
				'Potential should be zero or more; check the sign or the column mapping.'
			);
		}
	}

	const coordCols = (m: AccountMapping | RepMapping | null) =>
		m ? [m.lat, m.lon].filter(Boolean).join(' / ') || null : null;
	add(
		'coordinate-out-of-range',
		'warning',
		'accounts',
		coordCols(mapping.accounts),
		geo.accounts.outOfRange,
		() => 'outside ±90 / ±180',
		(n) => `${plural(n, 'account')} with coordinates out of range; they were ignored.`,
		'Check that latitude and longitude are not swapped or scaled; Carve used the ZIP instead where it could.'
	);
	add(
		'coordinate-out-of-range',
		'warning',
		'reps',
		coordCols(mapping.reps),
		geo.reps.outOfRange,
		() => 'outside ±90 / ±180',
		(n) => `${plural(n, 'rep')} with coordinates out of range; they were ignored.`,
		'Check the rep coordinates.'
	);

	if (!input.repsDerived) {
		add(
			'owner-not-in-reps',
			'warning',
			'accounts',
			mapping.accounts.owner,
			indicesWhere(a.n, (i) => a.ownerId[i] !== '' && a.owner[i] < 0),
			(i) => a.ownerId[i],
			(n) => `${plural(n, 'account')} owned by someone who is not in the reps file.`,
			'Add the missing reps to the reps file, or the accounts count as unassigned.'
		);
		const counts = new Int32Array(r.p);
		for (let i = 0; i < a.n; i++) if (a.owner[i] >= 0) counts[a.owner[i]]++;
		add(
			'rep-without-accounts',
			'info',
			'reps',
			mapping.reps?.id ?? null,
			indicesWhere(r.p, (j) => counts[j] === 0),
			(j) => r.name[j] || r.id[j],
			(n) => `${plural(n, 'rep')} currently ${n === 1 ? 'owns' : 'own'} no accounts (new hires?).`,
			'Nothing to do if they are new; otherwise check the owner ids in the accounts file.'
		);
	} else {
		findings.push({
			code: 'reps-derived-from-owners',
			severity: 'info',
			table: 'reps',
			file: files.accounts,
			column: mapping.accounts.owner,
			count: r.p,
			message: `No reps file: ${plural(r.p, 'rep')} taken from the account owners, without locations or capacities.`,
			examples: [],
			fix: 'Load a reps file to give reps a base location, capacity and skills.'
		});
	}

	for (const [table, g] of [
		['accounts', geo.accounts],
		['reps', geo.reps]
	] as const) {
		const m = table === 'accounts' ? mapping.accounts : mapping.reps;
		const zips = table === 'accounts' ? a.zip : r.zip;
		add(
			'zip-lost-leading-zero',
			'warning',
			table,
			m?.zip ?? null,
			g.padded,
			(i) => zips[i],
			(n) =>
				`${plural(n, 'ZIP')} had lost a leading zero (e.g. 7407); they were padded to 5 digits.`,
			'Keep ZIP columns as text in your spreadsheet so leading zeros survive.'
		);
		add(
			'unknown-zip',
			'warning',
			table,
			m?.zip ?? null,
			g.unknownZip,
			(i) => zips[i],
			(n) => `${plural(n, 'ZIP')} not found in the US ZIP table.`,
			'Check these ZIPs, or add latitude and longitude columns.'
		);
		add(
			'no-location',
			'warning',
			table,
			m?.zip ?? coordCols(m ?? null),
			g.noLocation,
			(i) => zips[i],
			(n) =>
				`${plural(n, table === 'accounts' ? 'account' : 'rep')} without any location (no coordinates, no known ZIP).`,
			'Add a ZIP or coordinates; without a location travel cannot be counted for them.'
		);
	}

	const coverage = (g: GeocodeResult, total: number): GeoCoverage => ({
		total,
		fromFile: g.fromFile,
		fromZip: g.fromZip,
		missing: g.missing
	});
	return {
		findings: findings.sort((x, y) => rank(x.severity) - rank(y.severity)),
		fatal: findings.some((f) => f.severity === 'fatal'),
		accounts: a.n,
		reps: r.p,
		geocoding: { accounts: coverage(geo.accounts, a.n), reps: coverage(geo.reps, r.p) }
	};
}

const rank = (s: AuditFinding['severity']) => (s === 'fatal' ? 0 : s === 'warning' ? 1 : 2);

function indicesWhere(n: number, pred: (i: number) => boolean): number[] {
	const out: number[] = [];
	for (let i = 0; i < n; i++) if (pred(i)) out.push(i);
	return out;
}

/** Indices of rows whose id already appeared earlier (empty ids are reported separately). */
function duplicates(ids: string[]): number[] {
	const seen = new Set<string>();
	const out: number[] = [];
	ids.forEach((id, i) => {
		if (id === '') return;
		if (seen.has(id)) out.push(i);
		else seen.add(id);
	});
	return out;
}
