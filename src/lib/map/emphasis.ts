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

/** The flagged subset of some points: its positions (interleaved) and RGBA colours. */
export interface Flagged {
	positions: Float32Array;
	colors: Uint8Array;
}

/** Positions and RGBA colours of the points whose flags have `bit` set. */
export function gatherFlagged(
	flags: Uint8Array,
	bit: number,
	positions: Float32Array,
	colors: Uint8Array
): Flagged {
	let count = 0;
	for (let i = 0; i < flags.length; i++) if (flags[i] & bit) count++;
	const out = { positions: new Float32Array(count * 2), colors: new Uint8Array(count * 4) };
	for (let i = 0, k = 0; i < flags.length; i++)
		if (flags[i] & bit) {
			out.positions[2 * k] = positions[2 * i];
			out.positions[2 * k + 1] = positions[2 * i + 1];
			out.colors.set(colors.subarray(4 * i, 4 * i + 4), 4 * k);
			k++;
		}
	return out;
}

/**
 * RGBA (alpha 255) from RGB triplets: deck.gl colour attributes hold four channels, and a
 * three-channel binary buffer sends it down a slow per-point normalising path.
 */
export function rgba(rgb: Uint8Array): Uint8Array {
	const n = Math.floor(rgb.length / 3);
	const out = new Uint8Array(n * 4);
	for (let i = 0; i < n; i++) {
		out[4 * i] = rgb[3 * i];
		out[4 * i + 1] = rgb[3 * i + 1];
		out[4 * i + 2] = rgb[3 * i + 2];
		out[4 * i + 3] = 255;
	}
	return out;
}
