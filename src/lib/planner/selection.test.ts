import { describe, expect, it } from 'vitest';
import { tinyBook } from '../engine/testing/tiny-book';
import {
	combine,
	countSelected,
	hitsByIds,
	hitsByPolygon,
	hitsByRect,
	hitsByRep,
	pointInPolygon,
	selectedIndices,
	type Polygon
} from './selection';

function grid() {
	const book = tinyBook({ n: 9, p: 2, seed: 1 });
	const A = book.accounts;
	// 3 × 3 grid of accounts at lon 0..2, lat 0..2.
	for (let i = 0; i < 9; i++) {
		A.lon[i] = i % 3;
		A.lat[i] = Math.floor(i / 3);
	}
	return A;
}

describe('selection', () => {
	it('combines masks in every mode', () => {
		const cur = Uint8Array.from([1, 1, 0, 0]);
		const hit = Uint8Array.from([1, 0, 1, 0]);
		expect([...combine(cur, hit, 'replace')]).toEqual([1, 0, 1, 0]);
		expect([...combine(cur, hit, 'add')]).toEqual([1, 1, 1, 0]);
		expect([...combine(cur, hit, 'subtract')]).toEqual([0, 1, 0, 0]);
		expect([...combine(cur, hit, 'toggle')]).toEqual([0, 1, 1, 0]);
	});

	it('selects by ids, ignoring unknown ids', () => {
		const A = grid();
		const m = hitsByIds(A, [A.id[2], A.id[5], 'nope']);
		expect([...selectedIndices(m)]).toEqual([2, 5]);
	});

	it('selects by rectangle with edges included and swapped lat corners', () => {
		const A = grid();
		const m = hitsByRect(A, { west: 0.5, south: 2, east: 2, north: 1 });
		expect([...selectedIndices(m)]).toEqual([4, 5, 7, 8]);
	});

	it('handles a rectangle across the antimeridian and skips unlocated accounts', () => {
		const A = grid();
		A.lon[0] = 179;
		A.lon[1] = -179;
		A.lat[3] = NaN;
		const m = hitsByRect(A, { west: 170, south: -1, east: -170, north: 5 });
		expect([...selectedIndices(m)]).toEqual([0, 1]);
	});

	it('tests points against a concave polygon', () => {
		// A "U" shape: the notch (1, 1.5) is outside.
		const u: Polygon = [
			[0, 0],
			[3, 0],
			[3, 2],
			[2, 2],
			[2, 1],
			[1, 1],
			[1, 2],
			[0, 2]
		];
		expect(pointInPolygon(0.5, 1.5, u)).toBe(true);
		expect(pointInPolygon(1.5, 1.5, u)).toBe(false);
		expect(pointInPolygon(1.5, 0.5, u)).toBe(true);
		expect(pointInPolygon(4, 0.5, u)).toBe(false);
		expect(
			pointInPolygon(0.5, 0.5, [
				[0, 0],
				[1, 1]
			])
		).toBe(false);
	});

	it('selects by lasso polygon', () => {
		const A = grid();
		const tri: Polygon = [
			[-0.5, -0.5],
			[2.5, -0.5],
			[-0.5, 2.5]
		];
		// Below the line lon + lat = 2 (strictly): (0,0) (1,0) (0,1); on-the-line points are excluded
		// or included by ray casting; assert only the clear ones.
		const m = hitsByPolygon(A, tri);
		expect(m[0] && m[1] && m[3]).toBe(1);
		expect(m[8]).toBe(0);
		expect(m[5]).toBe(0);
	});

	it('selects a rep’s accounts and counts them', () => {
		const a = Int32Array.from([0, 1, 1, -1, 1]);
		const m = hitsByRep(a, 1);
		expect(countSelected(m)).toBe(3);
		expect([...selectedIndices(m)]).toEqual([1, 2, 4]);
	});
});
