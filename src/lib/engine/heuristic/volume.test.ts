import { describe, expect, it } from 'vitest';
import type { AssignmentModel, Resource } from '../model';
import { mulberry32 } from '../prng';
import { prepare } from './prepared';
import { VolumeBound } from './volume';

/** A band model whose workload and count columns each appear twice (band + capacity/minimum). */
function model(seed: number): AssignmentModel {
	const rand = mulberry32(seed);
	const n = 60;
	const p = 5;
	const cost = Float64Array.from({ length: n * p }, () => rand() * 10);
	const allowed = new Uint8Array(n * p).fill(1);
	for (let i = 0; i < n; i += 7) {
		allowed.fill(0, i * p, i * p + p);
		allowed[i * p + (i % p)] = 1;
	}
	const pot = Float64Array.from({ length: n }, () => Math.exp(2 * rand()));
	const work = Float64Array.from({ length: n }, () => 1 + rand());
	const ones = new Float64Array(n).fill(1);
	const band = (w: Float64Array, t: number, kind: Resource['kind']): Resource => {
		const avg = w.reduce((s, x) => s + x, 0) / p;
		return {
			name: 'r',
			kind,
			weight: kind === 'balance' ? w : Float64Array.from(w),
			perPair: false,
			lo: new Float64Array(p).fill(kind === 'capacity' ? -Infinity : (1 - t) * avg),
			hi: new Float64Array(p).fill(kind === 'min' ? Infinity : (1 + t) * avg),
			softPenalty: 0
		};
	};
	return {
		n,
		p,
		cost,
		allowed,
		resources: [
			band(pot, 0.05, 'balance'),
			band(work, 0.1, 'balance'),
			band(work, 0.15, 'capacity'),
			band(ones, 0.2, 'capacity'),
			band(ones, 0.2, 'min')
		],
		moveCap: null
	};
}

/** The Lagrangian dual value computed the slow, obvious way. */
function dualValue(m: AssignmentModel, u: Float64Array, v: Float64Array): number {
	const { n, p } = m;
	let z = 0;
	m.resources.forEach((r, ri) => {
		for (let j = 0; j < p; j++) {
			if (u[ri * p + j] !== 0) z -= u[ri * p + j] * r.hi[j];
			if (v[ri * p + j] !== 0) z += v[ri * p + j] * r.lo[j];
		}
	});
	for (let i = 0; i < n; i++) {
		let best = Infinity;
		for (let j = 0; j < p; j++) {
			if (m.allowed![i * p + j] !== 1) continue;
			let c = m.cost[i * p + j];
			m.resources.forEach((r, ri) => {
				c += (u[ri * p + j] - v[ri * p + j]) * r.weight[i];
			});
			best = Math.min(best, c);
		}
		z += best;
	}
	return z;
}

describe('VolumeBound', () => {
	it('reports the exact dual value of its best multipliers (pruned, merged-column passes)', () => {
		for (const seed of [1, 2, 3]) {
			const m = model(seed);
			const vb = new VolumeBound(prepare(m, 3));
			for (let k = 0; k < 300; k++) vb.step();
			const { u, v } = vb.multipliers();
			expect(u.some((x) => x > 0) || v.some((x) => x > 0)).toBe(true);
			const z = dualValue(m, u, v);
			expect(Math.abs(vb.bound - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(z)));
		}
	});

	it('keeps its bound and its exactness across a restart from the best multipliers', () => {
		for (const seed of [4, 5]) {
			const m = model(seed);
			const vb = new VolumeBound(prepare(m, 3));
			for (let k = 0; k < 150; k++) vb.step();
			const before = vb.bound;
			vb.restart();
			expect(vb.bound).toBeGreaterThanOrEqual(before);
			expect(vb.stepFactor).toBe(0.1);
			for (let k = 0; k < 150; k++) vb.step();
			expect(vb.bound).toBeGreaterThanOrEqual(before);
			const { u, v } = vb.multipliers();
			const z = dualValue(m, u, v);
			expect(Math.abs(vb.bound - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(z)));
		}
	});
});
