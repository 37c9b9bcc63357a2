import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { compileModel } from './compile';
import { solveExact } from './exact';
import { evaluateObjective, resourceLoads } from './objective';
import { tinyBook } from './testing/tiny-book';
import { verifyAssignment } from './verify';

function settings(patch: Partial<PlanSettings> = {}): PlanSettings {
	return structuredClone({ ...DEFAULT_SETTINGS, ...patch });
}

describe('compileModel', () => {
	it('compiles a balanced plan that the exact solver satisfies', async () => {
		const book = tinyBook({ n: 60, p: 4, seed: 11 });
		const res = compileModel(book, settings());
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		const { model } = res;
		expect(model.resources.map((r) => `${r.kind}:${r.name}`)).toEqual([
			'balance:potential',
			'balance:workload'
		]);
		const out = solveExact(model, await loadHighsNode(), { timeLimitSeconds: 20 });
		expect(out.status).toBe('optimal');
		if (out.status !== 'optimal') return;
		expect(verifyAssignment(model, out.assignment)).toEqual([]);
		const pot = resourceLoads(model, model.resources[0], out.assignment);
		for (let j = 0; j < 4; j++) {
			expect(pot[j]).toBeGreaterThanOrEqual(model.resources[0].lo[j] - 1e-6);
			expect(pot[j]).toBeLessThanOrEqual(model.resources[0].hi[j] + 1e-6);
		}
	});

	it('scales balance targets by ramp: a half-ramped rep targets half a full territory', () => {
		const book = tinyBook({ n: 60, p: 4, seed: 3 });
		book.reps.ramp[2] = 0.5;
		const res = compileModel(book, settings());
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		const pot = res.model.resources[0];
		const t = settings().balance[0].tolerance;
		const target = (j: number) => pot.lo[j] / (1 - t);
		let total = 0;
		for (let i = 0; i < book.accounts.n; i++) total += pot.weight[i];
		expect(pot.hi[0] / (1 + t)).toBeCloseTo(target(0), 9);
		expect(target(2) / target(0)).toBeCloseTo(0.5, 9);
		expect(target(0) + target(1) + target(2) + target(3)).toBeCloseTo(total, 6);
	});

	it('keeps locked owners (active opportunity, ARR, manual)', async () => {
		const book = tinyBook({ n: 40, p: 3, seed: 5 });
		const s = settings({
			locks: { activeOpportunity: true, arrAtLeast: 90, manual: { A0001: 'R3' } }
		});
		s.balance = [];
		const res = compileModel(book, s);
		if (!res.ok) throw new Error(res.conflicts[0].message);
		const out = solveExact(res.model, await loadHighsNode(), { timeLimitSeconds: 10 });
		if (out.status !== 'optimal') throw new Error(out.status);
		const A = book.accounts;
		expect(out.assignment[0]).toBe(2);
		let locked = 0;
		for (let i = 1; i < A.n; i++)
			if (A.activeOpportunity[i] === 1 || A.metrics.arr[i] >= 90) {
				expect(out.assignment[i]).toBe(A.owner[i]);
				locked++;
			}
		expect(locked).toBeGreaterThan(0);
	});

	it('forbids pairs that break a hard language rule', () => {
		const book = tinyBook({ n: 30, p: 3, seed: 2, languages: ['English', 'German'] });
		book.reps.languages = [['English'], ['English', 'German'], ['English']];
		const s = settings();
		s.balance = [];
		const res = compileModel(book, s);
		if (!res.ok) throw new Error(res.conflicts[0].message);
		for (let i = 0; i < book.accounts.n; i++)
			if (book.accounts.language[i] === 'German') {
				expect(res.model.allowed?.[i * 3 + 0]).toBe(0);
				expect(res.model.allowed?.[i * 3 + 1]).toBe(1);
			}
	});

	it('uses a pairs table for cost and per-pair workload', async () => {
		const book = tinyBook({ n: 6, p: 2, seed: 9 });
		const pairs = book.accounts.id.flatMap((id, i) => [
			{ accountId: id, repId: 'R1', cost: i, workload: 1 },
			{ accountId: id, repId: 'R2', cost: 10 - i, workload: 2 }
		]);
		const s = settings({ travel: { mode: 'pairs', weightMetric: null } });
		s.balance = [];
		s.weights = { travel: 1, balance: 0, continuity: 0, fit: 0 };
		book.reps.capacityWorkload.fill(4);
		const res = compileModel(book, s, { pairs });
		if (!res.ok) throw new Error(res.conflicts[0].message);
		const cap = res.model.resources.find((r) => r.kind === 'capacity');
		expect(cap?.perPair).toBe(true);
		const out = solveExact(res.model, await loadHighsNode(), { timeLimitSeconds: 5 });
		if (out.status !== 'optimal') throw new Error(out.status);
		expect(Array.from(out.assignment)).toEqual([0, 0, 0, 0, 1, 1]);
	});

	it('prices a soft balance band through deviation variables', async () => {
		const book = tinyBook({ n: 40, p: 4, seed: 21 });
		const s = settings();
		s.balance = [{ metric: 'potential', tolerance: 0.01, hard: false }];
		s.weights = { travel: 1, balance: 5, continuity: 0.2, fit: 0 };
		const res = compileModel(book, s);
		if (!res.ok) throw new Error(res.conflicts[0].message);
		expect(res.model.resources[0].softPenalty).toBeGreaterThan(0);
		const out = solveExact(res.model, await loadHighsNode(), { timeLimitSeconds: 20 });
		if (out.status !== 'optimal') throw new Error(out.status);
		expect(evaluateObjective(res.model, out.assignment)).toBeCloseTo(out.objective, 6);
		expect(out.bound).toBeLessThanOrEqual(out.objective + 1e-6);
	});

	it('reports unknown metrics as a settings problem', () => {
		const book = tinyBook({ n: 5, p: 2 });
		const s = settings();
		s.balance = [{ metric: 'revenue', tolerance: 0.1, hard: true }];
		const res = compileModel(book, s);
		expect(res.ok).toBe(false);
		if (!res.ok) expect(res.conflicts[0].message).toContain('"revenue"');
	});

	it('respects the move cap and accepts a warm start', async () => {
		const book = tinyBook({ n: 50, p: 4, seed: 31 });
		const s = settings({ moveCap: { max: 5, metric: null } });
		s.balance = [];
		const res = compileModel(book, s);
		if (!res.ok) throw new Error(res.conflicts[0].message);
		const highs = await loadHighsNode();
		const free = solveExact(res.model, highs, {
			timeLimitSeconds: 10,
			warmStart: book.accounts.owner
		});
		if (free.status !== 'optimal') throw new Error(free.status);
		expect(verifyAssignment(res.model, free.assignment)).toEqual([]);
		const moved = free.assignment.filter((j, i) => j !== book.accounts.owner[i]).length;
		expect(moved).toBe(5);
		expect(free.objective).toBeLessThanOrEqual(evaluateObjective(res.model, book.accounts.owner));
	});

	it('does not draw accounts to a rep without a base location', async () => {
		const book = tinyBook({ n: 20, p: 2, seed: 41 });
		book.reps.lat[1] = NaN;
		book.accounts.owner.fill(0);
		book.accounts.ownerId.fill('R1');
		const s = settings();
		s.balance = [];
		const res = compileModel(book, s);
		if (!res.ok) throw new Error(res.conflicts[0].message);
		expect(res.notes.some((t) => t.startsWith('1 reps have no base location (R2)'))).toBe(true);
		const out = solveExact(res.model, await loadHighsNode(), { timeLimitSeconds: 10 });
		if (out.status !== 'optimal') throw new Error(out.status);
		expect(Array.from(out.assignment).every((j) => j === 0)).toBe(true);
	});
});
