import { describe, expect, it } from 'vitest';
import { geocode, isUs } from './geocode';
import { parseZipCentroids } from './zip-centroids';

const table = parseZipCentroids(
	'zip,lat,lon,city,state\n07407,40.907,-74.121,Elmwood Park,NJ\n10001,40.748,-73.997,New York,NY\n'
);
const opts = { padZips: true, geocode: true };

describe('geocode', () => {
	it('keeps coordinates from the file and fills the rest from ZIPs', () => {
		const zip = ['10001', '7407', '10001-1234', '99999', '', 'SW1A 1AA'];
		const lat = Float64Array.from([51, NaN, NaN, NaN, NaN, NaN]);
		const lon = Float64Array.from([0.1, NaN, NaN, NaN, NaN, NaN]);
		const country = ['US', 'usa', '', 'United States', '', 'UK'];
		const r = geocode({ zip, country, lat, lon }, table, opts);
		expect(r).toMatchObject({ fromFile: 1, fromZip: 2, missing: 3, padded: [1], unknownZip: [3] });
		expect(r.noLocation).toEqual([3, 4, 5]);
		expect(zip[1]).toBe('07407');
		expect(lat[1]).toBeCloseTo(40.907, 6);
		expect(lat[2]).toBeCloseTo(40.748, 6);
		expect(lat[0]).toBe(51);
	});

	it('clears out-of-range and 0,0 coordinates, then tries the ZIP', () => {
		const lat = Float64Array.from([95, 0, 45]);
		const lon = Float64Array.from([10, 0, 200]);
		const r = geocode({ zip: ['10001', '', ''], country: null, lat, lon }, table, opts);
		expect(r.outOfRange).toEqual([0, 2]);
		expect(r.fromZip).toBe(1);
		expect(r.noLocation).toEqual([1, 2]);
		expect(lat[0]).toBeCloseTo(40.748, 6);
		expect(Number.isNaN(lat[2])).toBe(true);
	});

	it('respects the options', () => {
		const zip = ['7407'];
		const r = geocode(
			{ zip, country: null, lat: new Float64Array([NaN]), lon: new Float64Array([NaN]) },
			table,
			{ padZips: false, geocode: false }
		);
		expect(zip[0]).toBe('7407');
		expect(r).toMatchObject({ fromZip: 0, missing: 1, padded: [] });
	});

	it('knows US spellings', () => {
		expect(['', 'US', ' usa ', 'United States of America'].every(isUs)).toBe(true);
		expect(isUs('Canada')).toBe(false);
	});
});
