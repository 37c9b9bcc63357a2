import { describe, expect, it } from 'vitest';
import { guessKind, guessKinds } from './guess-kind';

describe('guessKind', () => {
	it('recognises reps and users exports', () => {
		for (const name of [
			'reps.csv',
			'Sales_Reps.parquet',
			'users-export.tsv',
			'owners.csv',
			'team 2026.csv'
		])
			expect(guessKind(name)).toBe('reps');
	});

	it('takes everything else as accounts, including words that merely contain "rep"', () => {
		for (const name of ['accounts.csv', 'companies.parquet', 'report.csv', 'prepared-book.csv'])
			expect(guessKind(name)).toBe('accounts');
	});

	it('splits two alike names into accounts then reps', () => {
		expect(guessKinds(['a.csv', 'b.csv'])).toEqual(['accounts', 'reps']);
		expect(guessKinds(['reps.csv', 'accounts.csv'])).toEqual(['reps', 'accounts']);
	});
});
