import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { gapToModel, parseGap } from './benchmarks/gap-reader';
import { evaluateObjective } from './objective';
import { solve } from './solve';
import { randomBandModel } from './testing/random-band-model';
import { verifyAssignment } from './verify';

const dir = '../shared/benchmarks';
const have = existsSync(`${dir}/reference_values.csv`);

function optimum(name: string): number {
	const line = readFileSync(`${dir}/reference_values.csv`, 'utf8')
		.split('\n')
		.find((l) => l.split(',')[1] === `chu1997/${name}`);
	return Number(line!.split(',')[5]);
}

describe.skipIf(!have)('solve on Chu-Beasley GAP instances (min cost)', () => {
	for (const name of ['a10100', 'b10100', 'c05100', 'c10100']) {
		it(`${name} ends within 0.5% of the optimum in about 10 s`, async () => {
			const highs = await loadHighsNode();
			const model = gapToModel(parseGap(readFileSync(`${dir}/gap/chu1997/${name}`, 'utf8')));
			const r = await solve(model, { timeLimitSeconds: 9, highs });
			expect(['optimal', 'feasible']).toContain(r.status);
			if (r.status !== 'optimal' && r.status !== 'feasible') return;
			expect(verifyAssignment(model, r.assignment)).toEqual([]);
			const opt = optimum(name);
			expect(r.objective).toBeGreaterThanOrEqual(opt - 1e-6);
			expect(r.objective).toBeLessThanOrEqual(opt * 1.005);
			expect(r.bound).toBeLessThanOrEqual(opt + 1e-6);
		});
	}
});

describe('solve dispatch', () => {
	it('returns infeasible with conflicts for an account no rep may take', async () => {
		const n = 3;
		const p = 2;
		const allowed = new Uint8Array(n * p).fill(1);
		allowed[0] = 0;
		allowed[1] = 0;
		const r = await solve(
			{ n, p, cost: new Float64Array(n * p), allowed, resources: [], moveCap: null },
			{ timeLimitSeconds: 1 }
		);
		expect(r.status).toBe('infeasible');
		if (r.status === 'infeasible') expect(r.conflicts.length).toBeGreaterThan(0);
	});

	it('uses the heuristic without HiGHS and reports a bound below the objective', async () => {
		const n = 40;
		const p = 4;
		const cost = new Float64Array(n * p).map((_, k) => (k * 7919) % 97);
		const w = new Float64Array(n).fill(1);
		const r = await solve(
			{
				n,
				p,
				cost,
				allowed: null,
				resources: [
					{
						name: 'accounts',
						kind: 'balance',
						weight: w,
						perPair: false,
						lo: new Float64Array(p).fill(9),
						hi: new Float64Array(p).fill(11),
						softPenalty: 0
					}
				],
				moveCap: null
			},
			{ timeLimitSeconds: 2 }
		);
		expect(['optimal', 'feasible']).toContain(r.status);
		if (r.status === 'optimal' || r.status === 'feasible') {
			expect(r.bound).toBeLessThanOrEqual(r.objective + 1e-9);
			expect(r.stats.method).toBe('lagrangian-volume');
		}
	});

	it('large-model path with HiGHS: leftover time goes to sub-MIPs, the plan stays verified', async () => {
		const highs = await loadHighsNode();
		const model = randomBandModel(21, 90, 6, 0.05);
		const r = await solve(model, { timeLimitSeconds: 4, highs, exactThreshold: 0 });
		expect(['optimal', 'feasible']).toContain(r.status);
		if (r.status !== 'optimal' && r.status !== 'feasible') return;
		expect(verifyAssignment(model, r.assignment)).toEqual([]);
		expect(r.objective).toBeCloseTo(evaluateObjective(model, r.assignment), 6);
		expect(r.bound).toBeLessThanOrEqual(r.objective + 1e-9);
		expect(r.stats.method).toMatch(/^lagrangian-volume/);
	});

	it('honours a signal that is already aborted', async () => {
		const n = 40;
		const p = 4;
		const r = await solve(
			{ n, p, cost: new Float64Array(n * p).fill(1), allowed: null, resources: [], moveCap: null },
			{ timeLimitSeconds: 30, signal: { aborted: true } }
		);
		expect(r.status).toBe('cancelled');
	});
});
