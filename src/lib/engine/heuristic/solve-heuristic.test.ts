import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../../wasm/highs-node';
import { solveExact } from '../exact';
import type { AssignmentModel, Resource } from '../model';
import { evaluateObjective } from '../objective';
import { mulberry32 } from '../prng';
import { verifyAssignment } from '../verify';
import { solveHeuristic } from './solve-heuristic';

/** Small random instance: bands on a per-account metric, a capacity, locks, maybe soft/move cap. */
function randomModel(seed: number): AssignmentModel {
	const rand = mulberry32(seed);
	const n = 8 + Math.floor(rand() * 10);
	const p = 2 + Math.floor(rand() * 3);
	const cost = new Float64Array(n * p).map(() => Math.round(rand() * 100));
	const allowed = new Uint8Array(n * p).fill(1);
	for (let i = 0; i < n; i++)
		if (rand() < 0.15) {
			allowed.fill(0, i * p, i * p + p);
			allowed[i * p + Math.floor(rand() * p)] = 1;
		}
	const pot = new Float64Array(n).map(() => 1 + Math.round(rand() * 20));
	const total = pot.reduce((s, v) => s + v, 0);
	const tol = 0.1 + rand() * 0.4;
	const band: Resource = {
		name: 'potential',
		kind: 'balance',
		weight: pot,
		perPair: false,
		lo: new Float64Array(p).fill(((1 - tol) * total) / p),
		hi: new Float64Array(p).fill(((1 + tol) * total) / p),
		softPenalty: rand() < 0.3 ? 2 : 0
	};
	const capacity: Resource = {
		name: 'accounts',
		kind: 'capacity',
		weight: new Float64Array(n).fill(1),
		perPair: false,
		lo: new Float64Array(p).fill(-Infinity),
		hi: new Float64Array(p).fill(Math.ceil((1.4 * n) / p)),
		softPenalty: 0
	};
	const owner = new Int32Array(n).map(() => Math.floor(rand() * p));
	const moveCap =
		rand() < 0.3 ? { owner, weight: new Float64Array(n).fill(1), max: Math.floor(n / 2) } : null;
	return { n, p, cost, allowed, resources: [band, capacity], moveCap };
}

/**
 * A real book in miniature: a few accounts are a third of a rep's potential target and the band is
 * ±5%, so the LP (and the Lagrangian) can split them while a plan cannot.
 */
function whaleModel(seed: number): AssignmentModel {
	const rand = mulberry32(seed);
	const p = 3;
	const n = 30;
	const cost = new Float64Array(n * p).map(() => Math.round(rand() * 100));
	const pot = new Float64Array(n).map(() => 1 + rand() * 4);
	const small = pot.reduce((s, v) => s + v, 0);
	for (let w = 0; w < 3; w++) pot[w] = (0.3 + 0.1 * rand()) * (small / p);
	const total = pot.reduce((s, v) => s + v, 0);
	const band = (t: number, weight: Float64Array, sum: number): Resource => ({
		name: 'band',
		kind: 'balance',
		weight,
		perPair: false,
		lo: new Float64Array(p).fill(((1 - t) * sum) / p),
		hi: new Float64Array(p).fill(((1 + t) * sum) / p),
		softPenalty: 0
	});
	const work = new Float64Array(n).map(() => 1 + rand());
	const workTotal = work.reduce((s, v) => s + v, 0);
	return {
		n,
		p,
		cost,
		allowed: null,
		resources: [band(0.05, pot, total), band(0.15, work, workTotal)],
		moveCap: null
	};
}

describe('solveHeuristic on random small instances', () => {
	it('returns verified plans, never better than the exact optimum, bound <= objective', async () => {
		const highs = await loadHighsNode();
		let compared = 0;
		for (let seed = 1; seed <= 30; seed++) {
			const m = randomModel(seed);
			const h = solveHeuristic(m, { timeLimitSeconds: 2 });
			const ex = solveExact(m, highs, { timeLimitSeconds: 10 });
			if (ex.status === 'infeasible') {
				if (h.assignment !== null) expect(verifyAssignment(m, h.assignment)).toEqual([]);
				expect(h.assignment).toBeNull();
				continue;
			}
			expect(ex.status).toBe('optimal');
			if (ex.status !== 'optimal') continue;
			// Valid bound whatever happened.
			expect(h.bound).toBeLessThanOrEqual(ex.objective + 1e-6);
			if (h.assignment === null) continue;
			compared++;
			expect(verifyAssignment(m, h.assignment)).toEqual([]);
			expect(h.objective).toBeCloseTo(evaluateObjective(m, h.assignment), 6);
			expect(h.objective!).toBeGreaterThanOrEqual(ex.objective - 1e-6);
			expect(h.bound).toBeLessThanOrEqual(h.objective! + 1e-6);
		}
		// The heuristic must actually find plans on most feasible instances.
		expect(compared).toBeGreaterThan(15);
	});

	it('keeps a valid bound on books with whales under tight bands', async () => {
		const highs = await loadHighsNode();
		let compared = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const m = whaleModel(seed);
			const h = solveHeuristic(m, { timeLimitSeconds: 1 });
			const ex = solveExact(m, highs, { timeLimitSeconds: 10 });
			if (ex.status !== 'optimal') continue;
			compared++;
			expect(h.bound).toBeLessThanOrEqual(ex.objective + 1e-6);
			if (h.assignment !== null) {
				expect(verifyAssignment(m, h.assignment)).toEqual([]);
				expect(h.objective!).toBeGreaterThanOrEqual(ex.objective - 1e-6);
			}
		}
		expect(compared).toBeGreaterThan(6);
	});

	it('reports accounts with no allowed rep instead of crashing', () => {
		const m = randomModel(3);
		const allowed = new Uint8Array(m.n * m.p).fill(1);
		allowed.fill(0, 0, m.p);
		const h = solveHeuristic({ ...m, allowed }, { timeLimitSeconds: 1 });
		expect(h.orphans).toEqual([0]);
		expect(h.assignment).toBeNull();
	});

	it('comes back without a plan on a model whose bands cannot be met', () => {
		const m = randomModel(5);
		const band = { ...m.resources[0], lo: new Float64Array(m.p).fill(1e9) };
		const h = solveHeuristic({ ...m, resources: [band] }, { timeLimitSeconds: 0.5 });
		expect(h.assignment).toBeNull();
		expect(h.bound).toBeGreaterThan(-Infinity);
	});

	it('stops promptly when cancelled', () => {
		const m = randomModel(7);
		const signal = { aborted: true };
		const h = solveHeuristic(m, { timeLimitSeconds: 60, signal });
		expect(h.ended).toBe('cancelled');
		expect(h.seconds).toBeLessThan(5);
	});

	it('reports progress with phase, elapsed, objective and bound', () => {
		const m = randomModel(11);
		const phases: string[] = [];
		solveHeuristic(m, { timeLimitSeconds: 1, onProgress: (p) => phases.push(p.phase) });
		expect(phases).toContain('done');
	});
});
