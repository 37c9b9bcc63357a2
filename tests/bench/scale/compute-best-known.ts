/**
 * Regenerates the entries of best-known.ts: `npx tsx tests/bench/scale/compute-best-known.ts
 * real|synthetic N P SEED [SECONDS]` prints one entry. The Lagrangian heuristic's 5 s plan
 * warm-starts HiGHS on the whole model for SECONDS (default 240); the entry keeps the better plan
 * and the larger of the two proven bounds. Only books HiGHS-WASM can hold as one MIP (2k x 20).
 */
import { loadHighsNode } from '../../../wasm/highs-node';
import { solveExact } from '../../../src/lib/engine/exact';
import { solveHeuristic } from '../../../src/lib/engine/heuristic/solve-heuristic';
import { verifyAssignment } from '../../../src/lib/engine/verify';
import { realBookModel } from './real-book';
import { syntheticModel } from './synthetic-model';

const [kind, nArg, pArg, seedArg, secondsArg] = process.argv.slice(2);
const n = Number(nArg);
const p = Number(pArg);
const seed = Number(seedArg);
const seconds = Number(secondsArg ?? 240);
if (kind !== 'real' && kind !== 'synthetic')
	throw new Error(`kind must be real or synthetic, not ${kind}`);
const built = kind === 'real' ? realBookModel({ n, p, seed }) : null;
if (built !== null && !built.ok) throw new Error('the sample book is infeasible');
const model = built?.ok ? built.model : syntheticModel({ n, p, seed });

const h = solveHeuristic(model, { timeLimitSeconds: 5 });
if (h.assignment === null || h.objective === null) throw new Error('no heuristic plan');
const highs = await loadHighsNode();
const ex = solveExact(model, highs, {
	timeLimitSeconds: seconds,
	warmStart: h.assignment,
	mipGap: 1e-6,
	explain: false
});
let objective = h.objective;
let plan = h.assignment;
if (
	'assignment' in ex &&
	ex.assignment !== null &&
	ex.objective !== null &&
	ex.objective < objective
) {
	objective = ex.objective;
	plan = ex.assignment;
}
if (verifyAssignment(model, plan).length > 0) throw new Error('the best plan breaks a rule');
const bound = Math.max(h.bound, 'bound' in ex ? ex.bound : -Infinity);
console.log(
	JSON.stringify({ kind, n, p, seed, objective, bound, lagrangianBound: h.bound, seconds })
);
