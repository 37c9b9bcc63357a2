/**
 * Column auto-mapping: source headers -> Carve's canonical fields. Pure. Matching is case and
 * punctuation insensitive; the user reviews the suggestion and overrides it.
 */
import {
	ACCOUNT_FIELD_KEYS,
	ACCOUNT_FUZZY,
	ACCOUNT_ONLY_KEYS,
	CANONICAL_ALIASES,
	REP_FIELD_KEYS,
	REP_FUZZY,
	REP_ONLY_KEYS
} from './mapping-aliases';
import {
	ACCOUNT_FIELDS,
	REP_FIELDS,
	type AccountMapping,
	type ColumnMapping,
	type FieldOf,
	type MappingSuggestion,
	type MatchConfidence,
	type RepMapping,
	type TableKind
} from './types';

/** Lowercase letters and digits only; a Salesforce custom-field suffix (__c) is dropped. */
export function normalizeHeader(header: string): string {
	return header
		.trim()
		.replace(/__c$/i, '')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]/g, '');
}

/** Words of a header for partial matching: "BillingPostalCode" -> "billing postal code". */
function headerWords(header: string): string {
	return header
		.replace(/__c$/i, '')
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

const ALIAS_INDEX = new Map<string, string>();
for (const [key, aliases] of Object.entries(CANONICAL_ALIASES)) {
	for (const a of aliases) {
		if (ALIAS_INDEX.has(a)) throw new Error(`alias ${a} listed twice`);
		ALIAS_INDEX.set(a, key);
	}
}

/** The canonical key a header is known as (e.g. "Billing Zip/Postal Code" -> "postal_code"). */
export function canonicalKey(header: string): string | null {
	return ALIAS_INDEX.get(normalizeHeader(header)) ?? null;
}

export function emptyMapping<K extends TableKind>(kind: K): ColumnMapping<K> {
	const fields = kind === 'accounts' ? ACCOUNT_FIELDS : REP_FIELDS;
	return Object.fromEntries(fields.map((f) => [f, null])) as ColumnMapping<K>;
}

export function suggestMapping(kind: 'accounts', columns: string[]): MappingSuggestion<'accounts'>;
export function suggestMapping(kind: 'reps', columns: string[]): MappingSuggestion<'reps'>;
export function suggestMapping(kind: TableKind, columns: string[]): MappingSuggestion;
export function suggestMapping(kind: TableKind, columns: string[]): MappingSuggestion {
	const fieldKeys: Record<string, readonly string[]> =
		kind === 'accounts' ? ACCOUNT_FIELD_KEYS : REP_FIELD_KEYS;
	const fuzzy: Record<string, RegExp | undefined> = kind === 'accounts' ? ACCOUNT_FUZZY : REP_FUZZY;
	const mapping = emptyMapping(kind) as Record<string, string | null>;
	const confidence: Record<string, MatchConfidence> = {};
	const used = new Set<string>();
	const keys = columns.map((c) => canonicalKey(c));

	// Known headers first, best-ranked key first, so "BillingCity" beats "ShippingCity".
	for (const [field, accepted] of Object.entries(fieldKeys)) {
		let best = -1;
		let bestRank = Infinity;
		columns.forEach((col, k) => {
			const rank = keys[k] === null ? -1 : accepted.indexOf(keys[k] as string);
			if (rank >= 0 && rank < bestRank && !used.has(col)) {
				best = k;
				bestRank = rank;
			}
		});
		if (best >= 0) {
			mapping[field] = columns[best];
			confidence[field] = bestRank === 0 ? 'exact' : 'alias';
			used.add(columns[best]);
		}
	}
	// Then partial words, only over columns no alias claimed.
	for (const [field, re] of Object.entries(fuzzy)) {
		if (!re || mapping[field] !== null) continue;
		const col = columns.find((c, k) => !used.has(c) && keys[k] === null && re.test(headerWords(c)));
		if (col !== undefined) {
			mapping[field] = col;
			confidence[field] = 'fuzzy';
			used.add(col);
		}
	}
	return {
		mapping: mapping as ColumnMapping,
		confidence: confidence as Partial<Record<FieldOf<TableKind>, MatchConfidence>>,
		unmapped: columns.filter((c) => !used.has(c))
	};
}

/**
 * Whether the columns look like the other kind of file, e.g. a reps file dropped as accounts.
 * Returns a message naming the giveaway columns, or null.
 */
export function detectWrongKind(kind: TableKind, columns: string[]): string | null {
	const keyed = columns.map((c) => ({ c, key: canonicalKey(c) }));
	const repish = keyed.filter((x) => x.key !== null && REP_ONLY_KEYS.includes(x.key));
	const accountish = keyed.filter((x) => x.key !== null && ACCOUNT_ONLY_KEYS.includes(x.key));
	const list = (xs: { c: string }[]) =>
		xs
			.slice(0, 3)
			.map((x) => `"${x.c}"`)
			.join(', ');
	if (kind === 'accounts') {
		const hasOwner = keyed.some((x) => x.key === 'owner_id' || x.key === 'owner_name');
		// A rep id column looks like an owner column, so with one it takes two rep-only columns.
		if (repish.length > (hasOwner ? 1 : 0) && accountish.length === 0) {
			return `This looks like a reps file (it has ${list(repish)} and no owner or potential column). Load it as reps.`;
		}
	} else if (accountish.length > 0 && repish.length === 0) {
		return `This looks like an accounts file (it has ${list(accountish)} and no capacity or skills column). Load it as accounts.`;
	}
	return null;
}

/** Checks a user-edited mapping against the staged columns; returns the first problem or null. */
export function validateMapping(
	kind: TableKind,
	mapping: AccountMapping | RepMapping,
	columns: string[]
): { field: string; column: string | null; message: string } | null {
	const have = new Set(columns);
	for (const [field, col] of Object.entries(mapping) as [string, string | null][]) {
		if (col !== null && !have.has(col)) {
			return {
				field,
				column: col,
				message: `Column "${col}" (mapped to ${field}) is not in the file.`
			};
		}
	}
	if (mapping.id === null) {
		return {
			field: 'id',
			column: null,
			message: `No column is mapped to the ${kind === 'accounts' ? 'account' : 'rep'} id.`
		};
	}
	return null;
}
