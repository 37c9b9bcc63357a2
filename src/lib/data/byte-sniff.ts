/**
 * What kind of bytes a dropped file holds, before any parsing: byte-order marks, UTF-16, Parquet and
 * ZIP magic numbers, binary control bytes, and where UTF-8 first breaks. Pure, no I/O.
 */

export function hasBom(b: Uint8Array): boolean {
	return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

/** Excel's "Unicode Text" export is UTF-16 with a byte-order mark. */
export function utf16Encoding(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
	if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
	return null;
}

export function isParquetMagic(b: Uint8Array): boolean {
	const n = b.length;
	const par1 = (o: number) =>
		b[o] === 0x50 && b[o + 1] === 0x41 && b[o + 2] === 0x52 && b[o + 3] === 0x31;
	return n >= 8 && par1(0) && par1(n - 4);
}

export function binaryKind(b: Uint8Array): string | null {
	if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
		return 'a ZIP archive, e.g. an Excel .xlsx workbook';
	}
	if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31) {
		return 'a damaged Parquet file';
	}
	const n = Math.min(b.length, 1 << 16);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const c = b[i];
		if (c === 0) return 'it contains NUL bytes';
		if (c < 0x09 || (c > 0x0d && c < 0x20)) control++;
	}
	return control > n / 100 ? 'it contains binary control bytes' : null;
}

/** Native (fast) validity check; the slow scan below only runs to locate a problem. */
export function isValidUtf8(b: Uint8Array): boolean {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for (let i = 0; i < b.length; i += 1 << 22) {
			decoder.decode(b.subarray(i, Math.min(b.length, i + (1 << 22))), { stream: true });
		}
		decoder.decode();
		return true;
	} catch {
		return false;
	}
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
	const n = b.length;
	let i = 0;
	while (i < n) {
		const c = b[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		let need: number;
		if (c >= 0xc2 && c <= 0xdf) need = 1;
		else if (c >= 0xe0 && c <= 0xef) need = 2;
		else if (c >= 0xf0 && c <= 0xf4) need = 3;
		else return i;
		if (i + need >= n) return i;
		for (let k = 1; k <= need; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
		i += need + 1;
	}
	return -1;
}
