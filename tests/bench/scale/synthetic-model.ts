/**
 * Realistic synthetic territory books compiled straight to an AssignmentModel, used by the scale
 * benchmark until the sample generator and compileModel are wired in: accounts clustered around
 * ~20 metros, reps based near them, haversine km cost, lognormal potential, workload tied to size,
 * ramping reps with smaller targets, bands of ±5% potential and ±10% workload, an account capacity
 * and 5% of accounts locked to their current owner.
 */
import type { AssignmentModel, Resource } from '../../../src/lib/engine/model';
import { mulberry32 as rng } from '../../../src/lib/engine/prng';
import { haversineKm } from '../../../src/lib/core/distance';

export interface SyntheticOptions {
	n: number;
	p: number;
	seed: number;
	potentialTol?: number;
	workloadTol?: number;
	lockShare?: number;
}

function gauss(rand: () => number): number {
	return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

export function syntheticModel(o: SyntheticOptions): AssignmentModel {
	const { n, p } = o;
	const rand = rng(o.seed);
	const metros = 20;
	const mLat = new Float64Array(metros);
	const mLon = new Float64Array(metros);
	const mShare = new Float64Array(metros);
	let shareSum = 0;
	for (let m = 0; m < metros; m++) {
		mLat[m] = 30 + rand() * 17;
		mLon[m] = -120 + rand() * 45;
		mShare[m] = Math.exp(gauss(rand) * 0.8);
		shareSum += mShare[m];
	}
	const pickMetro = () => {
		let x = rand() * shareSum;
		for (let m = 0; m < metros; m++) if ((x -= mShare[m]) <= 0) return m;
		return metros - 1;
	};
	const aLat = new Float64Array(n);
	const aLon = new Float64Array(n);
	const potential = new Float64Array(n);
	const workload = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const m = pickMetro();
		aLat[i] = mLat[m] + gauss(rand) * 0.6;
		aLon[i] = mLon[m] + gauss(rand) * 0.8;
		potential[i] = Math.round(20000 * Math.exp(gauss(rand) * 0.9));
		workload[i] = 2 + 6 * Math.sqrt(potential[i] / 20000) + rand();
	}
	const rLat = new Float64Array(p);
	const rLon = new Float64Array(p);
	const ramp = new Float64Array(p);
	let rampSum = 0;
	for (let j = 0; j < p; j++) {
		const m = pickMetro();
		rLat[j] = mLat[m] + gauss(rand) * 0.4;
		rLon[j] = mLon[m] + gauss(rand) * 0.5;
		ramp[j] = rand() < 0.1 ? 0.5 : 1;
		rampSum += ramp[j];
	}
	const cost = new Float64Array(n * p);
	const owner = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		let best = Infinity;
		for (let j = 0; j < p; j++) {
			const d = haversineKm(aLat[i], aLon[i], rLat[j], rLon[j]);
			cost[i * p + j] = d;
			// Current owner: roughly the nearest, with some legacy noise.
			const noisy = d * (0.7 + 0.6 * rand());
			if (noisy < best) {
				best = noisy;
				owner[i] = j;
			}
		}
	}
	const allowed = new Uint8Array(n * p).fill(1);
	const lockShare = o.lockShare ?? 0.05;
	for (let i = 0; i < n; i++)
		if (rand() < lockShare) {
			allowed.fill(0, i * p, i * p + p);
			allowed[i * p + owner[i]] = 1;
		}
	const band = (w: Float64Array, tol: number, name: string): Resource => {
		let total = 0;
		for (let i = 0; i < n; i++) total += w[i];
		const lo = new Float64Array(p);
		const hi = new Float64Array(p);
		for (let j = 0; j < p; j++) {
			const target = (total * ramp[j]) / rampSum;
			lo[j] = (1 - tol) * target;
			hi[j] = (1 + tol) * target;
		}
		return { name, kind: 'balance', weight: w, perPair: false, lo, hi, softPenalty: 0 };
	};
	const ones = new Float64Array(n).fill(1);
	const capHi = new Float64Array(p);
	for (let j = 0; j < p; j++) capHi[j] = Math.ceil((1.3 * n * ramp[j]) / rampSum);
	const capacity: Resource = {
		name: 'accounts',
		kind: 'capacity',
		weight: ones,
		perPair: false,
		lo: new Float64Array(p).fill(-Infinity),
		hi: capHi,
		softPenalty: 0
	};
	return {
		n,
		p,
		cost,
		allowed,
		resources: [
			band(potential, o.potentialTol ?? 0.05, 'potential'),
			band(workload, o.workloadTol ?? 0.1, 'workload'),
			capacity
		],
		moveCap: null
	};
}
