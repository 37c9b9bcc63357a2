import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from './byte-sniff';
import { precheck } from './csv-precheck';

const enc = (t: string) => new TextEncoder().encode(t);

describe('precheck', () => {
	it('counts data rows, skipping blank lines', () => {
		const r = precheck('f.csv', enc('a,b\n1,2\n\n3,4\r\n\r\n'));
		expect(r.ok && r.format === 'csv' && r.dataRows).toBe(2);
	});

	it('drops a Salesforce report footer, with a note', () => {
		const text =
			'"Account Name","Account Owner"\n"Acme","Ann"\n"Beta","Bob"\n""\n"Grand Totals (2 records)"\n""\n' +
			'"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n';
		const r = precheck('report.csv', enc(text));
		if (!r.ok || r.format !== 'csv') throw new Error('expected text');
		expect(r.dataRows).toBe(2);
		expect(new TextDecoder().decode(r.bytes)).toBe(
			'"Account Name","Account Owner"\n"Acme","Ann"\n"Beta","Bob"\n'
		);
		expect(r.notes[0]).toMatch(/Ignored 5 footer lines.*Grand Totals/);
	});

	it('keeps trailing one-value rows that are data', () => {
		const r = precheck('f.csv', enc('id,name\n1,a\n2\n'));
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

	it('converts UTF-16 (Excel "Unicode Text") to UTF-8', () => {
		const text = 'id\tname\n1\tZoë\n';
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
		const r = precheck('u.txt', bytes);
		if (!r.ok || r.format !== 'csv') throw new Error('expected text');
		expect(r.delimiter).toBe('\t');
		expect(new TextDecoder().decode(r.bytes)).toBe(text);
		expect(r.notes[0]).toMatch(/UTF-16/);
	});

	it('recognises Parquet by its magic bytes', () => {
		const bytes = new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0, 0x50, 0x41, 0x52, 0x31]);
		expect(precheck('x.parquet', bytes)).toMatchObject({ ok: true, format: 'parquet' });
	});
});
