/** The finding collector: counts every flagged row but keeps only a few examples, with source rows. */
import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import type { AuditFinding } from './types';
import { duplicates, findingCollector, indicesWhere, plural } from './audit-findings';

const book = generateBook({ accounts: 20, reps: 3, seed: 1 }).book;
const accountRows = Int32Array.from({ length: 20 }, (_, i) => i + 2);
const repRows = Int32Array.of(2, 3, 4);

describe('audit findings', () => {
	it('finds later repeats of an id, ignoring empty ids', () => {
		expect(duplicates(['a', 'b', 'a', '', '', 'b', 'a'])).toEqual([2, 5, 6]);
		expect(indicesWhere(5, (i) => i % 2 === 1)).toEqual([1, 3]);
		expect(plural(1, 'row')).toBe('1 row');
		expect(plural(1200, 'ZIP')).toBe('1,200 ZIPs');
	});

	it('keeps five examples with source rows and names the right file', () => {
		const findings: AuditFinding[] = [];
		const files = { accounts: 'accounts.csv', reps: null };
		const add = findingCollector({ book, accountRows, repRows, files }, findings);
		const rows = [0, 1, 2, 3, 4, 5, 6];
		add(
			'missing-id',
			'fatal',
			'accounts',
			'id',
			rows,
			() => '',
			(n) => `${n} bad`,
			null
		);
		add(
			'missing-id',
			'fatal',
			'reps',
			'id',
			[],
			() => '',
			(n) => `${n} bad`,
			null
		);
		add(
			'duplicate-rep-id',
			'fatal',
			'reps',
			'id',
			[2],
			(j) => `v${j}`,
			(n) => `${n} dup`,
			'fix'
		);
		expect(findings).toHaveLength(2);
		expect(findings[0]).toMatchObject({ count: 7, message: '7 bad', file: 'accounts.csv' });
		expect(findings[0].examples.map((e) => e.row)).toEqual([2, 3, 4, 5, 6]);
		expect(findings[1]).toMatchObject({ file: 'accounts.csv', count: 1, fix: 'fix' });
		expect(findings[1].examples).toEqual([{ row: 4, id: book.reps.id[2], value: 'v2' }]);
	});
});
