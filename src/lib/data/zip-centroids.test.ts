import { haversineKm } from '../core/distance';
import { describe, expect, it } from 'vitest';
import {
	findZip,
	formatZipCentroids,
	nearbyZips,
	normalizeUsZip,
	parseZipCentroids,
	zipRow
} from './zip-centroids';
import { loadZipCentroidsSync } from './zip-centroids-node';

describe('zip centroids', () => {
	const table = loadZipCentroidsSync();

	it('loads the committed table with tens of thousands of ZIPs', () => {
		expect(table.n).toBeGreaterThan(40_000);
		const unsorted = table.zip.findIndex((z, i) => i > 0 && z <= table.zip[i - 1]);
		expect(unsorted).toBe(-1);
	});

	it('finds real ZIPs with city and state', () => {
		expect(zipRow(table, findZip(table, '10001'))).toMatchObject({ city: 'New York', state: 'NY' });
		const sf = zipRow(table, findZip(table, '94103'));
		expect(sf.state).toBe('CA');
		expect(haversineKm(sf.lat, sf.lon, 37.7749, -122.4194)).toBeLessThan(5);
	});

	it('accepts a ZIP that lost its leading zero and ZIP+4', () => {
		expect(findZip(table, '7407')).toBe(findZip(table, '07407'));
		expect(findZip(table, '07407-1234')).toBe(findZip(table, '07407'));
		expect(findZip(table, '07407')).toBeGreaterThanOrEqual(0);
		expect(findZip(table, '00000')).toBe(-1);
		expect(findZip(table, 'SW1A 1AA')).toBe(-1);
	});

	it('normalizes ZIP spellings', () => {
		expect(normalizeUsZip(' 2134 ')).toBe('02134');
		expect(normalizeUsZip('2134.0')).toBe('02134');
		expect(normalizeUsZip('12')).toBeNull();
		expect(normalizeUsZip('abcde')).toBeNull();
	});

	it('lists ZIPs near a point, nearest first, all inside the radius', () => {
		const near = nearbyZips(table, 41.8781, -87.6298, 15);
		expect(near.length).toBeGreaterThan(30);
		let last = 0;
		for (const i of near) {
			const d = haversineKm(41.8781, -87.6298, table.lat[i], table.lon[i]);
			expect(d).toBeLessThanOrEqual(15);
			expect(d).toBeGreaterThanOrEqual(last);
			last = d;
		}
		expect(near.every((i) => table.state[i] === 'IL' || table.state[i] === 'IN')).toBe(true);
	});

	it('round-trips through the formatter and rejects a foreign file', () => {
		const text = formatZipCentroids([
			{ zip: '02134', lat: 42.35321, lon: -71.1, city: 'Allston, MA', state: 'MA' }
		]);
		const back = parseZipCentroids(text);
		expect(back.zip).toEqual(['02134']);
		expect(back.lat[0]).toBeCloseTo(42.353, 6);
		expect(back.city[0]).toBe('Allston  MA');
		expect(() => parseZipCentroids('a,b\n1,2\n')).toThrow(/must start with/);
	});
});
