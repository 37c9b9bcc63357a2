/**
 * The typed arrays deck.gl draws the points from, built once per data set. Attribute objects are
 * kept between redraws so unchanged ones are not uploaded to the GPU again.
 */
import { gatherFlagged, interleave, MOVED, rgba, SELECTED } from './emphasis';

export interface MapPoints {
	lon: ArrayLike<number>;
	lat: ArrayLike<number>;
	/** RGB per point (length 3n). */
	colors: Uint8Array;
	/** Optional emphasis per point: bit 1 = moved (dark ring), bit 2 = selected (bright ring). */
	flags?: Uint8Array | null;
}

export type Attribute = { value: Float32Array | Uint8Array; size: number; normalized?: boolean };
export interface Marked {
	position: Attribute;
	color: Attribute;
}

/** The buffers behind one point layer and its moved and selected marks. */
export interface PointBuffers {
	length: number;
	position: Attribute;
	color: Attribute;
	flags: Uint8Array;
	moved: Marked;
	selected: Marked;
}

const colorAttribute = (value: Uint8Array): Attribute => ({
	value,
	size: 4,
	normalized: true
});

export function pointBuffers(points: MapPoints): PointBuffers {
	const n = points.lon.length;
	const b: PointBuffers = {
		length: n,
		position: { value: interleave(points.lon, points.lat), size: 2 },
		color: colorAttribute(rgba(points.colors)),
		flags: points.flags ?? new Uint8Array(n),
		moved: mark(new Float32Array(0), new Uint8Array(0)),
		selected: mark(new Float32Array(0), new Uint8Array(0))
	};
	gatherMarks(b);
	return b;
}

function mark(positions: Float32Array, colors: Uint8Array): Marked {
	return { position: { value: positions, size: 2 }, color: colorAttribute(colors) };
}

/** Recolours in place: the position attribute stays the same object, so it is not uploaded again. */
export function setPointColors(b: PointBuffers, colors: Uint8Array): void {
	b.color = colorAttribute(rgba(colors));
	gatherMarks(b);
}

/** New moved and selected marks; colours and positions stay as they are. */
export function setPointFlags(b: PointBuffers, flags: Uint8Array | null): void {
	b.flags = flags ?? new Uint8Array(b.length);
	gatherMarks(b);
}

/** Flagged points are drawn again on top, in their own colour, inside their ring. */
function gatherMarks(b: PointBuffers): void {
	const positions = b.position.value as Float32Array;
	const colors = b.color.value as Uint8Array;
	for (const [key, bit] of [
		['moved', MOVED],
		['selected', SELECTED]
	] as const) {
		const g = gatherFlagged(b.flags, bit, positions, colors);
		b[key] = mark(g.positions, g.colors);
	}
}
