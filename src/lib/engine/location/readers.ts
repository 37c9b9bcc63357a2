/**
 * Readers for the location benchmarks: OR-Library pmedcap (`id best`, `n p Q`, n lines
 * `id x y demand`; distance = floor of Euclidean) and spopt's San Francisco tables.
 */
import { parseCsvRows } from '../benchmarks/reference';
import type { LocationProblem } from './types';

export function parsePmedcap(text: string): { problem: LocationProblem; best: number } {
	const nums = text.split(/\s+/).filter(Boolean).map(Number);
	const best = nums[1];
	const [n, p, q] = [nums[2], nums[3], nums[4]];
	const x = new Float64Array(n);
	const y = new Float64Array(n);
	const demand = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const o = 5 + i * 4;
		x[i] = nums[o + 1];
		y[i] = nums[o + 2];
		demand[i] = nums[o + 3];
	}
	const dist = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let k = 0; k < n; k++) dist[i * n + k] = Math.floor(Math.hypot(x[i] - x[k], y[i] - y[k]));
	return {
		best,
		problem: {
			n,
			m: n,
			dist,
			weight: new Float64Array(n).fill(1),
			demand,
			capacity: new Float64Array(n).fill(q),
			p
		}
	};
}

/** SF tracts × stores with POP2000 weights over street-network distances (uncapacitated). */
export function parseSanFrancisco(
	demandCsv: string,
	distanceCsv: string,
	p: number
): { problem: LocationProblem; tracts: string[]; sites: string[] } {
	const [dh, ...drows] = parseCsvRows(demandCsv);
	const nameCol = dh.indexOf('NAME');
	const popCol = dh.indexOf('POP2000');
	const tracts = drows.map((r) => r[nameCol]);
	const pop = Float64Array.from(drows, (r) => Number(r[popCol]));
	const [hh, ...rows] = parseCsvRows(distanceCsv);
	const dc = hh.indexOf('distance');
	const sc = hh.indexOf('name');
	const tc = hh.indexOf('DestinationName');
	const sites = [...new Set(rows.map((r) => r[sc]))];
	const siteIdx = new Map(sites.map((s, k) => [s, k]));
	const tractIdx = new Map(tracts.map((t, i) => [t, i]));
	const n = tracts.length;
	const m = sites.length;
	const dist = new Float64Array(n * m).fill(Infinity);
	for (const r of rows) {
		const i = tractIdx.get(r[tc]);
		const k = siteIdx.get(r[sc]);
		if (i !== undefined && k !== undefined) dist[i * m + k] = Number(r[dc]);
	}
	return {
		tracts,
		sites,
		problem: {
			n,
			m,
			dist,
			weight: pop,
			demand: pop,
			capacity: new Float64Array(m).fill(Infinity),
			p
		}
	};
}
