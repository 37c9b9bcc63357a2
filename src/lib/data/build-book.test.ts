import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestMapping } from './mapping';
import { createNodeSession } from './node-session';
import type { AuditReport, DataSession } from './types';

const enc = (t: string) => new TextEncoder().encode(t);

const ACCOUNTS = [
	'Account ID,Account Name,Account Owner,Potential,ARR,Workload,Employees,Phone,Zip,Country,Latitude,Longitude,Open Opportunity,Industry',
	'A1,Acme,Ann Smith,100,50,10,200,5551234,7407,US,,,yes,Retail',
	'A2,Beta,r2,200,0,5,10,5551235,10001,,,,no,Tech',
	'A3,Gamma,r2,-5,,3,,5551236,,,41.88,-87.63,,Tech',
	'A4,Delta,ghost,n/a,,2,,5551237,99999,,,,1,Retail',
	'A5,Epsilon,,"$1,040.50",,1,,5551238,,,95,200,0,Retail',
	'A2,Beta again,r2,10,,1,,5551239,SW1A 1AA,UK,,,,Tech'
].join('\n');

const REPS = [
	'rep_id,Rep Name,Base ZIP,Max Accounts,Languages,Ramp,Start Date',
	'r1,Ann Smith,94103,10,en; DE |fr,50,2026-01-05',
	'r2,Bob Jones,60601,5,,,',
	'r3,Cy New,,3,es,1,2026-11-01'
].join('\n');

let s: DataSession;
let audit: AuditReport;
beforeAll(async () => {
	s = await createNodeSession();
});
afterAll(async () => {
	await s.dispose();
});

const finding = (code: string, table = 'accounts') =>
	audit.findings.find((f) => f.code === code && f.table === table);

describe('buildBook with accounts and reps', () => {
	it('stages, maps and builds the book', async () => {
		const a = await s.stage('accounts', { name: 'accounts.csv', bytes: enc(ACCOUNTS) });
		const r = await s.stage('reps', { name: 'reps.csv', bytes: enc(REPS) });
		if (!a.ok || !r.ok) throw new Error('staging failed');
		const res = await s.buildBook({
			accounts: suggestMapping(
				'accounts',
				a.table.columns.map((c) => c.name)
			).mapping,
			reps: suggestMapping(
				'reps',
				r.table.columns.map((c) => c.name)
			).mapping
		});
		if (!res.ok) throw new Error(res.error.message);
		audit = res.audit;
		const { accounts, reps } = res.book;
		expect(accounts.n).toBe(6);
		// Owner given by name (report export) resolves to the rep's index; unknown owner stays -1.
		expect(Array.from(accounts.owner)).toEqual([0, 1, 1, -1, -1, 1]);
		expect(Array.from(accounts.activeOpportunity)).toEqual([1, 0, 0, 1, 0, 0]);
		expect(Object.keys(accounts.metrics).sort()).toEqual([
			'Employees',
			'arr',
			'potential',
			'workload'
		]);
		expect(accounts.metrics.potential[3]).toBeNaN();
		// Report-style money parses: currency sign and thousands separators are dropped.
		expect(accounts.metrics.potential[4]).toBe(1040.5);
		expect(accounts.zip[0]).toBe('07407');
		expect(accounts.lat[0]).toBeCloseTo(40.907, 2);
		expect(accounts.lat[2]).toBeCloseTo(41.88, 6);
		expect(accounts.lat[4]).toBeNaN();
		expect(reps.languages[0]).toEqual(['en', 'de', 'fr']);
		expect(Array.from(reps.ramp)).toEqual([0.5, 1, 1]);
		expect(Array.from(reps.capacityAccounts)).toEqual([10, 5, 3]);
		expect(reps.lat[2]).toBeNaN();
		expect(reps.startDate[0]).toBe('2026-01-05');
	});

	it('audits with counts, example rows and fixes', () => {
		expect(audit.fatal).toBe(true);
		expect(audit.findings[0]).toMatchObject({
			code: 'duplicate-account-id',
			severity: 'fatal',
			count: 1,
			column: 'Account ID'
		});
		expect(audit.findings[0].examples).toEqual([{ row: 7, id: 'A2', value: 'A2' }]);
		expect(finding('non-numeric')).toMatchObject({
			column: 'Potential',
			count: 1,
			examples: [{ row: 5, id: 'A4', value: 'n/a' }]
		});
		expect(finding('negative-potential')?.examples[0]).toMatchObject({ row: 4, id: 'A3' });
		expect(finding('coordinate-out-of-range')).toMatchObject({ count: 1, examples: [{ row: 6 }] });
		expect(finding('owner-not-in-reps')).toMatchObject({
			count: 1,
			examples: [{ id: 'A4', value: 'ghost' }]
		});
		expect(finding('rep-without-accounts', 'reps')).toMatchObject({
			count: 1,
			examples: [{ id: 'r3' }]
		});
		expect(finding('zip-lost-leading-zero')).toMatchObject({ count: 1, examples: [{ row: 2 }] });
		expect(finding('unknown-zip')).toMatchObject({ count: 1, examples: [{ value: '99999' }] });
		expect(finding('no-location')?.count).toBe(3);
		expect(finding('no-location', 'reps')).toMatchObject({ count: 1, examples: [{ id: 'r3' }] });
		for (const f of audit.findings) expect(f.fix).toBeTruthy();
		expect(audit.geocoding.accounts).toEqual({ total: 6, fromFile: 1, fromZip: 2, missing: 3 });
		expect(audit.geocoding.reps).toEqual({ total: 3, fromFile: 0, fromZip: 2, missing: 1 });
	});

	it('derives reps from owners when there is no reps file', async () => {
		await s.unstage('reps');
		const res = await s.buildBook({
			accounts: suggestMapping(
				'accounts',
				s.staged('accounts')!.columns.map((c) => c.name)
			).mapping,
			reps: null
		});
		if (!res.ok) throw new Error(res.error.message);
		expect(res.book.reps.id).toEqual(['Ann Smith', 'r2', 'ghost']);
		expect(Array.from(res.book.accounts.owner)).toEqual([0, 1, 1, 2, -1, 1]);
		expect(res.audit.findings.some((f) => f.code === 'reps-derived-from-owners')).toBe(true);
		expect(res.audit.findings.some((f) => f.code === 'owner-not-in-reps')).toBe(false);
	});

	it('refuses a mapping without an account id', async () => {
		await s.stage('accounts', { name: 'noid.csv', bytes: enc('name,owner\na,r1\n') });
		const m = suggestMapping('accounts', ['name', 'owner']).mapping;
		const res = await s.buildBook({ accounts: m, reps: null });
		expect(!res.ok && res.error).toMatchObject({ code: 'mapping', file: 'noid.csv' });
		expect(!res.ok && res.error.message).toMatch(/account id/);
	});
});
