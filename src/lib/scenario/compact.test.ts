import { describe, expect, it } from 'vitest';
import { createRng } from '../samples/prng';
import { compactChanges, expandChanges, pack, unpack } from './compact';

describe('compact id lists', () => {
	it('round-trips awkward ids', () => {
		const ids = [
			'ACC-0000001',
			'ACC-0000002',
			'ACC-0000010',
			'ACC-0000010',
			'ACC-9',
			'ACC-10',
			'009',
			'010',
			'999',
			'1000',
			'x',
			'東京-01',
			'東京-02',
			'a1b2',
			'a1b3',
			'1234567890123456789',
			'1234567890123456790',
			'-5',
			'-6'
		];
		expect(unpack(pack(ids), 'ids')).toEqual([...ids].sort());
	});

	it('round-trips random ids', () => {
		const rng = createRng(5);
		for (let t = 0; t < 50; t++) {
			const ids = Array.from(
				{ length: rng.int(60) },
				() => rng.pick(['A', 'AB-', 'Z', '', '0']) + String(rng.int(rng.pick([10, 1000, 1e6])))
			).filter((s) => s !== '');
			expect(unpack(pack(ids), 'ids')).toEqual([...ids].sort());
		}
	});

	it('codes numbered ids as small steps', () => {
		expect(pack(['ACC-0000123', 'ACC-0000100', 'ACC-0000105'])).toEqual([
			0,
			'ACC-0000100',
			-5,
			-18
		]);
	});

	it('refuses steps that do not fit', () => {
		expect(() => unpack([0, 'A9', -1], 'ids')).toThrow(/without a usable number/);
		expect(() => unpack([-1], 'ids')).toThrow(/without a usable number/);
		expect(() => unpack([0, 'AB', -1], 'ids')).toThrow(/without a usable number/);
		expect(() => unpack([0, 'A1', -0.5], 'ids')).toThrow(/whole number/);
	});

	it('groups moves by rep and expands them back', () => {
		const moves: [string, string][] = [
			['a2', 'R1'],
			['a1', 'R2'],
			['a3', 'R1'],
			['a4', '']
		];
		const c = compactChanges({ moves, locks: ['a3'] });
		expect(c.g.map(([r]) => r)).toEqual(['', 'R1', 'R2']);
		const back = expandChanges(JSON.parse(JSON.stringify(c)));
		expect(back.locks).toEqual(['a3']);
		expect(new Set((back.moves as [string, string][]).map((m) => m.join()))).toEqual(
			new Set(moves.map((m) => m.join()))
		);
	});
});
