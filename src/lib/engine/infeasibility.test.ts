import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';
import { compileModel } from './compile';
import { solveExact } from './exact';
import { explainInfeasibility } from './infeasibility';
import type { AssignmentModel } from './model';
import { tinyBook } from './testing/tiny-book';

function plain(): PlanSettings {
	const s = structuredClone(DEFAULT_SETTINGS);
	s.balance = [];
	return s;
}

function conflicts(res: ReturnType<typeof compileModel>): string[] {
	if (res.ok) throw new Error('expected a conflict');
	return res.conflicts.map((c) => c.message);
}

describe('infeasibility pre-checks in the user terms', () => {
	it('total capacity below the number of accounts', () => {
		const book = tinyBook({ n: 50, p: 4, seed: 1 });
		book.reps.capacityAccounts.fill(10);
		expect(conflicts(compileModel(book, plain()))).toContain('total capacity 40 < 50 accounts');
	});

	it('an account locked to a rep without its language', () => {
		const book = tinyBook({ n: 10, p: 2, seed: 1 });
		book.accounts.language[4] = 'German';
		book.reps.languages = [['English'], ['English', 'German']];
		const s = plain();
		s.locks.manual = { A0005: 'R1' };
		expect(conflicts(compileModel(book, s))).toEqual([
			'account A0005 is locked to R1 (manual lock), who lacks German'
		]);
	});

	it('a balance band narrower than one account', () => {
		const book = tinyBook({ n: 20, p: 4, seed: 3 });
		book.accounts.metrics.potential.fill(10);
		book.accounts.metrics.potential[7] = 200;
		const s = plain();
		s.balance = [{ metric: 'potential', tolerance: 0.02, hard: true }];
		const msgs = conflicts(compileModel(book, s));
		expect(msgs[0]).toBe(
			"balance ±2% on potential is impossible: account A0008 alone is 205.1% of a territory's target"
		);
	});

	it('enterprise accounts beyond what enterprise reps can take (per-skill pigeonhole)', () => {
		const book = tinyBook({ n: 40, p: 4, seed: 4 });
		book.accounts.segment.fill('SMB');
		for (let i = 0; i < 12; i++) book.accounts.segment[i] = 'Enterprise';
		book.reps.segments = [['Enterprise'], [], [], []];
		book.reps.capacityAccounts.fill(10);
		const s = plain();
		s.skills.segment = true;
		expect(conflicts(compileModel(book, s))).toEqual([
			'12 enterprise accounts but enterprise reps can take 10'
		]);
	});

	it('an account no rep may take', () => {
		const book = tinyBook({ n: 10, p: 2, seed: 1 });
		book.accounts.language[2] = 'French';
		expect(conflicts(compileModel(book, plain()))).toEqual([
			'account A0003 has no allowed rep: no rep covers language French'
		]);
	});

	it('minimum accounts that add up to more than the book', () => {
		const book = tinyBook({ n: 30, p: 3, seed: 1 });
		book.reps.minAccounts.fill(11);
		expect(conflicts(compileModel(book, plain()))).toContain(
			"the reps' minimums add up to 33 > 30 accounts"
		);
	});
});

describe('solver fallback: relax one rule family at a time', () => {
	it('names the move cap and the balance band when together they conflict', async () => {
		const book = tinyBook({ n: 30, p: 3, seed: 8 });
		book.accounts.owner.fill(0);
		book.accounts.ownerId.fill('R1');
		const s = plain();
		s.balance = [{ metric: 'potential', tolerance: 0.1, hard: true }];
		s.moveCap = { max: 3, metric: null };
		const res = compileModel(book, s);
		if (!res.ok) throw new Error(res.conflicts[0].message);
		const out = solveExact(res.model, await loadHighsNode(), { timeLimitSeconds: 10 });
		expect(out.status).toBe('infeasible');
		if (out.status !== 'infeasible') return;
		expect(out.conflicts[0].rules.sort()).toEqual(['balance:potential', 'moveCap']);
		expect(out.conflicts[0].message).toContain('the move cap');
	});

	it('finds integrality conflicts the LP relaxation misses', async () => {
		// Three jobs of weight 2, two reps of capacity 3: fractional fits, whole does not.
		const model: AssignmentModel = {
			n: 3,
			p: 2,
			cost: new Float64Array(6),
			allowed: null,
			resources: [
				{
					name: 'workload',
					kind: 'capacity',
					weight: new Float64Array([2, 2, 2]),
					perPair: false,
					lo: new Float64Array([-Infinity, -Infinity]),
					hi: new Float64Array([3, 3]),
					softPenalty: 0
				}
			],
			moveCap: null
		};
		const c = explainInfeasibility(model, await loadHighsNode(), { timeLimitSeconds: 5 });
		expect(c[0].rules).toEqual(['capacity:workload']);
	});
});
