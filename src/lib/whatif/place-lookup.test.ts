import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseZipCentroids } from '../data/zip-centroids';
import { cityIndex, lookupPlace } from './place-lookup';

const table = parseZipCentroids(
	[
		'zip,lat,lon,city,state',
		'02134,42.353,-71.132,Allston,MA',
		'07407,40.9,-74.12,Elmwood Park,NJ',
		'73301,30.326,-97.771,Austin,TX',
		'78701,30.271,-97.743,Austin,TX',
		'90001,33.973,-118.249,Los Angeles,CA'
	].join('\n') + '\n'
);

describe('lookupPlace', () => {
	it('finds a ZIP, also without its leading zero or with +4', () => {
		for (const q of ['02134', '2134', ' 02134-1234 ']) {
			const r = lookupPlace(table, q);
			expect(r).toMatchObject({ ok: true, place: { zip: '02134', lat: 42.353, lon: -71.132 } });
		}
		const r = lookupPlace(table, '7407');
		expect(r.ok && r.place.label).toBe('ZIP 07407 (Elmwood Park, NJ)');
	});

	it('puts a city at the mean of its ZIP centroids, whatever the case and spacing', () => {
		const index = cityIndex(table);
		const r = lookupPlace(table, '  austin ,  tx', index);
		if (!r.ok) throw new Error(r.error);
		expect(r.place.lat).toBeCloseTo((30.326 + 30.271) / 2, 9);
		expect(r.place.lon).toBeCloseTo((-97.771 + -97.743) / 2, 9);
		expect(r.place.label).toBe('Austin, TX (2 ZIPs)');
		expect(lookupPlace(table, 'Los Angeles, CA')).toMatchObject({ ok: true });
	});

	it('says plainly what it could not find', () => {
		const cases: [string, RegExp][] = [
			['', /Enter a ZIP/],
			['   ', /Enter a ZIP/],
			['99999', /ZIP 99999 is not in the ZIP table/],
			['12', /not a US ZIP code/],
			['1234567', /not a US ZIP code/],
			['Austin', /neither a ZIP code nor “City, ST”/],
			['Austin, Texas', /neither/],
			['Springfield, ZZ', /Springfield, ZZ is not in the ZIP table/],
			['<script>alert(1)</script>, TX', /is not in the ZIP table/]
		];
		for (const [q, error] of cases) {
			const r = lookupPlace(table, q);
			expect(r.ok, q).toBe(false);
			if (!r.ok) expect(r.error).toMatch(error);
		}
		expect(lookupPlace(table, 42 as unknown as string).ok).toBe(false);
	});

	it('resolves real places in the bundled table', () => {
		const real = parseZipCentroids(readFileSync('static/geo/zip-centroids.csv', 'utf8'));
		const index = cityIndex(real);
		const austin = lookupPlace(real, 'Austin, TX', index);
		expect(austin.ok && Math.abs(austin.place.lat - 30.3) < 0.3).toBe(true);
		const zip = lookupPlace(real, '10001', index);
		expect(zip.ok && zip.place.state).toBe('NY');
	});
});
