import { describe, expect, it } from 'vitest';
import type { MovedAccount } from '$lib/planner/changes';
import { filterMoved, moveBackWords } from './moved-filter';

function move(index: number, from: string, to: string, potential: number, name = `Acme ${index}`) {
	const m: MovedAccount = {
		index,
		accountId: `A${index}`,
		accountName: name,
		from,
		to,
		potential,
		reasons: [],
		moveBackCost: 1,
		moveBackBreaks: []
	};
	return m;
}

const moved = [
	move(0, 'R1', 'R2', 10),
	move(1, 'R2', 'R3', 50, 'Globex'),
	move(2, 'R3', 'R1', NaN),
	move(3, '', 'R2', 50)
];
const names: Record<string, string> = { R1: 'Ann', R2: 'Bob', R3: 'Cy' };
const repName = (id: string) => names[id] ?? '';

describe('filterMoved', () => {
	it('lists largest potential first, ties and missing values in account order', () => {
		const all = filterMoved(moved, { rep: null, query: '' }, repName);
		expect(all.map((m) => m.index)).toEqual([1, 3, 0, 2]);
	});
	it('keeps moves in or out of the chosen rep', () => {
		const r2 = filterMoved(moved, { rep: 'R2', query: '' }, repName);
		expect(r2.map((m) => m.index).sort()).toEqual([0, 1, 3]);
	});
	it('matches account names, ids and rep names case-blind', () => {
		expect(filterMoved(moved, { rep: null, query: 'globex' }, repName).map((m) => m.index)).toEqual(
			[1]
		);
		expect(filterMoved(moved, { rep: null, query: ' a2 ' }, repName).map((m) => m.index)).toEqual([
			2
		]);
		expect(filterMoved(moved, { rep: null, query: 'cy' }, repName).map((m) => m.index)).toEqual([
			1, 2
		]);
	});
});

describe('moveBackWords', () => {
	it('says what moving back would cost or break', () => {
		expect(moveBackWords({ from: 'R1', moveBackCost: 12.345, moveBackBreaks: [] }).cost).toBe(
			'Moving it back would add 12.3 to the objective.'
		);
		expect(moveBackWords({ from: 'R1', moveBackCost: -2, moveBackBreaks: [] }).cost).toMatch(
			/lower/
		);
		expect(moveBackWords({ from: 'R1', moveBackCost: NaN, moveBackBreaks: [] }).cost).toMatch(
			/No cost/
		);
		expect(moveBackWords({ from: '', moveBackCost: NaN, moveBackBreaks: [] }).cost).toMatch(
			/no owner/
		);
		expect(
			moveBackWords({ from: 'R1', moveBackCost: 3, moveBackBreaks: ['R1 capacity'] }).breaks
		).toEqual(['R1 capacity']);
	});
});
