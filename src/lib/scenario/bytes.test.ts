import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes';

describe('base64url', () => {
	it('round-trips every length of a last group', () => {
		for (let len = 0; len <= 10; len++) {
			const bytes = Uint8Array.from({ length: len }, (_, i) => (i * 97 + 13) & 255);
			expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
		}
	});

	it('refuses a last character whose unused bits are set, so no two links share bytes', () => {
		expect(toBase64Url(Uint8Array.of(0xff))).toBe('_w');
		expect(fromBase64Url('_x')).toBeNull();
		expect(toBase64Url(Uint8Array.of(0xff, 0xff))).toBe('__8');
		expect(fromBase64Url('__9')).toBeNull();
	});

	it('refuses foreign characters and impossible lengths', () => {
		expect(fromBase64Url('ab+c')).toBeNull();
		expect(fromBase64Url('abcde')).toBeNull();
	});
});
