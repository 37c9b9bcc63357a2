/** The lon/lat box around some points, ignoring missing coordinates (NaN) and out-of-range values. */
export type Bounds = [[number, number], [number, number]];

export function pointBounds(lon: ArrayLike<number>, lat: ArrayLike<number>): Bounds | null {
	let minLon = Infinity;
	let minLat = Infinity;
	let maxLon = -Infinity;
	let maxLat = -Infinity;
	for (let i = 0; i < lon.length; i++) {
		const x = lon[i];
		const y = lat[i];
		if (!(x >= -180 && x <= 180 && y >= -85 && y <= 85)) continue;
		if (x < minLon) minLon = x;
		if (x > maxLon) maxLon = x;
		if (y < minLat) minLat = y;
		if (y > maxLat) maxLat = y;
	}
	if (minLon === Infinity) return null;
	// A single point (or a tiny cluster) still gets a readable extent.
	const pad = 0.05;
	return [
		[minLon - pad, minLat - pad],
		[maxLon + pad, maxLat + pad]
	];
}

export function mergeBounds(a: Bounds | null, b: Bounds | null): Bounds | null {
	if (!a) return b;
	if (!b) return a;
	return [
		[Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
		[Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])]
	];
}
