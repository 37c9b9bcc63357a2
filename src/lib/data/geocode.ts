/**
 * Offline geocoding from ZIP centroids, plus the ZIP clean-ups that must happen first
 * (spreadsheets turn 07407 into 7407). Pure: works on the Book's arrays in place.
 */
import { findZip, type ZipCentroids } from './zip-centroids';

export interface GeocodeInput {
	zip: string[];
	/** Country per row, or null when the file has no country column (assumed US). */
	country: string[] | null;
	lat: Float64Array;
	lon: Float64Array;
}

export interface GeocodeResult {
	fromFile: number;
	fromZip: number;
	missing: number;
	/** Rows whose 4-digit ZIP was padded with a leading zero. */
	padded: number[];
	/** Rows with a ZIP not in the centroid table (and no coordinates of their own). */
	unknownZip: number[];
	/** Rows with coordinates outside [-90, 90] x [-180, 180]; they were cleared. */
	outOfRange: number[];
	/** Rows with no coordinates at all after geocoding. */
	noLocation: number[];
}

const US_NAMES = new Set([
	'',
	'us',
	'usa',
	'u.s.',
	'u.s.a.',
	'united states',
	'united states of america',
	'america'
]);

export function isUs(country: string): boolean {
	return country === '' || US_NAMES.has(country.trim().toLowerCase());
}

const indexes = new WeakMap<ZipCentroids, Map<string, number>>();

/** Exact 5-digit lookups by Map; odd spellings (ZIP+4, 4 digits) fall back to findZip. */
function zipIndex(table: ZipCentroids): Map<string, number> {
	let m = indexes.get(table);
	if (!m) {
		m = new Map(table.zip.map((z, i) => [z, i]));
		indexes.set(table, m);
	}
	return m;
}

export function geocode(
	input: GeocodeInput,
	table: ZipCentroids | null,
	options: { padZips: boolean; geocode: boolean }
): GeocodeResult {
	const { zip, country, lat, lon } = input;
	const r: GeocodeResult = {
		fromFile: 0,
		fromZip: 0,
		missing: 0,
		padded: [],
		unknownZip: [],
		outOfRange: [],
		noLocation: []
	};
	const index = table ? zipIndex(table) : null;
	for (let i = 0; i < zip.length; i++) {
		const us = country === null || isUs(country[i]);
		const z = zip[i];
		if (us && options.padZips && z.length <= 4 && /^\d{3,4}$/.test(z)) {
			zip[i] = z.padStart(5, '0');
			r.padded.push(i);
		} else if (us && z.length > 5 && /^\d{5}\.0+$/.test(z)) {
			zip[i] = z.slice(0, 5);
		}
		const hasLat = Number.isFinite(lat[i]);
		const hasLon = Number.isFinite(lon[i]);
		if (hasLat && hasLon && (Math.abs(lat[i]) > 90 || Math.abs(lon[i]) > 180)) {
			r.outOfRange.push(i);
			lat[i] = NaN;
			lon[i] = NaN;
		} else if (hasLat && hasLon && !(lat[i] === 0 && lon[i] === 0)) {
			r.fromFile++;
			continue;
		} else if (hasLat && hasLon) {
			// 0,0 ("Null Island") is what a failed geocoder writes; treat as missing.
			lat[i] = NaN;
			lon[i] = NaN;
		}
		if (zip[i] !== '' && us && options.geocode && table && index) {
			const k = index.get(zip[i]) ?? findZip(table, zip[i]);
			if (k >= 0) {
				lat[i] = table.lat[k];
				lon[i] = table.lon[k];
				r.fromZip++;
				continue;
			}
			r.unknownZip.push(i);
		}
		lat[i] = NaN;
		lon[i] = NaN;
		r.missing++;
		r.noLocation.push(i);
	}
	return r;
}
