/**
 * Geometry for drawing selections on the map: screen shapes become lon/lat shapes through an
 * injected `unproject`, so this file knows nothing about deck.gl and is tested in Node.
 */
export type ScreenPoint = readonly [number, number];
export type LonLat = [number, number];
export type Unproject = (xy: ScreenPoint) => readonly number[];

export interface LonLatBox {
	west: number;
	south: number;
	east: number;
	north: number;
}

export interface ScreenBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface SelectModifiers {
	shift: boolean;
	alt: boolean;
	ctrl: boolean;
}

export type MapSelection =
	| { kind: 'click'; index: number }
	| { kind: 'rect'; rect: LonLatBox }
	| { kind: 'lasso'; polygon: LonLat[] };

/** How a gesture combines with what is already selected (the usual desktop conventions). */
export type CombineMode = 'replace' | 'add' | 'subtract' | 'toggle';

export function combineModeOf(m: SelectModifiers): CombineMode {
	if (m.ctrl) return 'toggle';
	if (m.alt) return 'subtract';
	if (m.shift) return 'add';
	return 'replace';
}

export function modifiersOf(event: {
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
}): SelectModifiers {
	return {
		shift: Boolean(event.shiftKey),
		alt: Boolean(event.altKey),
		ctrl: Boolean(event.ctrlKey || event.metaKey)
	};
}

/** The box spanned by two corners dragged in any direction. */
export function screenBox(a: ScreenPoint, b: ScreenPoint): ScreenBox {
	return {
		x: Math.min(a[0], b[0]),
		y: Math.min(a[1], b[1]),
		width: Math.abs(a[0] - b[0]),
		height: Math.abs(a[1] - b[1])
	};
}

/** A gesture that moved less than this many pixels either way is a click, not a shape. */
export function isDrag(a: ScreenPoint, b: ScreenPoint, threshold = 4): boolean {
	return Math.abs(a[0] - b[0]) > threshold || Math.abs(a[1] - b[1]) > threshold;
}

/** Longitude folded into [-180, 180]: a panned-around map unprojects to lon < -180 or > 180. */
export function wrapLon(lon: number): number {
	if (lon >= -180 && lon <= 180) return lon;
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * The lon/lat rectangle under a screen rectangle (north-up map, no rotation). A box that crosses
 * the antimeridian comes back with west > east; one wider than the world covers every longitude.
 */
export function screenBoxToLonLat(box: ScreenBox, unproject: Unproject): LonLatBox {
	const [lonA, latA] = unproject([box.x, box.y]);
	const [lonB, latB] = unproject([box.x + box.width, box.y + box.height]);
	const south = Math.min(latA, latB);
	const north = Math.max(latA, latB);
	const left = Math.min(lonA, lonB);
	const right = Math.max(lonA, lonB);
	if (right - left >= 360) return { west: -180, south, east: 180, north };
	return { west: wrapLon(left), south, east: wrapLon(right), north };
}

/**
 * The lon/lat ring under a screen polygon. The whole ring is shifted by whole turns so the middle of
 * its longitude span lies in [-180, 180], keeping its edges continuous for point-in-polygon tests.
 */
export function screenPolygonToLonLat(
	points: readonly ScreenPoint[],
	unproject: Unproject
): LonLat[] {
	const ring = points.map((p): LonLat => {
		const [lon, lat] = unproject(p);
		return [lon, lat];
	});
	if (ring.length === 0) return ring;
	let west = Infinity;
	let east = -Infinity;
	for (const [lon] of ring) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
	}
	const middle = (west + east) / 2;
	const shift = wrapLon(middle) - middle;
	if (shift !== 0) for (const v of ring) v[0] += shift;
	return ring;
}

/**
 * Adds a pointer position to a lasso path unless it is within `minStep` pixels of the last kept
 * one: a slow drag would otherwise produce thousands of vertices to test every account against.
 */
export function extendLasso(path: ScreenPoint[], p: ScreenPoint, minStep = 3): boolean {
	const last = path[path.length - 1];
	if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < minStep) return false;
	path.push(p);
	return true;
}

/** SVG `points` text for a path. */
export function svgPoints(path: readonly ScreenPoint[]): string {
	return path.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}
