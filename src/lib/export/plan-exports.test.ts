import { describe, expect, it } from 'vitest';
import { mulberry32, tinyBook } from '../engine/testing/tiny-book';
import { parseCsv } from './csv';
import { planGeoJson, planGeoJsonText } from './geojson';
import { planParquet, planParquetColumns } from './parquet-export';
import { writeParquet, isParquet } from '../../../wasm/parquet-node';
import { crmChangesCsv, hubspotCsv, salesforceCsv } from './plan-exports';

function setup() {
	const book = tinyBook({ n: 200, p: 6, seed: 5 });
	const A = book.accounts;
	A.id[3] = '=cmd|calc'; // hostile id
	A.name[4] = 'Acme, "Inc"';
	A.ownerId[5] = '';
	A.owner[5] = -1;
	const rnd = mulberry32(3);
	const plan = Int32Array.from(A.owner, () => Math.floor(rnd() * book.reps.p));
	plan[7] = A.owner[7];
	return { book, plan };
}

/** Parsed rows keyed by id, checking each id appears once; the guard apostrophe is undone. */
function byId(rows: string[][]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const r of rows) {
		const id = r[0].startsWith("'=") ? r[0].slice(1) : r[0];
		expect(out.has(id)).toBe(false);
		out.set(id, r);
	}
	return out;
}

describe('plan exports', () => {
	it('CRM change file lists every account once with a known new owner', () => {
		const { book, plan } = setup();
		const rows = parseCsv(crmChangesCsv(book, plan));
		expect(rows[0]).toEqual(['account_id', 'new_owner_id', 'previous_owner_id', 'changed']);
		const map = byId(rows.slice(1));
		expect(map.size).toBe(book.accounts.n);
		const reps = new Set(book.reps.id);
		book.accounts.id.forEach((id, i) => {
			const r = map.get(id)!;
			expect(reps.has(r[1])).toBe(true);
			expect(r[1]).toBe(book.reps.id[plan[i]]);
			expect(r[2]).toBe(book.accounts.ownerId[i]);
			expect(r[3]).toBe(String(r[1] !== r[2]));
		});
		expect(map.get(book.accounts.id[7])![3]).toBe('false');
		expect(rows[1 + 3][0]).toBe("'=cmd|calc");
	});

	it('Salesforce and HubSpot files, all and changed-only', () => {
		const { book, plan } = setup();
		plan[9] = -1;
		const sf = parseCsv(salesforceCsv(book, plan));
		expect(sf[0]).toEqual(['Id', 'OwnerId']);
		const sfMap = byId(sf.slice(1));
		expect(sfMap.size).toBe(book.accounts.n - 1);
		expect(sfMap.has(book.accounts.id[9])).toBe(false);
		const hs = parseCsv(hubspotCsv(book, plan, { owner: 'name' }));
		expect(hs[0]).toEqual(['Record ID', 'Company owner']);
		const hsMap = byId(hs.slice(1));
		expect(hsMap.get(book.accounts.id[0])![1]).toBe(book.reps.name[plan[0]]);
		const changed = parseCsv(salesforceCsv(book, plan, { onlyChanged: true })).slice(1);
		const expected = book.accounts.id.filter(
			(_, i) => plan[i] >= 0 && book.reps.id[plan[i]] !== book.accounts.ownerId[i]
		).length;
		expect(changed.length).toBe(expected);
		expect(changed.some((r) => r[0] === book.accounts.id[7])).toBe(false);
	});

	it('rejects a plan of the wrong length with a clear message', () => {
		const { book } = setup();
		expect(() => crmChangesCsv(book, new Int32Array(3))).toThrow(/3 entries.*200 accounts/);
	});

	it('GeoJSON has one feature per account with its territory', () => {
		const { book, plan } = setup();
		book.accounts.lat[2] = NaN;
		const fc = JSON.parse(planGeoJsonText(book, plan)) as ReturnType<typeof planGeoJson>;
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.features.length).toBe(book.accounts.n);
		expect(new Set(fc.features.map((f) => f.properties.account_id)).size).toBe(book.accounts.n);
		expect(fc.features[2].geometry).toBeNull();
		expect(fc.features[0].geometry!.coordinates).toEqual([
			book.accounts.lon[0],
			book.accounts.lat[0]
		]);
		expect(fc.features[0].properties.rep_id).toBe(book.reps.id[plan[0]]);
		expect(fc.features[0].properties.rep_name).toBe(book.reps.name[plan[0]]);
	});

	it('Parquet columns cover every account and the writer makes a Parquet file', () => {
		const { book, plan } = setup();
		const cols = planParquetColumns(book, plan);
		expect(cols.account_id.length).toBe(book.accounts.n);
		expect(cols.new_owner_id[0]).toBe(book.reps.id[plan[0]]);
		expect(cols.changed[7]).toBe(0);
		expect(cols.potential).toBeInstanceOf(Float64Array);
		const bytes = planParquet(book, plan, writeParquet);
		expect(isParquet(bytes)).toBe(true);
	});
});
