/**
 * Byte plumbing for share links: strict base64url and zlib with a capped, checksummed inflate.
 * fflate does not verify the zlib Adler-32 trailer, so it is checked here: a tampered or
 * bit-flipped link fails the checksum instead of decoding to something else.
 */
import { Unzlib, zlibSync } from 'fflate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const left = bytes.length - i;
		out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
		if (left > 1) out += ALPHABET[(n >> 6) & 63];
		if (left > 2) out += ALPHABET[n & 63];
	}
	return out;
}

/**
 * Bytes of an unpadded base64url string, or null when it has foreign characters, a bad length or
 * non-zero padding bits.
 */
export function fromBase64Url(s: string): Uint8Array | null {
	if (s.length % 4 === 1) return null;
	const out = new Uint8Array(Math.floor((s.length * 3) / 4));
	let o = 0;
	for (let i = 0; i < s.length; i += 4) {
		let n = 0;
		const len = Math.min(4, s.length - i);
		for (let k = 0; k < 4; k++) {
			const c = k < len ? s.charCodeAt(i + k) : 65;
			const v = c < 128 ? LOOKUP[c] : -1;
			if (v < 0) return null;
			n = (n << 6) | (k < len ? v : 0);
		}
		// Canonical form only: a last group's unused low bits must be zero, otherwise two different
		// links would decode to the same bytes and a one-character edit could go unnoticed.
		if ((len === 2 && (n & 0xffff) !== 0) || (len === 3 && (n & 0xff) !== 0)) return null;
		out[o++] = (n >> 16) & 255;
		if (len > 2) out[o++] = (n >> 8) & 255;
		if (len > 3) out[o++] = n & 255;
	}
	return out;
}

function adler32(bytes: Uint8Array): number {
	let a = 1;
	let b = 0;
	for (let i = 0; i < bytes.length;) {
		const end = Math.min(bytes.length, i + 5552);
		for (; i < end; i++) {
			a += bytes[i];
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return ((b << 16) | a) >>> 0;
}

export function deflate(bytes: Uint8Array): Uint8Array {
	return zlibSync(bytes, { level: 9, mem: 8 });
}

export type InflateResult =
	{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-big' | 'checksum' };

class TooBig extends Error {}

/**
 * Inflates zlib data, stopping as soon as the output passes `maxBytes` (a decompression bomb
 * costs at most one small chunk's expansion beyond the cap), then checks the Adler-32 trailer.
 */
export function inflate(data: Uint8Array, maxBytes: number): InflateResult {
	const parts: Uint8Array[] = [];
	let total = 0;
	const z = new Unzlib((chunk) => {
		total += chunk.length;
		if (total > maxBytes) throw new TooBig();
		parts.push(chunk);
	});
	try {
		const step = 1024;
		for (let i = 0; i < data.length; i += step)
			z.push(data.subarray(i, i + step), i + step >= data.length);
		if (data.length === 0) z.push(data, true);
	} catch (e) {
		return { ok: false, reason: e instanceof TooBig ? 'too-big' : 'corrupt' };
	}
	const bytes = new Uint8Array(total);
	let o = 0;
	for (const p of parts) {
		bytes.set(p, o);
		o += p.length;
	}
	if (data.length < 6) return { ok: false, reason: 'corrupt' };
	const t = data.length - 4;
	const want = ((data[t] << 24) | (data[t + 1] << 16) | (data[t + 2] << 8) | data[t + 3]) >>> 0;
	if (adler32(bytes) !== want) return { ok: false, reason: 'checksum' };
	return { ok: true, bytes };
}
