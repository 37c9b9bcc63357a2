/**
 * Scale benchmark of the solve pipeline on synthetic territory books (see scale/synthetic-model):
 * min total km, ±5% potential and ±10% workload of the ramp-scaled average, account capacity,
 * 5% locked accounts. `SCALE_CASES=2k,10k` limits the cases; `SCALE_BROWSER=1` also runs the
 * 10k cases in headless Chromium through the solver worker (builds the app first unless
 * SCALE_BUILD=0). Peak memory is the process's max RSS so far (it only grows across rows); in
 * Chromium it is the page's JS heap (the worker's memory is not visible there).
 */
import { loadHighsNode } from '../../wasm/highs-node';
import { solve } from '../../src/lib/engine/solve';
import { verifyAssignment } from '../../src/lib/engine/verify';
import { runInChromium } from './scale/chromium';
import { syntheticModel } from './scale/synthetic-model';
import type { BenchRow } from './table';

export const title = 'Engine at scale: Lagrangian heuristic through solve()';

interface Case {
	name: string;
	n: number;
	p: number;
	seeds: number[];
	limit: number;
}

const CASES: Case[] = [
	{ name: '2k', n: 2000, p: 20, seeds: [7, 11], limit: 5 },
	{ name: '10k', n: 10000, p: 50, seeds: [7, 11], limit: 10 },
	{ name: '50k', n: 50000, p: 100, seeds: [7, 11], limit: 60 }
];

export async function run(): Promise<BenchRow[]> {
	const only = process.env.SCALE_CASES?.split(',');
	const highs = await loadHighsNode();
	const rows: BenchRow[] = [];
	for (const c of CASES) {
		if (only && !only.includes(c.name)) continue;
		for (const seed of c.seeds) {
			const model = syntheticModel({ n: c.n, p: c.p, seed });
			const r = await solve(model, { timeLimitSeconds: c.limit, highs });
			const plan = 'assignment' in r ? r.assignment : null;
			const objective = 'objective' in r ? r.objective : null;
			const bound = 'bound' in r ? r.bound : null;
			rows.push({
				instance: `synthetic-${c.name}`,
				size: `${c.n}×${c.p}`,
				seed,
				status: r.status,
				seconds: r.stats.seconds,
				'first feasible s': r.stats.firstFeasibleSeconds,
				objective,
				bound,
				'gap %':
					objective !== null && bound !== null
						? (100 * (objective - bound)) / Math.max(1e-9, Math.abs(objective))
						: null,
				feasible: plan !== null && verifyAssignment(model, plan).length === 0,
				'peak MB': Math.round(process.resourceUsage().maxRSS / 1024)
			});
		}
	}
	if (process.env.SCALE_BROWSER === '1') {
		const cases = CASES.filter((c) => c.name === '10k').flatMap((c) =>
			c.seeds.map((seed) => ({ ...c, seed }))
		);
		rows.push(...(await runInChromium(cases)));
	}
	return rows;
}
