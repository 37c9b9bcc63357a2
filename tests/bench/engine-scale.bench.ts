/**
 * Scale benchmark of the solve pipeline. Main rows: sample books from `generateBook` compiled by
 * `compileModel` (see scale/real-book: min km, hard ±5% potential and ±10% workload of the
 * ramp-scaled average, the book's capacities, 5% manual locks). Extra rows: the older synthetic
 * books (scale/synthetic-model), kept for comparison, and at 10k the planner's soft-band presets on
 * a sample book (scale/preset-book). `SCALE_CASES=2k,10k` limits the sizes, `SCALE_KIND=real`,
 * `synthetic` or `preset` the kind; `SCALE_BROWSER=1` also runs the synthetic 10k cases in
 * headless Chromium through the solver worker (builds the app first unless SCALE_BUILD=0).
 * Peak memory is the process's max RSS so far (it only grows across rows); in Chromium it is the
 * page's JS heap (the worker's memory is not visible there). Where scale/best-known holds a
 * best-known plan and bound for the book (the 2k books, from a long warm-started HiGHS run), the row
 * also shows the gap to that plan and to the best proven bound, which separates what the plan leaves
 * from what the bound cannot prove.
 */
import { loadHighsNode } from '../../wasm/highs-node';
import type { MipSolverLike } from '../../src/lib/engine/mip-solver';
import type { AssignmentModel } from '../../src/lib/engine/model';
import { solve } from '../../src/lib/engine/solve';
import { verifyAssignment } from '../../src/lib/engine/verify';
import { runInChromium } from './scale/chromium';
import { presetBookModel, SOFT_PRESETS } from './scale/preset-book';
import { bestKnown, type BestKnown } from './scale/best-known';
import { realBookModel } from './scale/real-book';
import { syntheticModel } from './scale/synthetic-model';
import { boundGapPct, pctGap } from './gaps';
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
	{ name: '10k', n: 10000, p: 50, seeds: [7, 11], limit: 5 },
	{ name: '50k', n: 50000, p: 100, seeds: [7, 11], limit: 30 }
];

type Kind = 'real' | 'synthetic' | 'preset';

/** The instances of one case and seed: one book, or one per soft preset (10k only). */
function build(
	kind: Kind,
	c: Case,
	seed: number
): { instance: string; model: AssignmentModel | string }[] {
	if (kind === 'synthetic')
		return [{ instance: `synthetic-${c.name}`, model: syntheticModel({ n: c.n, p: c.p, seed }) }];
	if (kind === 'preset')
		return c.name !== '10k'
			? []
			: SOFT_PRESETS.map((id) => ({
					instance: `${id}-${c.name}`,
					model: presetBookModel({ n: c.n, p: c.p, seed, preset: id })
				}));
	const r = realBookModel({ n: c.n, p: c.p, seed });
	return [
		{
			instance: `sample-book-${c.name}`,
			model: r.ok ? r.model : r.conflicts.map((x) => x.message).join('; ')
		}
	];
}

export async function run(): Promise<BenchRow[]> {
	const only = process.env.SCALE_CASES?.split(',');
	const kinds: Kind[] = process.env.SCALE_KIND
		? [process.env.SCALE_KIND as Kind]
		: ['real', 'synthetic', 'preset'];
	const highs = await loadHighsNode();
	const rows: BenchRow[] = [];
	for (const kind of kinds)
		for (const c of CASES) {
			if (only && !only.includes(c.name)) continue;
			for (const seed of c.seeds)
				for (const { instance, model } of build(kind, c, seed)) {
					if (typeof model === 'string') {
						rows.push({ instance, size: `${c.n}×${c.p}`, seed, status: `infeasible: ${model}` });
						continue;
					}
					rows.push(await row(instance, c, seed, model, highs, bestKnown(kind, c.n, c.p, seed)));
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

async function row(
	instance: string,
	c: Case,
	seed: number,
	model: AssignmentModel,
	highs: MipSolverLike,
	best: BestKnown | null
): Promise<BenchRow> {
	const r = await solve(model, { timeLimitSeconds: c.limit, highs });
	const plan = 'assignment' in r ? r.assignment : null;
	const objective = 'objective' in r ? r.objective : null;
	const bound = 'bound' in r ? r.bound : null;
	return {
		instance,
		size: `${c.n}×${c.p}`,
		seed,
		status: r.status,
		seconds: r.stats.seconds,
		'first feasible s': r.stats.firstFeasibleSeconds,
		objective,
		bound,
		'gap %': boundGapPct(objective, bound),
		reference: best?.objective ?? null,
		'gap to reference %':
			best !== null && objective !== null ? pctGap(objective, best.objective) : null,
		'best bound gap %':
			best !== null ? boundGapPct(objective, Math.max(best.bound, bound ?? -Infinity)) : null,
		feasible: plan !== null && verifyAssignment(model, plan).length === 0,
		'peak MB': Math.round(process.resourceUsage().maxRSS / 1024)
	};
}
