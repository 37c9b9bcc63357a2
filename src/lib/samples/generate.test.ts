import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadZipCentroidsSync } from '../data/zip-centroids-node';
import { accountColumns, repColumns } from './columns';
import { ACCOUNT_HEADERS, REP_HEADERS } from './csv';
import { DEFAULT_SAMPLE, generateBook, streamSample } from './generate';
import { METROS } from './metros';
import { distanceKm, metroPlaces, placesFromColumns } from './places';
import { OTHER_LANGUAGES } from './words';

const table = loadZipCentroidsSync();
const zips = placesFromColumns(table);
const realZips = new Set(table.zip);
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('sample generator', () => {
	const sample = generateBook({ ...DEFAULT_SAMPLE, zips });
	const { accounts, reps } = sample.book;

	it('is deterministic: same seed gives byte-identical CSV, another seed differs', () => {
		const again = generateBook({ ...DEFAULT_SAMPLE, zips });
		expect(sha(again.accountsCsv)).toBe(sha(sample.accountsCsv));
		expect(sha(again.repsCsv)).toBe(sha(sample.repsCsv));
		const other = generateBook({ ...DEFAULT_SAMPLE, seed: DEFAULT_SAMPLE.seed + 1, zips });
		expect(sha(other.accountsCsv)).not.toBe(sha(sample.accountsCsv));
	});

	it('streams exactly the same bytes as the in-memory build', () => {
		const streamed = streamSample({ ...DEFAULT_SAMPLE, zips }, 777);
		expect(sha([...streamed.accountChunks].join(''))).toBe(sha(sample.accountsCsv));
		expect(streamed.repsCsv).toBe(sample.repsCsv);
	});

	it('writes CRM-style headers and one line per record', () => {
		const lines = sample.accountsCsv.split('\r\n');
		expect(lines[0]).toBe(ACCOUNT_HEADERS.join(','));
		expect(lines.length).toBe(DEFAULT_SAMPLE.accounts + 2);
		expect(sample.repsCsv.split('\r\n')[0]).toBe(REP_HEADERS.join(','));
		expect(reps.p).toBe(DEFAULT_SAMPLE.reps);
		expect(accounts.n).toBe(DEFAULT_SAMPLE.accounts);
		expect(new Set(accounts.id).size).toBe(accounts.n);
	});

	it('places accounts and reps only in real ZIPs, near metros', () => {
		expect(accounts.zip.every((z) => realZips.has(z))).toBe(true);
		expect(reps.zip.every((z) => realZips.has(z))).toBe(true);
		expect(new Set(accounts.zip).size).toBeGreaterThan(500);
		expect(new Set(accounts.state).size).toBeGreaterThanOrEqual(15);
	});

	it('built-in fallback ZIP lists are real ZIPs too', () => {
		const fallback = METROS.flatMap((m) => m.zips.split(' '));
		expect(fallback.filter((z) => !realZips.has(z))).toEqual([]);
	});

	it('has realistic distributions', () => {
		const potential = [...accounts.metrics.potential].sort((a, b) => a - b);
		const median = potential[Math.floor(potential.length / 2)];
		const top1 = potential.slice(Math.floor(potential.length * 0.99)).reduce((s, v) => s + v, 0);
		const total = potential.reduce((s, v) => s + v, 0);
		// Heavy tail: the top 1% of accounts hold far more than 1% of the potential.
		expect(top1 / total).toBeGreaterThan(0.08);
		expect(potential[potential.length - 1] / median).toBeGreaterThan(50);
		const customers = accounts.metrics.arr.filter((v) => v > 0).length / accounts.n;
		expect(customers).toBeGreaterThan(0.33);
		expect(customers).toBeLessThan(0.47);
		const active = accounts.activeOpportunity.reduce((s, v) => s + v, 0) / accounts.n;
		expect(active).toBeGreaterThan(0.12);
		expect(active).toBeLessThan(0.18);
		expect(new Set(accounts.industry).size).toBe(10);
		expect(new Set(accounts.segment)).toEqual(new Set(['Enterprise', 'Mid-Market', 'SMB']));
		const english = accounts.language.filter((l) => l === 'English').length / accounts.n;
		expect(english).toBeGreaterThan(0.75);
		expect(new Set(accounts.language).size).toBeGreaterThanOrEqual(6);
		for (const lang of new Set(accounts.language))
			expect(reps.languages.some((ls) => ls.includes(lang))).toBe(true);
	});

	it('has a deliberately uneven current book', () => {
		const perRep = new Float64Array(reps.p);
		for (let i = 0; i < accounts.n; i++)
			if (accounts.owner[i] >= 0) perRep[accounts.owner[i]] += accounts.metrics.potential[i];
		const mean = perRep.reduce((s, v) => s + v, 0) / reps.p;
		expect(Math.max(...perRep) / Math.min(...perRep)).toBeGreaterThan(2);
		// A hoarder holds more than twice a fair share.
		expect(Math.max(...perRep) / mean).toBeGreaterThan(2);
		const newHires = [...reps.ramp].filter((r) => r === 0.5).length;
		expect(newHires).toBeGreaterThanOrEqual(2);
		// Some accounts sit more than 500 km from their owner's base.
		let far = 0;
		for (let i = 0; i < accounts.n; i++) {
			const j = accounts.owner[i];
			if (
				j >= 0 &&
				Math.abs(accounts.lat[i] - reps.lat[j]) + Math.abs(accounts.lon[i] - reps.lon[j]) > 6
			)
				far++;
		}
		expect(far).toBeGreaterThan(50);
		const workload = accounts.metrics.workload.reduce((s, v) => s + v, 0);
		const capacity = reps.capacityWorkload.reduce((s, v) => s + v, 0);
		expect(capacity).toBeGreaterThan(workload);
		expect(reps.capacityAccounts.reduce((s, v) => s + v, 0)).toBeGreaterThan(accounts.n);
	});

	it('seats reps where the potential is, so a fair plan can stay local', () => {
		const metros = metroPlaces(zips);
		const metroOf = (lat: number, lon: number) => {
			let best = 0;
			metros.forEach((m, k) => {
				const d = distanceKm(lat, lon, m.metro.lat, m.metro.lon);
				if (d < distanceKm(lat, lon, metros[best].metro.lat, metros[best].metro.lon)) best = k;
			});
			return best;
		};
		const demand = metros.map(() => 0);
		for (let i = 0; i < accounts.n; i++)
			demand[metroOf(accounts.lat[i], accounts.lon[i])] += accounts.metrics.potential[i];
		const ramp = metros.map(() => 0);
		for (let j = 0; j < reps.p; j++) ramp[metroOf(reps.lat[j], reps.lon[j])] += reps.ramp[j];
		const total = demand.reduce((a, b) => a + b, 0);
		const rampTotal = ramp.reduce((a, b) => a + b, 0);
		for (let k = 0; k < metros.length; k++) {
			expect(ramp[k]).toBeGreaterThanOrEqual(1);
			// Whole reps cannot match a share exactly; each metro is within one rep of its share.
			expect(Math.abs(ramp[k] - (demand[k] / total) * rampTotal)).toBeLessThanOrEqual(1);
		}
	});

	it('has a local rep for every account language', () => {
		const near = (i: number, j: number) =>
			distanceKm(accounts.lat[i], accounts.lon[i], reps.lat[j], reps.lon[j]) < 100;
		const far: string[] = [];
		for (let i = 0; i < accounts.n; i++) {
			const lang = accounts.language[i];
			let local = false;
			for (let j = 0; j < reps.p && !local; j++)
				local = near(i, j) && reps.languages[j].includes(lang);
			if (!local) far.push(`${accounts.id[i]} (${lang}, ${accounts.city[i]})`);
		}
		expect(far).toEqual([]);
		// Rare languages are served by more than one rep nationwide.
		for (const [lang] of OTHER_LANGUAGES)
			expect(reps.languages.filter((ls) => ls.includes(lang)).length).toBeGreaterThanOrEqual(2);
	});

	it('quotes names that contain commas', () => {
		const i = accounts.name.findIndex((n) => n.includes(','));
		expect(i).toBeGreaterThanOrEqual(0);
		expect(sample.accountsCsv).toContain(`"${accounts.name[i]}"`);
	});
});

describe('sample columns', () => {
	it('match the CSV headers and values', () => {
		const sample = generateBook({ accounts: 50, reps: 6, seed: 7, zips });
		const cols = accountColumns(sample.accounts);
		expect(Object.keys(cols)).toEqual([...ACCOUNT_HEADERS]);
		expect(cols['Potential']).toEqual(sample.book.accounts.metrics.potential);
		expect(cols['Billing Zip']).toEqual(sample.book.accounts.zip);
		const reps = repColumns(sample.reps);
		expect(Object.keys(reps)).toEqual([...REP_HEADERS]);
		expect(reps['Rep ID']).toEqual(sample.book.reps.id);
	});
});
