/**
 * The committed sample files (static/samples) are exactly what the generator makes, and they load
 * through the real data layer (CSV and Parquet alike) into the same book, with nothing fatal.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createNodeSession } from '../data/node-session';
import { suggestMapping } from '../data/mapping';
import { loadZipCentroidsSync } from '../data/zip-centroids-node';
import { DEFAULT_SAMPLE, generateBook } from './generate';
import { placesFromColumns } from './places';

const file = (name: string) =>
	new Uint8Array(
		readFileSync(fileURLToPath(new URL(`../../../static/samples/${name}`, import.meta.url)))
	);
const expected = generateBook({
	...DEFAULT_SAMPLE,
	zips: placesFromColumns(loadZipCentroidsSync())
});

describe('committed sample files', () => {
	it('are up to date with the generator (run `npm run samples` after changing it)', () => {
		expect(new TextDecoder().decode(file('accounts.csv'))).toBe(expected.accountsCsv);
		expect(new TextDecoder().decode(file('reps.csv'))).toBe(expected.repsCsv);
	});

	for (const ext of ['csv', 'parquet'] as const) {
		it(`load as ${ext} through the data layer into the generator's book`, async () => {
			const session = await createNodeSession();
			try {
				const accounts = await session.stage('accounts', {
					name: `accounts.${ext}`,
					bytes: file(`accounts.${ext}`)
				});
				const reps = await session.stage('reps', {
					name: `reps.${ext}`,
					bytes: file(`reps.${ext}`)
				});
				if (!accounts.ok || !reps.ok) throw new Error(JSON.stringify([accounts, reps]));
				const names = (t: typeof accounts.table) => t.columns.map((c) => c.name);
				const built = await session.buildBook({
					accounts: suggestMapping('accounts', names(accounts.table)).mapping,
					reps: suggestMapping('reps', names(reps.table)).mapping
				});
				if (!built.ok) throw new Error(built.error.message);
				const a = built.book.accounts;
				const want = expected.book.accounts;
				expect(a.n).toBe(5000);
				expect(built.book.reps.p).toBe(40);
				expect(built.audit.fatal).toBe(false);
				expect(a.id).toEqual(want.id);
				expect(a.name).toEqual(want.name);
				expect([...a.owner]).toEqual([...want.owner]);
				expect([...a.metrics.potential]).toEqual([...want.metrics.potential]);
				expect([...a.metrics.workload]).toEqual([...want.metrics.workload]);
				expect(a.zip).toEqual(want.zip);
				expect([...a.activeOpportunity]).toEqual([...want.activeOpportunity]);
				// The data layer normalises list values to lower case for skill matching.
				const lower = (lists: string[][]) => lists.map((l) => l.map((v) => v.toLowerCase()));
				expect(lower(built.book.reps.languages)).toEqual(lower(expected.book.reps.languages));
				expect(a.language.map((l) => l.toLowerCase())).toEqual(
					want.language.map((l) => l.toLowerCase())
				);
				expect([...built.book.reps.ramp]).toEqual([...expected.book.reps.ramp]);
				expect(built.audit.geocoding.accounts.missing).toBe(0);
			} finally {
				await session.dispose();
			}
		});
	}
});
