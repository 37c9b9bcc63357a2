/**
 * Exact exchanges between two neighbouring reps. Local search moves one account or swaps two;
 * the better plans HiGHS finds on small books trade several accounts both ways between a pair of
 * reps at once (on 1,000 × 10 the plans differed in 94 accounts, mostly such pair trades). Here
 * HiGHS re-decides, for one pair of reps at a time, the accounts either could serve (at most
 * `maxFree`, those closest to the border), everyone else fixed: a model of a few hundred columns
 * that solves in tens of milliseconds. The plan's assignment is the warm start, so a round can
 * only keep or improve it.
 */
import { solveExact } from '../exact';
import type { MipSolverLike } from '../mip-solver';
import type { AssignmentModel } from '../model';
import { evaluateObjective } from '../objective';
import { verifyAssignment } from '../verify';
import { compactModel, planLoads } from './compact-model';

export interface PairExchangeOptions {
	/** performance.now() deadline in ms. */
	deadline: number;
	signal?: { aborted: boolean };
	/** Candidate reps per account (CSR): which pairs are neighbours and who may cross. */
	candStart: Int32Array;
	cand: Int32Array;
	/** Accounts re-decided per pair (default 100). */
	maxFree?: number;
	/** Neighbours tried per rep (default 2). */
	neighbours?: number;
	/** Seconds and relative gap for one pair's MIP (defaults 0.25 and 1e-4). */
	subLimitSeconds?: number;
	subGap?: number;
	onImprove?: (objective: number) => void;
}

export interface PairExchangeOutcome {
	assignment: Int32Array;
	objective: number;
	/** Pair models solved, and how many of them improved the plan. */
	rounds: number;
	improved: number;
}

/** Rep pairs (a < b) by how many accounts of one list the other as a candidate, busiest first. */
export function neighbourPairs(
	plan: Int32Array,
	p: number,
	candStart: Int32Array,
	cand: Int32Array,
	perRep: number
): [number, number][] {
	const links = new Float64Array(p * p);
	for (let i = 0; i < plan.length; i++)
		for (let t = candStart[i]; t < candStart[i + 1]; t++) {
			const a = plan[i];
			const b = cand[t];
			if (a !== b) {
				links[a * p + b]++;
				links[b * p + a]++;
			}
		}
	const seen = new Set<number>();
	const pairs: [number, number][] = [];
	for (let a = 0; a < p; a++) {
		const order = Array.from({ length: p }, (_, j) => j)
			.filter((j) => j !== a && links[a * p + j] > 0)
			.sort((x, y) => links[a * p + y] - links[a * p + x]);
		for (const b of order.slice(0, perRep)) {
			const key = Math.min(a, b) * p + Math.max(a, b);
			if (seen.has(key)) continue;
			seen.add(key);
			pairs.push([Math.min(a, b), Math.max(a, b)]);
		}
	}
	return pairs.sort((x, y) => links[y[0] * p + y[1]] - links[x[0] * p + x[1]]);
}

/** Accounts on a or b that list the other as a candidate, the cheapest crossings first. */
function crossers(
	model: AssignmentModel,
	plan: Int32Array,
	a: number,
	b: number,
	o: PairExchangeOptions,
	max: number
): number[] {
	const { p, cost } = model;
	const out: number[] = [];
	const price: number[] = [];
	for (let i = 0; i < plan.length; i++) {
		const own = plan[i];
		if (own !== a && own !== b) continue;
		const other = own === a ? b : a;
		for (let t = o.candStart[i]; t < o.candStart[i + 1]; t++)
			if (o.cand[t] === other) {
				out.push(i);
				price.push(cost[i * p + other] - cost[i * p + own]);
				break;
			}
	}
	if (out.length <= max) return out;
	const order = out.map((_, t) => t).sort((x, y) => price[x] - price[y]);
	return order
		.slice(0, max)
		.map((t) => out[t])
		.sort((x, y) => x - y);
}

export function improveByPairs(
	model: AssignmentModel,
	start: Int32Array,
	highs: MipSolverLike,
	o: PairExchangeOptions
): PairExchangeOutcome {
	const maxFree = o.maxFree ?? 100;
	let plan = Int32Array.from(start);
	const startObjective = evaluateObjective(model, plan);
	let objective = startObjective;
	let loads = planLoads(model, plan);
	let rounds = 0;
	let improved = 0;
	const out = () => ({ assignment: plan, objective, rounds, improved });
	for (let sweep = 0; ; sweep++) {
		let wins = 0;
		const pairs = neighbourPairs(plan, model.p, o.candStart, o.cand, o.neighbours ?? 2);
		for (const [a, b] of pairs) {
			const left = (o.deadline - performance.now()) / 1000;
			if (left < 0.05 || o.signal?.aborted) return checked(model, start, startObjective, out());
			const free = crossers(model, plan, a, b, o, maxFree);
			if (free.length < 2) continue;
			const sub = compactModel(model, plan, loads, free, [a, b], o.candStart, o.cand);
			const r = solveExact(sub.model, highs, {
				timeLimitSeconds: Math.min(o.subLimitSeconds ?? 0.25, left),
				warmStart: sub.start,
				mipGap: o.subGap ?? 1e-4,
				explain: false
			});
			rounds++;
			if (!('assignment' in r) || r.assignment === null || r.objective === null) continue;
			const before = evaluateObjective(sub.model, sub.start);
			if (r.objective >= before - 1e-9 * Math.max(1, Math.abs(before))) continue;
			const reps = [a, b];
			const next = Int32Array.from(plan);
			free.forEach((i, t) => (next[i] = reps[r.assignment![t]]));
			plan = next;
			objective = evaluateObjective(model, plan);
			loads = planLoads(model, plan);
			improved++;
			wins++;
			o.onImprove?.(objective);
		}
		if (wins === 0) break;
	}
	return checked(model, start, startObjective, out());
}

/** The improved plan, or the start if a rule check fails (the sub-models should prevent it). */
function checked(
	model: AssignmentModel,
	start: Int32Array,
	startObjective: number,
	res: PairExchangeOutcome
): PairExchangeOutcome {
	if (res.improved === 0 || verifyAssignment(model, res.assignment).length === 0) return res;
	return { ...res, assignment: Int32Array.from(start), objective: startObjective, improved: 0 };
}
