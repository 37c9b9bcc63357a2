import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeParquet } from '../../../wasm/parquet-node';
import { createNodeSession } from './node-session';
import { ACCOUNT_FIELDS, type DataSession, type StageResult } from './types';

const enc = (t: string) => new TextEncoder().encode(t);
const csv = (name: string, text: string) => ({ name, bytes: enc(text) });

let s: DataSession;
beforeAll(async () => {
	s = await createNodeSession();
});
afterAll(async () => {
	await s.dispose();
});

function error(r: StageResult) {
	if (r.ok) throw new Error(`expected an error, got a table of ${r.table.rowCount} rows`);
	return r.error;
}

describe('bad input gives a typed error naming file, row and column', () => {
	it('empty file', async () => {
		expect(error(await s.stage('accounts', csv('empty.csv', '')))).toMatchObject({
			code: 'empty-file',
			file: 'empty.csv'
		});
		expect(error(await s.stage('accounts', csv('blank.csv', '\ufeff \r\n\n')))).toMatchObject({
			code: 'empty-file'
		});
	});

	it('header only', async () => {
		const e = error(await s.stage('accounts', csv('head.csv', 'id,name,owner\r\n')));
		expect(e).toMatchObject({ code: 'header-only', file: 'head.csv', row: 1 });
	});

	it('binary garbage and an Excel workbook', async () => {
		const junk = new Uint8Array(4096);
		for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
		expect(error(await s.stage('accounts', { name: 'junk.bin', bytes: junk }))).toMatchObject({
			code: 'binary',
			file: 'junk.bin'
		});
		const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]);
		expect(error(await s.stage('accounts', { name: 'book.xlsx', bytes: xlsx })).message).toMatch(
			/Excel/
		);
	});

	it('wrong delimiter (no separator found)', async () => {
		const e = error(
			await s.stage('accounts', csv('spaces.csv', 'id name owner\n1 acme r1\n2 beta r2\n'))
		);
		expect(e).toMatchObject({ code: 'parse', row: 1 });
		expect(e.message).toMatch(/delimiter/);
	});

	it('unterminated quote names the row and column where it opened', async () => {
		const e = error(
			await s.stage(
				'accounts',
				csv('quote.csv', 'id,name,owner\n1,Acme,r1\n2,"Beta,r2\n3,Gamma,r3\n')
			)
		);
		expect(e).toMatchObject({
			code: 'unterminated-quote',
			file: 'quote.csv',
			row: 3,
			column: 'name'
		});
	});

	it('duplicate headers', async () => {
		const e = error(await s.stage('accounts', csv('dup.csv', 'id,Name,owner,name\n1,a,r1,b\n')));
		expect(e).toMatchObject({ code: 'duplicate-header', row: 1, column: 'name' });
	});

	it('a row with more values than the header', async () => {
		const e = error(
			await s.stage('accounts', csv('wide.csv', 'id,name,owner\n1,a,r1\n2,b,r2,extra\n'))
		);
		expect(e).toMatchObject({ code: 'parse', row: 3 });
	});

	it('a reps file dropped as accounts, and the reverse', async () => {
		const reps = 'rep_id,name,base zip,capacity,languages\nr1,Ann,94103,10,en\n';
		expect(error(await s.stage('accounts', csv('reps.csv', reps)))).toMatchObject({
			code: 'wrong-kind',
			file: 'reps.csv'
		});
		const accts = 'id,name,owner,potential,arr\n1,a,r1,5,3\n';
		expect(error(await s.stage('reps', csv('accounts.csv', accts)))).toMatchObject({
			code: 'wrong-kind'
		});
	});

	it('a damaged Parquet file', async () => {
		const bytes = new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 5, 0x50, 0x41, 0x52, 0x31]);
		expect(error(await s.stage('accounts', { name: 'bad.parquet', bytes }))).toMatchObject({
			code: 'parse',
			file: 'bad.parquet'
		});
	});
});

describe('awkward but valid input loads', () => {
	it('BOM, CRLF, semicolons and quoted newlines', async () => {
		const r = await s.stage(
			'accounts',
			csv('eu.csv', '\ufeffid;name;owner\r\n1;"Acme\r\nGmbH";r1\r\n2;"Say ""hi""";r2\r\n')
		);
		expect(r.ok && r.table).toMatchObject({ delimiter: ';', rowCount: 2 });
		if (r.ok) expect(r.table.preview.map((p) => p.name)).toEqual(['Acme\r\nGmbH', 'Say "hi"']);
	});

	it('tab and pipe delimiters', async () => {
		const t = await s.stage('accounts', csv('t.tsv', 'id\tname\towner\n1\ta, b\tr1\n'));
		expect(t.ok && t.table.delimiter).toBe('\t');
		const p = await s.stage('accounts', csv('p.txt', 'id|name|owner\n1|a; b|r1\n'));
		expect(p.ok && p.table.delimiter).toBe('|');
	});

	it('non-UTF-8 (Windows-1252) is read as such, with a note naming the row', async () => {
		const bytes = new Uint8Array([
			...enc('id,name,owner\n1,Acme,r1\n2,Caf'),
			0xe9,
			...enc(' M\xfcller,r2\n'.replace('\xfc', 'u'))
		]);
		const r = await s.stage('accounts', { name: 'latin1.csv', bytes });
		if (!r.ok) throw new Error(r.error.message);
		expect(r.table.preview[1].name).toBe('Café Muller');
		expect(r.table.notes.join(' ')).toMatch(/row 3.*Windows-1252/);
	});

	it('10,000-character fields load; the preview is shortened', async () => {
		const long = 'x'.repeat(10_000);
		const r = await s.stage('accounts', csv('long.csv', `id,name,owner\n1,"${long}",r1\n2,b,r2\n`));
		if (!r.ok) throw new Error(r.error.message);
		expect(r.table.preview[0].name.length).toBeLessThanOrEqual(200);
		const b = await s.buildBook({
			accounts: { ...mappingOf(['id', 'name', 'owner']) },
			reps: null
		});
		expect(b.ok && b.book.accounts.name[0].length).toBe(10_000);
	});

	it('Parquet written by writeParquet loads with its types', async () => {
		const bytes = writeParquet({
			id: ['a1', 'a2'],
			owner: ['r1', 'r2'],
			potential: [10.5, 20],
			zip: ['07407', '10001']
		});
		const r = await s.stage('accounts', { name: 'acc.parquet', bytes });
		if (!r.ok) throw new Error(r.error.message);
		expect(r.table).toMatchObject({ format: 'parquet', rowCount: 2 });
		expect(r.table.columns.find((c) => c.name === 'potential')).toMatchObject({ numeric: true });
		const b = await s.buildBook({
			accounts: mappingOf(['id', 'owner', 'potential', 'zip']),
			reps: null
		});
		if (!b.ok) throw new Error(b.error.message);
		expect(Array.from(b.book.accounts.metrics.potential)).toEqual([10.5, 20]);
		expect(b.book.accounts.zip).toEqual(['07407', '10001']);
		expect(b.audit.geocoding.accounts).toMatchObject({ fromZip: 2, missing: 0 });
	});
});

describe('staging never loses work', () => {
	it('a bad file leaves the previously staged table in place', async () => {
		const good = await s.stage('accounts', csv('good.csv', 'id,owner\na1,r1\na2,r2\n'));
		expect(good.ok && good.table.notes).toEqual([
			'No ZIP or latitude/longitude columns were recognised: accounts have no location unless you map them.'
		]);
		const bad = await s.stage('accounts', csv('bad.csv', 'id,owner\n"a1,r1\n'));
		expect(bad.ok).toBe(false);
		expect(s.staged('accounts')?.file).toBe('good.csv');
		const b = await s.buildBook({ accounts: mappingOf(['id', 'owner']), reps: null });
		expect(b.ok && b.book.accounts.id).toEqual(['a1', 'a2']);
	});

	it('buildBook reports mapping problems and missing files as data', async () => {
		await s.stage('accounts', csv('good.csv', 'id,owner\na1,r1\n'));
		const b = await s.buildBook({
			accounts: { ...mappingOf(['id', 'owner']), potential: 'pot' },
			reps: null
		});
		expect(!b.ok && b.error).toMatchObject({ code: 'mapping', file: 'good.csv', column: 'pot' });
		const r = await s.buildBook({
			accounts: mappingOf(['id', 'owner']),
			reps: mappingOf([]) as never
		});
		expect(!r.ok && r.error.code).toBe('not-staged');
	});
});

function mappingOf(fields: string[]) {
	const m = Object.fromEntries(ACCOUNT_FIELDS.map((f) => [f, fields.includes(f) ? f : null]));
	return m as import('./types').AccountMapping;
}

describe('big files', () => {
	it('load in pieces with progress, keeping every row and its file row number', async () => {
		const line = (i: number) => `A${i},"Name ${i}, Inc",R${i % 50},${i % 1000}\n`;
		const parts = ['id,name,owner,potential\n'];
		let size = parts[0].length;
		let n = 0;
		while (size < 17.5 * (1 << 20)) {
			const l = line(++n);
			parts.push(l);
			size += l.length;
		}
		const fractions: number[] = [];
		const r = await s.stage('accounts', csv('big.csv', parts.join('')), (p) =>
			fractions.push(p.fraction)
		);
		if (!r.ok) throw new Error(r.error.message);
		expect(r.table.rowCount).toBe(n);
		expect(fractions.filter((f) => f > 0.2 && f < 0.8).length).toBeGreaterThan(0);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
		const b = await s.buildBook({
			accounts: mappingOf(['id', 'name', 'owner', 'potential']),
			reps: null
		});
		if (!b.ok) throw new Error(b.error.message);
		expect(b.book.accounts.id[n - 1]).toBe(`A${n}`);
		expect(b.book.accounts.name[n - 1]).toBe(`Name ${n}, Inc`);
		expect(new Set(b.book.accounts.id).size).toBe(n);
	});
});
