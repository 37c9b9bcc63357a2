/**
 * The data audit: what is wrong with the loaded book, how often, example rows, and what to do.
 * Pure over the Book and the geocoding result. Fatal findings block planning.
 */
import type { Book } from '../core/book';
import { duplicates, findingCollector, indicesWhere, plural } from './audit-findings';
import { auditCoordinates, auditZips } from './audit-location';
import type { GeocodeResult } from './geocode';
import type { AccountMapping, AuditFinding, AuditReport, GeoCoverage, RepMapping } from './types';

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

export function auditBook(input: AuditInput): AuditReport {
	const { book, files, mapping, geo } = input;
	const a = book.accounts;
	const r = book.reps;
	const findings: AuditFinding[] = [];
	const repsFile = files.reps ?? files.accounts;
	const add = findingCollector(input, findings);

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

	auditCoordinates(mapping, geo, add);

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

	auditZips(book, mapping, geo, add);

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
