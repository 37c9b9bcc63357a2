import { describe, expect, it } from 'vitest';
import { csvCell, guardFormula, parseCsv, toCsv } from './csv';

describe('csv', () => {
	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell(null)).toBe('');
		expect(csvCell(NaN)).toBe('');
		expect(csvCell(true)).toBe('true');
	});

	it('guards text that a spreadsheet would run as a formula, not numbers', () => {
		expect(guardFormula('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
		expect(guardFormula('+1 555')).toBe(`'+1 555`);
		expect(guardFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
		expect(guardFormula('-cmd')).toBe(`'-cmd`);
		expect(guardFormula('-12.5')).toBe('-12.5');
		expect(csvCell(-3)).toBe('-3');
		expect(csvCell('=1+2,3')).toBe(`"'=1+2,3"`);
	});

	it('round-trips awkward values through parseCsv', () => {
		const rows = [
			['x', 'a "quoted", value'],
			['multi\r\nline', ''],
			['é ünïcode', 'trailing ']
		];
		const text = toCsv(['k', 'v'], rows);
		expect(text.endsWith('\r\n')).toBe(true);
		expect(parseCsv(text)).toEqual([['k', 'v'], ...rows]);
	});
});
