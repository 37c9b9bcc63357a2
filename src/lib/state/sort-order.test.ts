import { describe, expect, it } from 'vitest';
import { numericOrder, textOrder } from './sort-order';

describe('sort orders', () => {
	it('sorts numbers both ways with NaN last and ties stable', () => {
		const v = Float64Array.of(3, NaN, 1, 3, 2);
		expect([...numericOrder(v, 'asc')]).toEqual([2, 4, 0, 3, 1]);
		expect([...numericOrder(v, 'desc')]).toEqual([0, 3, 4, 2, 1]);
	});

	it('sorts text naturally, case-insensitively, empty last', () => {
		const v = ['b', '', 'A10', 'a2', 'C'];
		expect([...textOrder(v, 'asc')]).toEqual([3, 2, 0, 4, 1]);
		expect([...textOrder(v, 'desc')]).toEqual([4, 0, 2, 3, 1]);
	});

	it('ignores accents and leading zeros when comparing', () => {
		expect([...textOrder(['Zoë', 'Chloé', 'chloe'], 'asc')]).toEqual([1, 2, 0]);
		expect([...textOrder(['ACC-0010', 'ACC-9', 'ACC-0002'], 'asc')]).toEqual([2, 1, 0]);
	});
});
