import { describe, expect, it } from 'vitest';
import { loadZipCentroidsSync } from '../data/zip-centroids-node';
import { distanceKm, metroPlaces, placesFromColumns } from './places';
import { createRng } from './prng';
import { allocateSeats, newHireMetros, spreadHomes } from './rep-placement';

describe('allocateSeats', () => {
	it('splits seats by largest remainder and gives every metro one when it can', () => {
		expect(allocateSeats([50, 30, 20], 10)).toEqual([5, 3, 2]);
		expect(allocateSeats([46, 34, 20], 10)).toEqual([5, 3, 2]);
		expect(allocateSeats([90, 5, 5], 10)).toEqual([8, 1, 1]);
		expect(allocateSeats([1, 1, 1], 2)).toEqual([1, 1, 0]);
		expect(allocateSeats([0, 0], 3)).toEqual([2, 1]);
	});

	it('always hands out exactly the seats asked for, each within a seat of its quota', () => {
		const rng = createRng(3);
		for (let trial = 0; trial < 200; trial++) {
			const m = 1 + rng.int(25);
			const demand = Array.from({ length: m }, () =>
				trial % 2 ? rng.next() ** 3 * 100 : rng.range(20, 100)
			);
			const count = rng.int(80);
			const seats = allocateSeats(demand, count);
			expect(seats.reduce((s, v) => s + v, 0)).toBe(count);
			const total = demand.reduce((s, v) => s + v, 0);
			const quota = demand.map((d) => (d / total) * count);
			seats.forEach((s, k) => {
				if (count >= m) expect(s).toBeGreaterThanOrEqual(1);
				// Without the one-per-metro floor at work, largest remainder stays within a seat.
				if (quota.every((q) => q >= 1)) expect(Math.abs(s - quota[k])).toBeLessThan(1);
			});
		}
	});
});

describe('newHireMetros', () => {
	it('puts half-capacity hires where seats run ahead of demand, never on a lone rep', () => {
		// Quotas 3.6, 2.2, 1.2 for 7 seats [4, 2, 1]: the first metro is most over its share.
		expect(newHireMetros([36, 22, 12], [4, 2, 1], 1)).toEqual([0]);
		expect(newHireMetros([10, 10], [1, 1], 2)).toEqual([]);
		// Metro 0 (fair 0.85 of 8.5 ramped reps) takes the first hire, then keeps its ramped rep.
		expect(newHireMetros([10, 90], [2, 8], 3)).toEqual([0, 1, 1]);
	});
});

describe('spreadHomes', () => {
	it('spreads several reps of a metro apart and keeps a lone rep central', () => {
		const [ny] = metroPlaces(placesFromColumns(loadZipCentroidsSync()));
		const rng = createRng(1);
		const [lone] = spreadHomes(rng, ny, 1);
		expect(distanceKm(ny.metro.lat, ny.metro.lon, lone.lat, lone.lon)).toBeLessThanOrEqual(12);
		const homes = spreadHomes(rng, ny, 4);
		expect(homes).toHaveLength(4);
		expect(new Set(homes.map((h) => h.zip)).size).toBe(4);
		for (const h of homes) expect(ny.places).toContain(h);
		// One per quarter of the compass: no two share a sector, so they sit well apart.
		let closest = Infinity;
		for (const a of homes)
			for (const b of homes)
				if (a !== b) closest = Math.min(closest, distanceKm(a.lat, a.lon, b.lat, b.lon));
		expect(closest).toBeGreaterThan(5);
	});
});
