import { describe, expect, it } from 'vitest';
import type { RepRow } from '$lib/planner/assessment';
import { capacityUsed, nextSort, sortReps } from './rep-sort';

function row(index: number, over: Partial<RepRow>): RepRow {
	return {
		index,
		id: `R${index}`,
		name: `Rep ${index}`,
		accounts: 0,
		potential: 0,
		arr: 0,
		workload: 0,
		travelKm: 0,
		meanKm: 0,
		capacityAccountsUsed: NaN,
		capacityWorkloadUsed: NaN,
		overCapacity: false,
		underMinAccounts: false,
		band: {},
		...over
	};
}

const rows = [
	row(0, { name: 'Rep 10', potential: 5, capacityAccountsUsed: 0.5, band: { potential: 'over' } }),
	row(1, { name: 'rep 2', potential: 9, band: { potential: 'under' } }),
	row(2, { name: 'Rep 1', potential: 5, capacityWorkloadUsed: 1.2, band: { potential: 'within' } })
];

describe('sortReps', () => {
	it('sorts numbers both ways, ties by original order', () => {
		expect(sortReps(rows, 'potential', 'desc').map((r) => r.index)).toEqual([1, 0, 2]);
		expect(sortReps(rows, 'potential', 'asc').map((r) => r.index)).toEqual([0, 2, 1]);
	});
	it('sorts names naturally and case-blind', () => {
		expect(sortReps(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Rep 1', 'rep 2', 'Rep 10']);
	});
	it('puts missing capacity last in either direction', () => {
		expect(sortReps(rows, 'capacity', 'desc').map((r) => r.index)).toEqual([2, 0, 1]);
		expect(sortReps(rows, 'capacity', 'asc').map((r) => r.index)).toEqual([0, 2, 1]);
	});
	it('orders band status under < within < over', () => {
		expect(sortReps(rows, 'band:potential', 'asc').map((r) => r.index)).toEqual([1, 2, 0]);
	});
	it('does not reorder its input', () => {
		sortReps(rows, 'potential', 'desc');
		expect(rows.map((r) => r.index)).toEqual([0, 1, 2]);
	});
});

describe('capacityUsed and nextSort', () => {
	it('takes the fuller limit', () => {
		expect(capacityUsed(row(0, { capacityAccountsUsed: 0.4, capacityWorkloadUsed: 0.9 }))).toBe(
			0.9
		);
		expect(capacityUsed(row(0, {}))).toBeNaN();
	});
	it('flips the same column and starts a new one biggest first', () => {
		expect(nextSort({ key: 'potential', dir: 'desc' }, 'potential')).toEqual({
			key: 'potential',
			dir: 'asc'
		});
		expect(nextSort({ key: 'potential', dir: 'asc' }, 'arr')).toEqual({ key: 'arr', dir: 'desc' });
		expect(nextSort({ key: 'arr', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
	});
});
