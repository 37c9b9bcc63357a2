import { describe, expect, it } from 'vitest';
import { cleanNumberText, ident, numericExpr } from './sql';

describe('sql helpers', () => {
	it('quotes identifiers, doubling embedded quotes, and refuses NUL', () => {
		expect(ident('Account Name')).toBe('"Account Name"');
		expect(ident('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"');
		expect(() => ident('a\0b')).toThrow();
	});

	it('cleans report-style money but not decimal commas', () => {
		expect(cleanNumberText(' $1,200.50 ')).toBe('1200.50');
		expect(cleanNumberText('1,000,000 USD')).toBe('1000000');
		expect(cleanNumberText('€ 15')).toBe('15');
		expect(cleanNumberText('12,5')).toBe('12,5');
		expect(cleanNumberText('n/a')).toBe('n/a');
	});

	it('builds the numeric cast around a quoted identifier only', () => {
		expect(numericExpr('"x"')).toContain('TRY_CAST("x" AS DOUBLE)');
	});
});
