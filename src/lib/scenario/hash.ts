/**
 * A small non-cryptographic 64-bit hash as two independent 32-bit lanes (FNV-1a and a
 * murmur-style multiply), enough to tell "same data" from "changed data". Not a security tool:
 * a scenario is the user's own plan, so nobody gains from forging a collision.
 */

const FNV_PRIME = 0x01000193;
const MIX_PRIME = 0x5bd1e995;

export type Hash64 = [number, number];

/** Hash of a string's UTF-16 code units. */
export function hashString(s: string): Hash64 {
	let a = 0x811c9dc5;
	let b = 0x9747b28c;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		a = Math.imul(a ^ c, FNV_PRIME);
		b = Math.imul(b ^ c, MIX_PRIME);
		b ^= b >>> 13;
	}
	return [a >>> 0, fmix(b)];
}

function fmix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** Mixes two 32-bit words into a hash (used per row: id hash with a value's bits). */
export function mix(h: Hash64, x: number, y: number): Hash64 {
	let a = h[0];
	let b = h[1];
	a = Math.imul(a ^ (x >>> 0), FNV_PRIME);
	a = Math.imul(a ^ (y >>> 0), FNV_PRIME);
	b = fmix(Math.imul(b ^ (y >>> 0), MIX_PRIME) ^ (x >>> 0));
	return [fmix(a), b];
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The two 32-bit words of a number, with every NaN and both zeros normalised. */
export function numberWords(x: number): [number, number] {
	if (Number.isNaN(x)) return [0x7ff80000, 0];
	f64[0] = x === 0 ? 0 : x;
	return [u32[0], u32[1]];
}

/**
 * An order-independent accumulator: the sum of row hashes (mod 2^32 per lane), so the same rows
 * in another file order hash the same.
 */
export class SetHash {
	private a = 0;
	private b = 0;
	add(h: Hash64): void {
		this.a = (this.a + h[0]) >>> 0;
		this.b = (this.b + h[1]) >>> 0;
	}
	hex(): string {
		return toHex([this.a, this.b]);
	}
}

export function toHex(h: Hash64): string {
	return h[0].toString(16).padStart(8, '0') + h[1].toString(16).padStart(8, '0');
}
