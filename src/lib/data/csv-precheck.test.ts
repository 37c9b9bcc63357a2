import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, parseRecords, precheck, sniffDelimiter } from './csv-precheck';

const enc = (t: string) => new TextEncoder().encode(t);

describe('precheck', () => {
	it('sniffs the delimiter from consistent columns, not from commas inside values', () => {
		expect(sniffDelimiter('id;name;city\n1;"Smith, J";Paris\n2;Doe;Lyon\n')).toBe(';');
		expect(sniffDelimiter('a\tb\n1,5\t2\n')).toBe('\t');
		expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
	});

	it('parses quoted fields with doubled quotes and newlines', () => {
		expect(parseRecords('a,b\r\n"x ""y""","1\n2"\r\n', ',', 10)).toEqual([
			['a', 'b'],
			['x "y"', '1\n2']
		]);
	});

	it('counts data rows, skipping blank lines', () => {
		const r = precheck('f.csv', enc('a,b\n1,2\n\n3,4\r\n\r\n'));
		expect(r.ok && r.format === 'csv' && r.dataRows).toBe(2);
	});

	it('accepts rows with fewer values than the header', () => {
		const r = precheck('f.csv', enc('a,b,c\n1,2\n'));
		expect(r.ok).toBe(true);
	});

	it('finds the first invalid UTF-8 byte', () => {
		expect(firstInvalidUtf8(enc('héllo'))).toBe(-1);
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe9, 0x62]))).toBe(1);
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3]))).toBe(1);
	});

	it('refuses a field over the size limit, naming row and column', () => {
		const r = precheck('big.csv', enc(`a,b\n1,${'x'.repeat(1_000_001)}\n`));
		expect(!r.ok && r.error).toMatchObject({ code: 'field-too-long', row: 2, column: 'b' });
	});

	it('recognises Parquet by its magic bytes', () => {
		const bytes = new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0, 0x50, 0x41, 0x52, 0x31]);
		expect(precheck('x.parquet', bytes)).toMatchObject({ ok: true, format: 'parquet' });
	});
});
