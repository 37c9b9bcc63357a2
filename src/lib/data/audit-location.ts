/**
 * Location findings: coordinates out of range, ZIPs that lost a leading zero or are unknown, and
 * rows left with no location at all, for accounts and reps alike (from the geocoding result).
 */
import type { Book } from '../core/book';
import { plural, type AddFinding } from './audit-findings';
import type { GeocodeResult } from './geocode';
import type { AccountMapping, RepMapping } from './types';

const coordCols = (m: AccountMapping | RepMapping | null) =>
	m ? [m.lat, m.lon].filter(Boolean).join(' / ') || null : null;

type Mapping = { accounts: AccountMapping; reps: RepMapping | null };
type Geo = { accounts: GeocodeResult; reps: GeocodeResult };

export function auditCoordinates(mapping: Mapping, geo: Geo, add: AddFinding): void {
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
}

/** Separate from the coordinate check so the report keeps its order (owner findings between). */
export function auditZips(book: Book, mapping: Mapping, geo: Geo, add: AddFinding): void {
	const a = book.accounts;
	const r = book.reps;
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
}
