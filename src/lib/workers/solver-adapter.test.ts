/**
 * The solver adapter with book jobs: the worker compiles the book, solves, and explains every moved
 * account; rules that cannot hold come back as an 'infeasible' answer, never a throw. The job must
 * survive structured cloning, which is how it reaches the worker in the browser.
 */
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { compileModel } from '../engine/compile';
import { verifyAssignment } from '../engine/verify';
import { preset } from '../planner/presets';
import { generateBook } from '../samples/generate';
import { createSolverAdapter } from './solver-adapter';

const book = generateBook({ accounts: 300, reps: 6, seed: 5 }).book;
const adapter = createSolverAdapter(loadHighsNode);

describe('solver adapter, book jobs', () => {
	it('compiles, solves and explains exactly the accounts that moved', async () => {
		const settings = { ...preset(book, 'hybrid').settings, timeLimitSeconds: 3 };
		const job = structuredClone({ book, settings });
		const res = await adapter.solve({ ...job, id: 7, timeLimitSeconds: 3 });
		expect(res.id).toBe(7);
		if (!('assignment' in res.result) || res.result.assignment === null)
			throw new Error(`no plan: ${JSON.stringify(res.result)}`);
		const plan = res.result.assignment;
		const compiled = compileModel(book, settings);
		if (!compiled.ok) throw new Error('the preset should compile');
		expect(verifyAssignment(compiled.model, plan)).toEqual([]);
		const movedIds = book.accounts.id.filter((_, i) => plan[i] !== book.accounts.owner[i]);
		expect(movedIds.length).toBeGreaterThan(0);
		expect(res.moved?.map((m) => m.accountId).sort()).toEqual(movedIds.sort());
		for (const m of res.moved ?? []) expect(m.reasons.length).toBeGreaterThan(0);
	});

	it('answers rules that cannot hold with the conflicts, as data', async () => {
		const base = preset(book, 'hybrid').settings;
		// Every account pinned to one rep: far beyond that rep's capacity.
		const settings = {
			...base,
			locks: {
				...base.locks,
				manual: Object.fromEntries(book.accounts.id.map((id) => [id, book.reps.id[0]]))
			}
		};
		const res = await adapter.solve({ book, settings, id: 8, timeLimitSeconds: 3 });
		expect(res.result.status).toBe('infeasible');
		if (res.result.status !== 'infeasible') return;
		expect(res.result.conflicts.map((c) => c.rules.join(' ')).join(' ')).toMatch(/capacity|lock/);
		expect(res.moved).toBeUndefined();
	});

	it('explains a plan made elsewhere: the moved accounts and their reasons', async () => {
		const settings = preset(book, 'hybrid').settings;
		const plan = Int32Array.from(book.accounts.owner, (o, i) =>
			i < 12 ? (Math.max(o, 0) + 1) % book.reps.p : o
		);
		const res = await adapter.explain(structuredClone({ book, settings, plan, id: 9 }));
		expect(res.id).toBe(9);
		const movedIds = book.accounts.id.filter((_, i) => plan[i] !== book.accounts.owner[i]);
		expect(res.moved?.map((m) => m.accountId).sort()).toEqual(movedIds.sort());
		for (const m of res.moved ?? []) expect(m.reasons.length).toBeGreaterThan(0);
	});

	it('explains nothing, with the reason, when the settings do not compile or the plan is wrong', async () => {
		const settings = { ...preset(book, 'hybrid').settings };
		const bad = {
			...settings,
			balance: [{ metric: 'no such column', tolerance: 0.05, hard: true }]
		};
		const plan = Int32Array.from(book.accounts.owner);
		const a = await adapter.explain({ book, settings: bad, plan, id: 10 });
		expect(a.moved).toBeNull();
		expect(a.message).toMatch(/no such column/);
		const b = await adapter.explain({ book, settings, plan: new Int32Array(3), id: 11 });
		expect(b.moved).toBeNull();
		expect(b.message).toMatch(/3 entries/);
	});
});
