/**
 * Benchmark hook for the hidden /bench/solver page: builds a synthetic book in the page and solves
 * it through the real module worker (comlink, browser HiGHS loader), timing from the main thread.
 */
import { syntheticModel } from '../../../tests/bench/scale/synthetic-model';
import { verifyAssignment } from '../engine/verify';
import { browserSpawn } from './solver-pool';
import { SolverClient } from './solver.client';

export interface SolverBenchResult {
	status: string;
	seconds: number;
	firstFeasibleSeconds: number | null;
	objective: number | null;
	bound: number | null;
	method: string;
	/** The plan passed the independent hard-rule verifier. */
	feasible: boolean;
	peakHeapMB: number | null;
}

export async function runSolverBench(
	n: number,
	p: number,
	seed: number,
	timeLimitSeconds: number
): Promise<SolverBenchResult> {
	const model = syntheticModel({ n, p, seed });
	const client = new SolverClient(await browserSpawn());
	const t0 = performance.now();
	let first: number | null = null;
	const out = await client.solve(
		{ model },
		{
			timeLimitSeconds,
			onProgress: (pr) => {
				if (first === null && pr.bestObjective !== null) first = (performance.now() - t0) / 1000;
			}
		}
	);
	const seconds = (performance.now() - t0) / 1000;
	client.dispose();
	const mem = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
	const r = out.kind === 'result' ? out.result : null;
	return {
		status: r ? r.status : out.kind,
		seconds,
		firstFeasibleSeconds: first,
		objective: r && 'objective' in r ? r.objective : null,
		bound: r && 'bound' in r ? r.bound : null,
		method: r ? r.stats.method : '',
		feasible:
			r !== null &&
			'assignment' in r &&
			r.assignment !== null &&
			verifyAssignment(model, r.assignment).length === 0,
		peakHeapMB: mem ? Math.round(mem.usedJSHeapSize / 2 ** 20) : null
	};
}
