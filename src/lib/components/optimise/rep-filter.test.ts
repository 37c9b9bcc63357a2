import { describe, expect, it } from 'vitest';
import { filterReps, pickedRep, repLabel } from './rep-filter';

const reps = [
	{ index: 0, id: 'R001', name: 'Ada Lovelace' },
	{ index: 1, id: 'R002', name: 'Grace Hopper' },
	{ index: 2, id: 'R010', name: 'Alan Turing' },
	{ index: 3, id: 'R011', name: 'R011' }
];

describe('filterReps', () => {
	it('keeps everyone for an empty query', () => {
		expect(filterReps(reps, '  ')).toHaveLength(4);
	});
	it('matches name or id, case-insensitive, every word', () => {
		expect(filterReps(reps, 'hopper').map((r) => r.index)).toEqual([1]);
		expect(filterReps(reps, 'r01').map((r) => r.index)).toEqual([2, 3]);
		expect(filterReps(reps, 'a r00').map((r) => r.index)).toEqual([0, 1]);
		expect(filterReps(reps, 'turing r001')).toEqual([]);
	});
});

describe('pickedRep', () => {
	it('keeps the choice while it still matches, else the first match', () => {
		expect(pickedRep(reps, 2)).toBe(2);
		expect(pickedRep(filterReps(reps, 'hopper'), 2)).toBe(1);
		expect(pickedRep(reps, null)).toBe(0);
		expect(pickedRep([], 1)).toBeNull();
	});
});

describe('repLabel', () => {
	it('shows the id beside a distinct name', () => {
		expect(repLabel(reps[0])).toBe('Ada Lovelace (R001)');
		expect(repLabel(reps[3])).toBe('R011');
	});
});
