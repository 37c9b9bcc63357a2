/**
 * Engine against published optima: OR-Library GAP gap1–8 (exact MIP, min and max), Chu–Beasley
 * a/b/c (the solve() dispatcher, 10 s), pmedcap1 #1–10 (swap heuristic alone, and heuristic +
 * MIP), and the San Francisco p-median. Every plan goes through the independent verifier.
 * 'cpu s' is this process's CPU time: wall seconds inflate when other jobs share the 2 cores.
 */
import { readFileSync } from 'node:fs';
import { gapToModel, parseGap } from '../../src/lib/engine/benchmarks/gap-reader';
import { parseReferenceValues } from '../../src/lib/engine/benchmarks/reference';
import { solveExact } from '../../src/lib/engine/exact';
import { solveLocationHeuristic } from '../../src/lib/engine/location/location-heuristic';
import { parsePmedcap, parseSanFrancisco } from '../../src/lib/engine/location/readers';
import { solveLocation } from '../../src/lib/engine/location/solve-location';
import { verifyLocation, type LocationResult } from '../../src/lib/engine/location/types';
import type { SolveResult } from '../../src/lib/engine/result';
import { solve } from '../../src/lib/engine/solve';
import { verifyAssignment } from '../../src/lib/engine/verify';
import { loadHighsNode } from '../../wasm/highs-node';
import { pctGap } from './gaps';
import type { BenchRow } from './table';

export const title = 'Engine golden instances (published optima)';

const BENCH = new URL('../../../shared/benchmarks/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, BENCH), 'utf8');

let peak = 0;
function memoryMb(): number {
	peak = Math.max(peak, process.memoryUsage().rss);
	return Math.round(peak / 1e6);
}

function gapRow(
	name: string,
	size: string,
	res: SolveResult,
	reference: number,
	sense: 'min' | 'max',
	feasible: boolean,
	seconds: number,
	cpu: number
): BenchRow {
	const has = res.status === 'optimal' || res.status === 'feasible';
	const sign = sense === 'max' ? -1 : 1;
	const obj = has ? sign * res.objective : null;
	const bound = has ? sign * res.bound : null;
	return {
		instance: `${name} ${sense}`,
		size,
		method: res.stats.method,
		seconds: Number(seconds.toFixed(3)),
		'cpu s': Number(cpu.toFixed(3)),
		objective: obj,
		reference,
		'gap to reference %': obj === null ? null : Number((sign * pctGap(obj, reference)).toFixed(3)),
		'gap to own bound %':
			obj === null || bound === null
				? null
				: Number((Math.abs(pctGap(obj, bound)) || 0).toFixed(3)),
		feasible,
		'peak memory MB': memoryMb()
	};
}

function locRow(
	name: string,
	size: string,
	r: LocationResult,
	reference: number,
	feasible: boolean,
	scale = 1
): BenchRow {
	const obj = r.objective / scale;
	return {
		instance: name,
		size,
		method: r.method,
		seconds: Number(r.seconds.toFixed(3)),
		objective: Number(obj.toFixed(6)),
		reference,
		'gap to reference %': Number(pctGap(obj, reference).toFixed(3)),
		'gap to own bound %': Number.isFinite(r.bound)
			? Number(pctGap(r.objective, r.bound).toFixed(3))
			: null,
		feasible,
		'peak memory MB': memoryMb()
	};
}

export async function run(): Promise<BenchRow[]> {
	const highs = await loadHighsNode();
	const refs = parseReferenceValues(read('reference_values.csv'));
	const rows: BenchRow[] = [];
	// One untimed solve first: V8 runs WASM on its baseline compiler until tier-up, which would
	// otherwise be charged to whichever instance happens to come first.
	solveExact(gapToModel(parseGap(read('gap/cattrysse1994/gap1-0'))), highs, {
		timeLimitSeconds: 10
	});
	for (const ref of refs.filter((r) => r.family === 'GAP')) {
		const g = parseGap(read(ref.file), ref.file);
		const sense = ref.sense === 'max' ? 'max' : 'min';
		const model = gapToModel(g, sense);
		const size = `${g.jobs}×${g.agents}`;
		const started = performance.now();
		const cpu0 = process.cpuUsage();
		const res = ref.instance.startsWith('chu1997')
			? await solve(model, { timeLimitSeconds: 10, highs })
			: solveExact(model, highs, { timeLimitSeconds: 10 });
		const seconds = (performance.now() - started) / 1000;
		const used = process.cpuUsage(cpu0);
		const cpu = (used.user + used.system) / 1e6;
		const ok =
			(res.status === 'optimal' || res.status === 'feasible') &&
			verifyAssignment(model, res.assignment).length === 0;
		rows.push(gapRow(ref.instance, size, res, Number(ref.value), sense, ok, seconds, cpu));
	}
	for (let k = 1; k <= 10; k++) {
		const { problem, best } = parsePmedcap(read(`pmedcap/pmedcap1_${k}.txt`));
		const size = `${problem.n} pts, p=${problem.p}`;
		const h = solveLocationHeuristic(problem, { timeLimitSeconds: 10 });
		rows.push(locRow(`pmedcap1 #${k}`, size, h, best, verifyLocation(problem, h).length === 0));
		const e = solveLocation(problem, highs, { timeLimitSeconds: 15 });
		rows.push(locRow(`pmedcap1 #${k}`, size, e, best, verifyLocation(problem, e).length === 0));
	}
	const sf = parseSanFrancisco(
		read('spopt_sf/SF_demand_205_centroid_uniform_weight.csv'),
		read('spopt_sf/SF_network_distance_candidateStore_16_censusTract_205_new.csv'),
		4
	);
	const pop = sf.problem.weight.reduce((s, v) => s + v, 0);
	const sfRef = 2982.1268579890657;
	const size = `${sf.problem.n}×${sf.problem.m}, p=4`;
	const sh = solveLocationHeuristic(sf.problem, { timeLimitSeconds: 10 });
	rows.push(
		locRow(
			'SF p-median (mean distance)',
			size,
			sh,
			sfRef,
			verifyLocation(sf.problem, sh).length === 0,
			pop
		)
	);
	const se = solveLocation(sf.problem, highs, { timeLimitSeconds: 30 });
	rows.push(
		locRow(
			'SF p-median (mean distance)',
			size,
			se,
			sfRef,
			verifyLocation(sf.problem, se).length === 0,
			pop
		)
	);
	return rows;
}
