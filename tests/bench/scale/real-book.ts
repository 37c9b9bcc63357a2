/**
 * Benchmark models from the real pipeline: a sample book from `generateBook`, compiled by
 * `compileModel` with "minimise km" settings (travel only), hard bands of ±5% potential and ±10%
 * workload of the ramp-scaled average, the book's capacities, and 5% of accounts locked to their
 * current owner by a seeded pick (manual locks).
 */
import type { PlanSettings } from '../../../src/lib/core/settings';
import { compileModel, type CompileResult } from '../../../src/lib/engine/compile';
import { mulberry32 } from '../../../src/lib/engine/prng';
import { generateBook } from '../../../src/lib/samples/generate';

export interface RealBookOptions {
	n: number;
	p: number;
	seed: number;
	lockShare?: number;
}

export function benchSettings(locks: Record<string, string>): PlanSettings {
	return {
		weights: { travel: 1, balance: 0, continuity: 0, fit: 0 },
		balance: [
			{ metric: 'potential', tolerance: 0.05, hard: true },
			{ metric: 'workload', tolerance: 0.1, hard: true }
		],
		capacity: { accounts: true, workload: true, minAccounts: true },
		locks: { activeOpportunity: false, arrAtLeast: null, manual: locks },
		skills: { industry: false, language: false, segment: false },
		moveCap: { max: null, metric: null },
		travel: { mode: 'haversine', weightMetric: null },
		continuityMetric: null,
		timeLimitSeconds: 30
	};
}

export function realBookModel(o: RealBookOptions): CompileResult {
	const { book } = generateBook({ accounts: o.n, reps: o.p, seed: o.seed });
	const rand = mulberry32(o.seed ^ 0x5eed);
	const locks: Record<string, string> = {};
	const A = book.accounts;
	for (let i = 0; i < A.n; i++)
		if (A.owner[i] >= 0 && rand() < (o.lockShare ?? 0.05)) locks[A.id[i]] = A.ownerId[i];
	return compileModel(book, benchSettings(locks));
}
