/**
 * "A rep joins in 02134" or "in Austin, TX": a ZIP or "City, ST" resolved to a point through the
 * ZIP centroid table the app already loads (passed in, so this stays pure). A city resolves to
 * the mean of its ZIP centroids, a reasonable base for a rep who covers the city.
 */
import { findZip, normalizeUsZip, type ZipCentroids } from '../data/zip-centroids';

export interface Place {
	lat: number;
	lon: number;
	zip: string;
	city: string;
	state: string;
	/** How it was found, for the user: "ZIP 02134 (Allston, MA)" or "Austin, TX (45 ZIPs)". */
	label: string;
}

export type PlaceResult = { ok: true; place: Place } | { ok: false; error: string };

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Cities by "city|st" over the table, built once per table by the caller when looking up many. */
export function cityIndex(table: ZipCentroids): Map<string, number[]> {
	const index = new Map<string, number[]>();
	for (let i = 0; i < table.n; i++) {
		const key = `${norm(table.city[i])}|${norm(table.state[i])}`;
		const rows = index.get(key);
		if (rows) rows.push(i);
		else index.set(key, [i]);
	}
	return index;
}

export function lookupPlace(
	table: ZipCentroids,
	query: string,
	index: Map<string, number[]> = cityIndex(table)
): PlaceResult {
	const q = typeof query === 'string' ? query.trim().slice(0, 200) : '';
	if (q === '') return { ok: false, error: 'Enter a ZIP code or a city and state (“Austin, TX”).' };
	if (/^[\d\s.-]+$/.test(q)) {
		if (normalizeUsZip(q) === null)
			return { ok: false, error: `“${q}” is not a US ZIP code (five digits, e.g. 02134).` };
		const i = findZip(table, q);
		if (i < 0) return { ok: false, error: `ZIP ${normalizeUsZip(q)} is not in the ZIP table.` };
		const zip = table.zip[i];
		return {
			ok: true,
			place: {
				lat: table.lat[i],
				lon: table.lon[i],
				zip,
				city: table.city[i],
				state: table.state[i],
				label: `ZIP ${zip} (${table.city[i]}, ${table.state[i]})`
			}
		};
	}
	const m = /^(.+?)\s*,\s*([A-Za-z]{2})$/.exec(q);
	if (!m)
		return {
			ok: false,
			error: `“${q}” is neither a ZIP code nor “City, ST” (e.g. “Austin, TX”).`
		};
	const rows = index.get(`${norm(m[1])}|${norm(m[2])}`);
	if (!rows?.length)
		return { ok: false, error: `${m[1]}, ${m[2].toUpperCase()} is not in the ZIP table.` };
	let lat = 0;
	let lon = 0;
	for (const i of rows) {
		lat += table.lat[i];
		lon += table.lon[i];
	}
	const first = rows[0];
	return {
		ok: true,
		place: {
			lat: lat / rows.length,
			lon: lon / rows.length,
			zip: table.zip[first],
			city: table.city[first],
			state: table.state[first],
			label: `${table.city[first]}, ${table.state[first]} (${rows.length} ZIP${rows.length > 1 ? 's' : ''})`
		}
	};
}
