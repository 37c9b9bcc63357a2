/**
 * Test models: random integer costs and one hard potential band, ±tolerance around the mean load
 * (weights 1-10), so feasible plans exist but single moves are often blocked.
 */
import type { AssignmentModel } from '../model';
import { mulberry32 } from '../prng';

export function randomBandModel(
	seed: number,
	n: number,
	p: number,
	tolerance: number
): AssignmentModel {
	const rand = mulberry32(seed);
	const w = new Float64Array(n).map(() => 1 + Math.round(rand() * 9));
	const total = w.reduce((s, v) => s + v, 0);
	return {
		n,
		p,
		cost: new Float64Array(n * p).map(() => Math.round(rand() * 100)),
		allowed: null,
		resources: [
			{
				name: 'potential',
				kind: 'balance',
				weight: w,
				perPair: false,
				lo: new Float64Array(p).fill(((1 - tolerance) * total) / p),
				hi: new Float64Array(p).fill(((1 + tolerance) * total) / p),
				softPenalty: 0
			}
		],
		moveCap: null
	};
}
