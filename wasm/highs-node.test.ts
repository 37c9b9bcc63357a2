import { readFileSync } from 'node:fs';
import highsLoader, { type Highs } from 'highs';
import { describe, expect, it } from 'vitest';
import { gapToModel, parseGap } from '../src/lib/engine/benchmarks/gap-reader';
import { solveExact } from '../src/lib/engine/exact';
import { mulberry32 } from '../src/lib/engine/prng';
import { verifyAssignment } from '../src/lib/engine/verify';
import type { AssignmentModel } from '../src/lib/engine/model';
import { buildFormulation } from '../src/lib/engine/formulation';
import { CUT_POOL, createHighsSolver } from './highs-core';
import { loadHighsNode } from './highs-node';

function randomGap(seed: number, n = 20, p = 4): AssignmentModel {
	const rnd = mulberry32(seed);
	const cost = Float64Array.from({ length: n * p }, () => Math.floor(rnd() * 50));
	const weight = Float64Array.from({ length: n * p }, () => 5 + Math.floor(rnd() * 20));
	return {
		n,
		p,
		cost,
		allowed: null,
		resources: [
			{
				name: 'workload',
				kind: 'capacity',
				weight,
				perPair: true,
				lo: new Float64Array(p).fill(-Infinity),
				hi: new Float64Array(p).fill((n * 15) / p / 0.8),
				softPenalty: 0
			}
		],
		moveCap: null
	};
}

describe('HiGHS adapter', () => {
	it('keeps the WASM heap bounded over 100 solves (models are disposed)', async () => {
		const highs = await loadHighsNode();
		for (let k = 0; k < 10; k++) solveExact(randomGap(k), highs, { timeLimitSeconds: 10 });
		const before = highs.memoryBytes?.() ?? 0;
		expect(before).toBeGreaterThan(0);
		for (let k = 0; k < 100; k++) {
			const m = randomGap(100 + k);
			const r = solveExact(m, highs, { timeLimitSeconds: 10 });
			expect(r.status).toBe('optimal');
			if (r.status === 'optimal') expect(verifyAssignment(m, r.assignment)).toEqual([]);
		}
		const after = highs.memoryBytes?.() ?? 0;
		// Capacity may grow once for fragmentation, never in proportion to the number of solves.
		expect(after).toBeLessThanOrEqual(before * 1.5);
	});

	it('stops at the time limit with the incumbent and a proven bound', async () => {
		const highs = await loadHighsNode();
		const text = readFileSync(
			new URL('../../shared/benchmarks/gap/chu1997/c20200', import.meta.url),
			'utf8'
		);
		const model = gapToModel(parseGap(text));
		const r = solveExact(model, highs, { timeLimitSeconds: 1 });
		expect(['feasible', 'timeout']).toContain(r.status);
		if (r.status === 'feasible') {
			expect(verifyAssignment(model, r.assignment)).toEqual([]);
			expect(r.bound).toBeLessThanOrEqual(r.objective);
			expect(r.gap).toBeGreaterThan(0);
		}
	});

	it('cancels through shouldStop and keeps the best plan so far', async () => {
		const highs = await loadHighsNode();
		const model = gapToModel(
			parseGap(
				readFileSync(new URL('../../shared/benchmarks/gap/chu1997/c10200', import.meta.url), 'utf8')
			)
		);
		let polls = 0;
		const r = solveExact(model, highs, {
			timeLimitSeconds: 60,
			shouldStop: () => ++polls > 5
		});
		expect(r.status).toBe('cancelled');
		expect(polls).toBeGreaterThan(5);
		if (r.status === 'cancelled' && r.assignment)
			expect(verifyAssignment(model, r.assignment)).toEqual([]);
	});

	it('returns errors as data instead of throwing', async () => {
		const highs = await loadHighsNode();
		const out = highs.solve(
			{
				numCols: 1,
				numRows: 0,
				colCost: new Float64Array([NaN]),
				colLower: new Float64Array(1),
				colUpper: new Float64Array([1]),
				rowLower: new Float64Array(0),
				rowUpper: new Float64Array(0),
				starts: new Int32Array([0, 0]),
				indices: new Int32Array(0),
				values: new Float64Array(0),
				integer: null
			},
			{ timeLimitSeconds: 1 }
		);
		expect(out.status).toBe('error');
		expect(out.message).toBeTruthy();
	});
});

describe('HiGHS adapter options', () => {
	it('gives MIPs the small cut pool, and leaves LPs alone', async () => {
		const runtime = await highsLoader();
		const seen: Record<string, unknown>[] = [];
		const spied = new Proxy(runtime, {
			get(target, key, receiver) {
				if (key !== 'createModel') return Reflect.get(target, key, receiver);
				return (...args: Parameters<Highs['createModel']>) => {
					const model = target.createModel(...args);
					const set = model.options.set.bind(model.options);
					model.options.set = (values: Record<string, unknown>) => {
						seen.push(values);
						return set(values as never);
					};
					return model;
				};
			}
		});
		const solver = createHighsSolver(spied);
		const model = randomGap(3, 12, 3);
		const pb = buildFormulation(model).problem;
		expect(solver.solve(pb, { timeLimitSeconds: 5 }).status).toBe('optimal');
		expect(seen.some((o) => o.mip_pool_soft_limit === CUT_POOL)).toBe(true);
		seen.length = 0;
		expect(solver.solve(pb, { timeLimitSeconds: 5, relaxation: true }).status).toBe('optimal');
		expect(seen.some((o) => 'mip_pool_soft_limit' in o)).toBe(false);
	});
});
