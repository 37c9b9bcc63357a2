/** Distances between accounts and rep bases. Pure math on numbers. */

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine); NaN when a coordinate is missing. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const dLat = (lat2 - lat1) * RAD;
	const dLon = (lon2 - lon1) * RAD;
	const s =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Planar distance for x/y data (lat column = y, lon column = x). */
export function euclidean(y1: number, x1: number, y2: number, x2: number): number {
	return Math.hypot(x2 - x1, y2 - y1);
}

export type DistanceMode = 'haversine' | 'euclidean';

export function distanceFn(mode: DistanceMode): typeof haversineKm {
	return mode === 'euclidean' ? euclidean : haversineKm;
}
