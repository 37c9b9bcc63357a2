import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from './carve';

const dir = mkdtempSync(join(tmpdir(), 'carve-cli-'));
const file = (name: string, text: string) => {
	const p = join(dir, name);
	writeFileSync(p, text);
	return p;
};

const ACCOUNTS = [
	'Account ID,Account Name,Owner ID,Potential,Workload,Language,Latitude,Longitude',
	...Array.from({ length: 24 }, (_, i) => {
		const lat = 40 + (i % 4) * 0.5;
		const lon = -100 + Math.floor(i / 4) * 0.3;
		return `A${i + 1},Acct ${i + 1},R1,${10 + (i % 5) * 5},${1 + (i % 3)},${i === 5 ? 'German' : 'English'},${lat},${lon}`;
	})
].join('\n');
const REPS = [
	'Rep ID,Name,Latitude,Longitude,Languages,Capacity Accounts',
	'R1,Ann,40,-100,English,12',
	'R2,Bob,41.5,-99,English;German,12',
	'R3,Cy,40.5,-98.5,English,12'
].join('\n');

let accounts: string;
let reps: string;
beforeAll(() => {
	accounts = file('accounts.csv', ACCOUNTS);
	reps = file('reps.csv', REPS);
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
	const lines: string[] = [];
	const code = await main(args, (l) => lines.push(l));
	return { code, out: lines.join('\n') };
}

function plan(scenario: object, extra: string[] = []) {
	const s = file(`s${Math.random()}.json`, JSON.stringify(scenario));
	return run([
		'plan',
		'--accounts',
		accounts,
		'--reps',
		reps,
		'--scenario',
		s,
		'--out',
		join(dir, 'plan.csv'),
		'--report',
		join(dir, 'report.json'),
		...extra
	]);
}

describe('carve CLI', () => {
	it('plans, writes plan.csv and a report with no violations (exit 0)', async () => {
		const r = await plan({
			timeLimitSeconds: 20,
			balance: [{ metric: 'potential', tolerance: 0.2, hard: true }]
		});
		expect(r.code).toBe(0);
		const rows = readFileSync(join(dir, 'plan.csv'), 'utf8').trim().split('\n');
		expect(rows[0]).toBe('account_id,rep_id');
		expect(rows).toHaveLength(25);
		expect(rows).toContain('A6,R2');
		const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
		expect(report.status).toBe('optimal');
		expect(report.violations).toEqual([]);
		expect(report.metrics.perRep).toHaveLength(3);
		expect(report.moves).toBeGreaterThan(0);
		expect(report.explanations.length).toBe(report.moves);
		expect(typeof report.gap).toBe('number');
	});

	it('exits 3 and names the rules when the plan is infeasible', async () => {
		const r = await plan({ capacity: { accounts: true }, balance: [], moveCap: { max: 2 } });
		expect(r.code).toBe(3);
		expect(r.out).toContain('move cap');
		const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
		expect(report.status).toBe('infeasible');
		expect(report.conflicts.length).toBeGreaterThan(0);
	});

	it('exits 2 on a bad scenario, naming the field', async () => {
		const r = await plan({ weights: { travel: 'far' } });
		expect(r.code).toBe(2);
		expect(r.out).toContain('scenario.weights.travel should be a finite number');
	});

	it('exits 2 on a bad pairs file, naming row and column', async () => {
		const pairs = file('pairs.csv', 'account_id,rep_id,cost\nA1,R1,3\nA2,R1,abc\n');
		const r = await plan({ travel: { mode: 'pairs' } }, ['--pairs', pairs]);
		expect(r.code).toBe(2);
		expect(r.out).toContain('row 3, column cost: "abc" is not a number');
	});

	it('exits 2 on an empty accounts file, naming it', async () => {
		const empty = file('empty.csv', '');
		const r = await run(['assess', '--accounts', empty]);
		expect(r.code).toBe(2);
		expect(r.out).toContain('empty.csv');
	});

	it('assesses the current owners', async () => {
		const out = join(dir, 'assess.json');
		const r = await run(['assess', '--accounts', accounts, '--reps', reps, '--report', out]);
		expect(r.code).toBe(0);
		const report = JSON.parse(readFileSync(out, 'utf8'));
		expect(report.metrics.perRep[0].totals.accounts).toBe(24);
		expect(report.violations.length).toBeGreaterThan(0);
	});

	it('location mode bases a new rep and plans with it', async () => {
		const r = await plan({ mode: 'locate', newReps: 1, balance: [], timeLimitSeconds: 20 });
		expect(r.code).toBe(0);
		const rows = readFileSync(join(dir, 'plan.csv'), 'utf8');
		expect(rows).toContain(',NEW-1');
	});
});
