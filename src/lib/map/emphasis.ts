/**
 * Per-point emphasis flags and the small attribute arrays drawn for them. Typed-array loops only:
 * a 50k-point book is rebuilt on every hand edit, so nothing here allocates per point.
 */

/** Bit 1: the point differs from its reference (drawn with a dark ring). */
export const MOVED = 1;
/** Bit 2: the point is selected (drawn with a bright ring). */
export const SELECTED = 2;

/**
 * Flags from two category arrays (a point whose `current` differs from `reference` is moved) and an
 * optional selection mask. Writes into `out` when it has the right length.
 */
export function emphasisFlags(
	current: ArrayLike<number>,
	reference: ArrayLike<number>,
	selection: ArrayLike<number> | null,
	out?: Uint8Array
): Uint8Array {
	const n = current.length;
	const flags = out && out.length === n ? out : new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const moved = current[i] !== reference[i] ? MOVED : 0;
		flags[i] = selection && selection[i] ? moved | SELECTED : moved;
	}
	return flags;
}

/** Interleaved lon/lat (x0, y0, x1, y1, ...) as 32-bit floats for a binary position attribute. */
export function interleave(lon: ArrayLike<number>, lat: ArrayLike<number>): Float32Array {
	const out = new Float32Array(lon.length * 2);
	for (let i = 0; i < lon.length; i++) {
		out[2 * i] = lon[i];
		out[2 * i + 1] = lat[i];
	}
	return out;
}

/** Positions (from an interleaved array) of the points whose flags have `bit` set. */
export function flaggedPositions(
	positions: Float32Array,
	flags: Uint8Array,
	bit: number
): Float32Array {
	let count = 0;
	for (let i = 0; i < flags.length; i++) if (flags[i] & bit) count++;
	const out = new Float32Array(count * 2);
	for (let i = 0, k = 0; i < flags.length; i++)
		if (flags[i] & bit) {
			out[k++] = positions[2 * i];
			out[k++] = positions[2 * i + 1];
		}
	return out;
}
