import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../../wasm/highs-node';
import { solveLocationExact } from './location-exact';
import { solveLocationHeuristic } from './location-heuristic';
import { parsePmedcap, parseSanFrancisco } from './readers';
import { solveLocation } from './solve-location';
import { verifyLocation } from './types';

const BENCH = new URL('../../../../../shared/benchmarks/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, BENCH), 'utf8');

describe('location mode (p-median)', () => {
	it('reproduces the San Francisco p-median (p=4, POP2000, network distances)', async () => {
		const sf = parseSanFrancisco(
			read('spopt_sf/SF_demand_205_centroid_uniform_weight.csv'),
			read('spopt_sf/SF_network_distance_candidateStore_16_censusTract_205_new.csv'),
			4
		);
		const r = solveLocationExact(sf.problem, await loadHighsNode(), { timeLimitSeconds: 60 });
		expect(r.status).toBe('optimal');
		expect(verifyLocation(sf.problem, r)).toEqual([]);
		const pop = sf.problem.weight.reduce((s, v) => s + v, 0);
		expect(r.objective / pop).toBeCloseTo(2982.1268579890657, 8);
		expect(r.open.map((k) => sf.sites[k]).sort()).toEqual([
			'Store_11',
			'Store_12',
			'Store_15',
			'Store_2'
		]);
		const h = solveLocationHeuristic(sf.problem, { timeLimitSeconds: 10, starts: 8 });
		expect(h.objective / pop).toBeCloseTo(2982.1268579890657, 8);
	});

	it('solves pmedcap1 #4 (floor Euclidean) to its published optimum 651', async () => {
		const { problem, best } = parsePmedcap(read('pmedcap/pmedcap1_4.txt'));
		expect(best).toBe(651);
		const r = solveLocation(problem, await loadHighsNode(), { timeLimitSeconds: 60 });
		expect(r.status).toBe('optimal');
		expect(r.objective).toBe(651);
		expect(verifyLocation(problem, r)).toEqual([]);
	});

	it('the swap heuristic stays within 1% on pmedcap1 #1-#3 without HiGHS', () => {
		for (const k of [1, 2, 3]) {
			const { problem, best } = parsePmedcap(read(`pmedcap/pmedcap1_${k}.txt`));
			const r = solveLocationHeuristic(problem, { timeLimitSeconds: 10, seed: 7 });
			expect(verifyLocation(problem, r)).toEqual([]);
			expect(r.objective).toBeLessThanOrEqual(best * 1.01);
		}
	});

	it('keeps fixed sites open', () => {
		const { problem } = parsePmedcap(read('pmedcap/pmedcap1_1.txt'));
		problem.fixedOpen = new Uint8Array(problem.m);
		problem.fixedOpen[0] = 1;
		problem.fixedOpen[1] = 1;
		const r = solveLocationHeuristic(problem, { timeLimitSeconds: 5 });
		expect(r.open).toContain(0);
		expect(r.open).toContain(1);
		expect(verifyLocation(problem, r)).toEqual([]);
	});
});

describe('solveLocation on an instance too large for the MIP', () => {
	it("re-solves the heuristic sites' assignment exactly under capacity", async () => {
		const { mulberry32 } = await import('../prng');
		const rnd = mulberry32(5);
		const n = 300;
		const m = 80;
		const px = Float64Array.from({ length: n }, () => rnd() * 100);
		const py = Float64Array.from({ length: n }, () => rnd() * 100);
		const dist = new Float64Array(n * m);
		for (let i = 0; i < n; i++)
			for (let k = 0; k < m; k++) dist[i * m + k] = Math.hypot(px[i] - px[k], py[i] - py[k]);
		const problem = {
			n,
			m,
			dist,
			weight: new Float64Array(n).fill(1),
			demand: Float64Array.from({ length: n }, () => 1 + Math.floor(rnd() * 5)),
			capacity: new Float64Array(m).fill(200),
			p: 5
		};
		const alone = solveLocationHeuristic(problem, { timeLimitSeconds: 2, seed: 1 });
		const r = solveLocation(problem, await loadHighsNode(), { timeLimitSeconds: 4, seed: 1 });
		expect(verifyLocation(problem, r)).toEqual([]);
		expect(r.objective).toBeLessThanOrEqual(alone.objective * 1.02);
	});
});

describe('suggestBases', () => {
	it('places two new bases where the uncovered accounts are', async () => {
		const { tinyBook } = await import('../testing/tiny-book');
		const { suggestBases } = await import('./suggest-bases');
		const book = tinyBook({ n: 120, p: 3, seed: 4 });
		// A far-away cluster nobody covers: the new bases should go there.
		for (let i = 0; i < 30; i++) {
			book.accounts.lat[i] = 30 + (i % 5) * 0.01;
			book.accounts.lon[i] = -80 + (i % 3) * 0.01;
		}
		const r = suggestBases(book, { newReps: 2 }, await loadHighsNode());
		if (!r.ok) throw new Error(r.message);
		expect(r.bases).toHaveLength(2);
		expect(r.bases.some((b) => Math.abs(b.lat - 30) < 0.5 && Math.abs(b.lon + 80) < 0.5)).toBe(
			true
		);
		expect(r.meanDistance).toBeLessThan(r.currentMeanDistance);
	});
});
