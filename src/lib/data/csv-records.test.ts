import { describe, expect, it } from 'vitest';
import { parseRecords, sniffDelimiter } from './csv-records';

describe('csv records', () => {
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
});
