import { describe, expect, it } from 'vitest';
import { balanceMetrics, conflictSections, conflictsFor, familySections } from './conflicts';

describe('familySections', () => {
	it.each([
		['capacity', ['capacity']],
		['capacity:accounts', ['capacity']],
		['capacity:workload', ['capacity']],
		['min', ['capacity']],
		['min:accounts', ['capacity']],
		['balance:potential', ['balance']],
		['balance:workload', ['balance']],
		['lock', ['locks']],
		['skill:language', ['skills']],
		['skill:industry', ['skills']],
		['skill:segment', ['skills']],
		['moveCap', ['moveCap']],
		['allowed', ['locks', 'skills']],
		['settings', ['general']],
		['assignment', ['general']],
		['something-new', ['general']]
	])('%s -> %j', (family, sections) => {
		expect(familySections(family)).toEqual(sections);
	});
});

describe('conflictSections', () => {
	it('lists each section once, in panel order', () => {
		const c = { rules: ['skill:language', 'capacity:workload', 'lock', 'allowed'], message: 'x' };
		expect(conflictSections(c)).toEqual(['capacity', 'locks', 'skills']);
	});
	it('puts a conflict without families under general', () => {
		expect(conflictSections({ rules: [], message: 'x' })).toEqual(['general']);
	});
});

describe('conflictsFor', () => {
	const conflicts = [
		{ rules: ['moveCap', 'allowed'], message: 'a' },
		{ rules: ['balance:potential'], message: 'b' },
		{ rules: ['skill:segment', 'capacity:accounts'], message: 'c' }
	];
	it('picks the conflicts naming a section', () => {
		expect(conflictsFor(conflicts, 'skills').map((c) => c.message)).toEqual(['a', 'c']);
		expect(conflictsFor(conflicts, 'capacity').map((c) => c.message)).toEqual(['c']);
		expect(conflictsFor(conflicts, 'balance').map((c) => c.message)).toEqual(['b']);
		expect(conflictsFor(conflicts, 'general')).toEqual([]);
	});
});

describe('balanceMetrics', () => {
	it('names the metrics of balance families', () => {
		expect(
			balanceMetrics({ rules: ['balance:potential', 'capacity', 'balance:arr'], message: '' })
		).toEqual(['potential', 'arr']);
	});
});
