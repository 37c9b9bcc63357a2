/**
 * Account selection for the planner: by ids, by a lon/lat rectangle, by a lasso polygon, or by a
 * rep's accounts, combined with the current selection in replace/add/subtract/toggle mode.
 * A selection is a Uint8Array mask over accounts (1 = selected) so a 50k book stays cheap to copy.
 */
import type { AccountTable } from '../core/book';

export type SelectMode = 'replace' | 'add' | 'subtract' | 'toggle';

/** [lon, lat] pairs; the ring is closed implicitly (last point joins the first). */
export type Polygon = readonly (readonly [number, number])[];

export interface LonLatRect {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** Combines a hit mask with the current selection; returns a new mask. */
export function combine(current: Uint8Array, hits: Uint8Array, mode: SelectMode): Uint8Array {
	const out = new Uint8Array(hits.length);
	for (let i = 0; i < hits.length; i++) {
		const c = current[i] ?? 0;
		const h = hits[i];
		out[i] =
			mode === 'replace' ? h : mode === 'add' ? c | h : mode === 'subtract' ? c & ~h & 1 : c ^ h;
	}
	return out;
}

export function emptySelection(n: number): Uint8Array {
	return new Uint8Array(n);
}

export function hitsByIds(accounts: AccountTable, ids: Iterable<string>): Uint8Array {
	const wanted = new Set(ids);
	const hits = new Uint8Array(accounts.n);
	for (let i = 0; i < accounts.n; i++) if (wanted.has(accounts.id[i])) hits[i] = 1;
	return hits;
}

/** Accounts inside the rectangle (edges included); a west > east rectangle crosses the antimeridian. */
export function hitsByRect(accounts: AccountTable, rect: LonLatRect): Uint8Array {
	const south = Math.min(rect.south, rect.north);
	const north = Math.max(rect.south, rect.north);
	const wraps = rect.west > rect.east;
	const hits = new Uint8Array(accounts.n);
	for (let i = 0; i < accounts.n; i++) {
		const lat = accounts.lat[i];
		const lon = accounts.lon[i];
		if (!Number.isFinite(lat) || !Number.isFinite(lon) || lat < south || lat > north) continue;
		const inLon = wraps
			? lon >= rect.west || lon <= rect.east
			: lon >= rect.west && lon <= rect.east;
		if (inLon) hits[i] = 1;
	}
	return hits;
}

/** Even-odd ray casting; a polygon with fewer than 3 points contains nothing. */
export function pointInPolygon(lon: number, lat: number, poly: Polygon): boolean {
	let inside = false;
	for (let a = 0, b = poly.length - 1; a < poly.length; b = a++) {
		const [xa, ya] = poly[a];
		const [xb, yb] = poly[b];
		if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) inside = !inside;
	}
	return poly.length >= 3 && inside;
}

export function hitsByPolygon(accounts: AccountTable, poly: Polygon): Uint8Array {
	const hits = new Uint8Array(accounts.n);
	if (poly.length < 3) return hits;
	let west = Infinity;
	let east = -Infinity;
	let south = Infinity;
	let north = -Infinity;
	for (const [x, y] of poly) {
		west = Math.min(west, x);
		east = Math.max(east, x);
		south = Math.min(south, y);
		north = Math.max(north, y);
	}
	for (let i = 0; i < accounts.n; i++) {
		const lat = accounts.lat[i];
		const lon = accounts.lon[i];
		// Bounding-box test first: most accounts of a large book are far from a small lasso.
		if (!(lat >= south && lat <= north && lon >= west && lon <= east)) continue;
		if (pointInPolygon(lon, lat, poly)) hits[i] = 1;
	}
	return hits;
}

/** Accounts currently assigned to rep j in `assignment`. */
export function hitsByRep(assignment: Int32Array, j: number): Uint8Array {
	const hits = new Uint8Array(assignment.length);
	for (let i = 0; i < assignment.length; i++) if (assignment[i] === j) hits[i] = 1;
	return hits;
}

export function selectedIndices(mask: Uint8Array): Int32Array {
	let count = 0;
	for (let i = 0; i < mask.length; i++) count += mask[i];
	const out = new Int32Array(count);
	for (let i = 0, k = 0; i < mask.length; i++) if (mask[i]) out[k++] = i;
	return out;
}

export function countSelected(mask: Uint8Array): number {
	let count = 0;
	for (let i = 0; i < mask.length; i++) count += mask[i];
	return count;
}
