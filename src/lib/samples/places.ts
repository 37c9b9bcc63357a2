/**
 * Where sample accounts and reps can sit: real ZIP codes grouped by metro. With a ZIP-centroid table
 * the places are the table's ZIPs near each metro centre (real coordinates, city, state); without
 * one, the metros' own ZIP lists with coordinates scattered deterministically around the centre.
 */
import { METROS, type Metro } from './metros';

export interface ZipPlace {
	zip: string;
	lat: number;
	lon: number;
	city: string;
	state: string;
}

export interface MetroPlaces {
	metro: Metro;
	places: ZipPlace[];
}

const EARTH_KM = 6371;

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** FNV-1a: a stable per-ZIP offset that does not consume the generator's random stream. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return h;
}

function fallbackPlaces(metro: Metro): ZipPlace[] {
	return metro.zips.split(' ').map((zip) => {
		const h = hash(zip);
		const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
		const km = 3 + ((h >>> 16) / 0x10000) * 27;
		const lat = metro.lat + (km / 111) * Math.sin(angle);
		const lon = metro.lon + (km / (111 * Math.cos((metro.lat * Math.PI) / 180))) * Math.cos(angle);
		return { zip, lat: round5(lat), lon: round5(lon), city: metro.name, state: metro.state };
	});
}

function round5(x: number): number {
	return Math.round(x * 1e5) / 1e5;
}

/**
 * Places per metro. `table` is any list of real ZIP centroids; metros with fewer than `minPlaces`
 * ZIPs inside `radiusKm` keep their built-in list so every metro stays populated.
 */
export function metroPlaces(
	table: readonly ZipPlace[] | null,
	radiusKm = 40,
	minPlaces = 5
): MetroPlaces[] {
	return METROS.map((metro) => {
		if (table) {
			const near = table
				.filter((p) => Math.abs(p.lat - metro.lat) < 1 && Math.abs(p.lon - metro.lon) < 1.5)
				.filter((p) => distanceKm(metro.lat, metro.lon, p.lat, p.lon) <= radiusKm)
				.sort((a, b) => (a.zip < b.zip ? -1 : a.zip > b.zip ? 1 : 0));
			if (near.length >= minPlaces) return { metro, places: near };
		}
		return { metro, places: fallbackPlaces(metro) };
	});
}

/** Columnar ZIP table (as the data layer's zip-centroids module parses it) to a list of places. */
export function placesFromColumns(t: {
	n: number;
	zip: string[];
	lat: ArrayLike<number>;
	lon: ArrayLike<number>;
	city: string[];
	state: string[];
}): ZipPlace[] {
	const out: ZipPlace[] = [];
	for (let i = 0; i < t.n; i++)
		out.push({ zip: t.zip[i], lat: t.lat[i], lon: t.lon[i], city: t.city[i], state: t.state[i] });
	return out;
}
