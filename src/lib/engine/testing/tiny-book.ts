/**
 * Deterministic small books for engine and metrics tests: accounts scattered around rep bases,
 * with skills, owners and metrics, built from a seed so failures reproduce.
 */
import type { Book } from '../../core/book';
import { mulberry32 } from '../prng';

export { mulberry32 };

export interface TinyBookOptions {
	n: number;
	p: number;
	seed?: number;
	/** Give every rep and account these languages / industries when set. */
	languages?: string[];
	industries?: string[];
}

export function tinyBook(o: TinyBookOptions): Book {
	const rnd = mulberry32(o.seed ?? 1);
	const { n, p } = o;
	const langs = o.languages ?? ['English'];
	const inds = o.industries ?? ['Healthcare', 'Retail', 'Manufacturing'];
	const repLat = Float64Array.from({ length: p }, () => 40 + rnd() * 5);
	const repLon = Float64Array.from({ length: p }, () => -100 + rnd() * 8);
	const repIds = Array.from({ length: p }, (_, j) => `R${j + 1}`);
	const owner = Int32Array.from({ length: n }, () => Math.floor(rnd() * p));
	const lat = new Float64Array(n);
	const lon = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const near = Math.floor(rnd() * p);
		lat[i] = repLat[near] + (rnd() - 0.5) * 2;
		lon[i] = repLon[near] + (rnd() - 0.5) * 2;
	}
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
	return {
		accounts: {
			n,
			id: Array.from({ length: n }, (_, i) => `A${String(i + 1).padStart(4, '0')}`),
			name: Array.from({ length: n }, (_, i) => `Account ${i + 1}`),
			ownerId: Array.from(owner, (j) => repIds[j]),
			owner,
			lat,
			lon,
			zip: new Array<string>(n).fill(''),
			city: new Array<string>(n).fill(''),
			state: new Array<string>(n).fill(''),
			country: new Array<string>(n).fill('United States'),
			industry: Array.from({ length: n }, () => pick(inds)),
			segment: Array.from({ length: n }, () => (rnd() < 0.1 ? 'Enterprise' : 'SMB')),
			language: Array.from({ length: n }, () => pick(langs)),
			activeOpportunity: Uint8Array.from({ length: n }, () => (rnd() < 0.1 ? 1 : 0)),
			metrics: {
				potential: Float64Array.from({ length: n }, () => Math.round(10 + rnd() * 90)),
				arr: Float64Array.from({ length: n }, () => Math.round(rnd() * 100)),
				workload: Float64Array.from({ length: n }, () => 1 + Math.round(rnd() * 4))
			}
		},
		reps: {
			p,
			id: repIds,
			name: repIds.map((id) => `Rep ${id}`),
			lat: repLat,
			lon: repLon,
			zip: new Array<string>(p).fill(''),
			capacityAccounts: new Float64Array(p).fill(NaN),
			capacityWorkload: new Float64Array(p).fill(NaN),
			minAccounts: new Float64Array(p).fill(NaN),
			industries: Array.from({ length: p }, () => []),
			languages: Array.from({ length: p }, () => langs.slice()),
			segments: Array.from({ length: p }, () => []),
			ramp: new Float64Array(p).fill(1),
			startDate: new Array<string>(p).fill('')
		}
	};
}
