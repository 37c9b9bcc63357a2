import { describe, expect, it } from 'vitest';
import { parquetToIpc, writeParquet } from '../../../wasm/parquet-node';
import { parseCsv } from '$lib/export/csv';
import { generateBook } from '$lib/samples/generate';
import { fileStem, planFile } from './plan-files';

const book = generateBook({ accounts: 200, reps: 6, seed: 3 }).book;
const plan = Int32Array.from(book.accounts.owner, (o, i) =>
	o < 0 || i % 7 === 0 ? (o + 1 + 6) % 6 : o
);

describe('plan files', () => {
	it('writes every account once in each CSV variant, with known owners', async () => {
		for (const kind of ['crm', 'salesforce', 'hubspot'] as const) {
			const f = await planFile(kind, book, plan, 'x', writeParquet);
			const rows = parseCsv(f.data as string);
			const body = rows.slice(1).filter((r) => r.length > 1);
			expect(new Set(body.map((r) => r[0])).size).toBe(book.accounts.n);
			for (const r of body) expect(book.reps.id).toContain(r[1]);
		}
		const crm = parseCsv((await planFile('crm', book, plan, 'x', writeParquet)).data as string);
		const changed = crm.slice(1).filter((r) => r[3] === 'true' || r[3] === '1').length;
		expect(changed).toBe(plan.filter((j, i) => j !== book.accounts.owner[i]).length);
	});

	it('writes GeoJSON features and a readable Parquet file', async () => {
		const geo = JSON.parse(
			(await planFile('geojson', book, plan, 'x', writeParquet)).data as string
		);
		expect(geo.features).toHaveLength(book.accounts.n);
		const pq = await planFile('parquet', book, plan, 'x', writeParquet);
		expect(pq.name).toBe('x-plan.parquet');
		expect(parquetToIpc(pq.data as Uint8Array).length).toBeGreaterThan(0);
	});

	it('makes safe file stems', () => {
		expect(fileStem('Max revenue coverage', Date.parse('2026-11-23T10:00:00Z'))).toBe(
			'carve-max-revenue-coverage-2026-11-23'
		);
		expect(fileStem('../../<x>', Date.parse('2026-01-02T00:00:00Z'))).toBe('carve-x-2026-01-02');
	});
});
