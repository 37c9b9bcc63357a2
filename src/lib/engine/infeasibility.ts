/**
 * Infeasibility explained in the user's terms. Quick pre-checks first (counting arguments that
 * name the rule and the numbers), then a solver fallback that drops one rule family at a time
 * and re-solves (LP relaxation first, a short MIP when only integrality is to blame).
 */
import { buildFormulation, ruleFamily } from './formulation';
import { accountName, familyWords, fmt, pct, repName } from './format';
import type { MipSolverLike } from './mip-solver';
import type { AssignmentModel, Resource } from './model';
import type { ConflictExplanation } from './result';

function w(r: Resource, p: number, i: number, j: number): number {
	return r.perPair ? r.weight[i * p + j] : r.weight[i];
}

function allowedReps(m: AssignmentModel, i: number): number[] {
	const out: number[] = [];
	for (let j = 0; j < m.p; j++) if (m.allowed === null || m.allowed[i * m.p + j] === 1) out.push(j);
	return out;
}

/** Counting arguments on the compiled model; each conflict found is certain. */
export function precheckModel(m: AssignmentModel): ConflictExplanation[] {
	const out: ConflictExplanation[] = [];
	const allowed: number[][] = [];
	for (let i = 0; i < m.n; i++) {
		const reps = allowedReps(m, i);
		allowed.push(reps);
		if (reps.length === 0)
			out.push({
				rules: ['allowed'],
				message: `${accountName(m.accountIds, i)} has no allowed rep: locks and skill rules exclude every rep`
			});
	}
	if (out.length > 0) return out.slice(0, 20);
	for (const r of m.resources) {
		if (r.softPenalty > 0) continue;
		const fam = ruleFamily(r.kind, r.name);
		let needMin = 0;
		let reachMax = 0;
		let sumHi = 0;
		let sumLo = 0;
		for (let j = 0; j < m.p; j++) {
			sumHi += r.hi[j];
			sumLo += Math.max(0, r.lo[j]);
		}
		for (let i = 0; i < m.n; i++) {
			let lo = Infinity;
			let hi = -Infinity;
			for (const j of allowed[i]) {
				lo = Math.min(lo, w(r, m.p, i, j));
				hi = Math.max(hi, w(r, m.p, i, j));
			}
			needMin += lo;
			reachMax += hi;
			const fits = allowed[i].some((j) => w(r, m.p, i, j) <= r.hi[j] + 1e-9);
			if (!fits) out.push(tooBig(m, r, fam, i, allowed[i]));
		}
		if (needMin > sumHi + 1e-9)
			out.push({
				rules: [fam],
				message:
					r.name === 'accounts'
						? `total capacity ${fmt(sumHi)} < ${fmt(needMin)} accounts`
						: `total ${familyWords(fam)} ${fmt(sumHi)} < ${fmt(needMin)} ${r.name} of all accounts`
			});
		if (sumLo > reachMax + 1e-9)
			out.push({
				rules: [fam],
				message:
					r.name === 'accounts'
						? `the reps' minimums add up to ${fmt(sumLo)} > ${fmt(reachMax)} accounts`
						: `the reps' minimum ${r.name} adds up to ${fmt(sumLo)} but all accounts together bring only ${fmt(reachMax)}`
			});
		for (let j = 0; j < m.p; j++) {
			if (!(r.lo[j] > 0)) continue;
			let reach = 0;
			for (let i = 0; i < m.n; i++)
				if (m.allowed === null || m.allowed[i * m.p + j] === 1) reach += w(r, m.p, i, j);
			if (reach < r.lo[j] - 1e-9)
				out.push({
					rules: [fam, 'allowed'],
					message: `${repName(m.repIds, j)} needs at least ${fmt(r.lo[j])} ${r.name} but the accounts it may take total only ${fmt(reach)}`
				});
		}
		out.push(...hallCheck(m, r, fam, allowed));
	}
	out.push(...moveCapCheck(m, allowed));
	return out;
}

/** One account heavier than the maximum of every rep allowed to take it. */
function tooBig(
	m: AssignmentModel,
	r: Resource,
	fam: string,
	i: number,
	reps: number[]
): ConflictExplanation {
	const j = reps.reduce((b, k) => (r.hi[k] > r.hi[b] ? k : b), reps[0]);
	const weight = w(r, m.p, i, j);
	const acc = accountName(m.accountIds, i);
	if (r.kind === 'balance') {
		const target = (r.lo[j] + r.hi[j]) / 2;
		const t = target > 0 ? (r.hi[j] - target) / target : 0;
		return {
			rules: [fam],
			message: `balance ±${pct(t)} on ${r.name} is impossible: ${acc} alone is ${pct(weight / target)} of a territory's target`
		};
	}
	return {
		rules: [fam, 'allowed'],
		message: `${acc} alone (${r.name} ${fmt(weight)}) exceeds the ${familyWords(fam)} of every rep allowed to take it (at most ${fmt(r.hi[j])})`
	};
}

/**
 * Pigeonhole per group of accounts sharing the same allowed reps (e.g. one skill): the accounts
 * whose allowed reps all lie in a set S must fit within S's capacity. Groups, not accounts, are
 * compared, so this stays cheap on large books.
 */
function hallCheck(
	m: AssignmentModel,
	r: Resource,
	fam: string,
	allowed: number[][]
): ConflictExplanation[] {
	if (m.allowed === null) return [];
	const groups = new Map<string, { reps: number[]; need: number; count: number }>();
	for (let i = 0; i < m.n; i++) {
		if (allowed[i].length === m.p) continue;
		const key = allowed[i].join(',');
		let g = groups.get(key);
		if (!g) {
			if (groups.size >= 300) continue;
			g = { reps: allowed[i], need: 0, count: 0 };
			groups.set(key, g);
		}
		g.need += Math.min(...allowed[i].map((j) => w(r, m.p, i, j)));
		g.count++;
	}
	const list = [...groups.values()];
	const out: ConflictExplanation[] = [];
	for (const g of list) {
		const inSet = new Uint8Array(m.p);
		for (const j of g.reps) inSet[j] = 1;
		let cap = 0;
		for (const j of g.reps) cap += r.hi[j];
		if (!Number.isFinite(cap)) continue;
		let need = 0;
		let count = 0;
		for (const h of list)
			if (h.reps.every((j) => inSet[j] === 1)) {
				need += h.need;
				count += h.count;
			}
		if (need > cap + 1e-9) {
			const shown = g.reps.slice(0, 5).map((j) => repName(m.repIds, j));
			const names =
				g.reps.length > 5 ? `${g.reps.length} reps (${shown.join(', ')}, …)` : shown.join(', ');
			const what = r.name === 'accounts' ? '' : `, needing ${fmt(need)} ${r.name},`;
			out.push({
				rules: [fam, 'allowed'],
				message: `${fmt(count, 0)} accounts can only go to ${names} (locks and skill rules)${what} but those reps can take ${fmt(cap)}`
			});
		}
	}
	return out;
}

function moveCapCheck(m: AssignmentModel, allowed: number[][]): ConflictExplanation[] {
	const cap = m.moveCap;
	if (!cap) return [];
	let forced = 0;
	let count = 0;
	for (let i = 0; i < m.n; i++) {
		const o = cap.owner[i];
		if (o >= 0 && !allowed[i].includes(o)) {
			forced += cap.weight[i];
			count++;
		}
	}
	if (forced <= cap.max + 1e-9) return [];
	return [
		{
			rules: ['moveCap', 'allowed'],
			message: `${fmt(count, 0)} accounts must leave their owner (locks and skill rules) moving ${fmt(forced)}, but the move cap is ${fmt(cap.max)}`
		}
	];
}

function feasible(
	m: AssignmentModel,
	highs: MipSolverLike,
	drop: Set<string>,
	integral: boolean,
	seconds: number
): boolean | null {
	const f = buildFormulation(m, { drop, zeroCost: true });
	const out = highs.solve(f.problem, { timeLimitSeconds: seconds, relaxation: !integral });
	if (out.status === 'optimal') return true;
	if (out.status === 'infeasible') return false;
	return out.x !== null ? true : null;
}

/** Pre-checks, then drop-one-family re-solves to name the rules that conflict. */
export function explainInfeasibility(
	m: AssignmentModel,
	highs: MipSolverLike,
	opts: { timeLimitSeconds: number }
): ConflictExplanation[] {
	const pre = precheckModel(m);
	if (pre.length > 0) return pre;
	const families = new Set<string>();
	for (const r of m.resources) if (r.softPenalty <= 0) families.add(ruleFamily(r.kind, r.name));
	if (m.moveCap) families.add('moveCap');
	if (m.allowed) families.add('allowed');
	const fams = [...families];
	const budget = Math.max(0.2, opts.timeLimitSeconds / (fams.length + 1));
	const lpFeasible = feasible(m, highs, new Set(), false, budget);
	const integral = lpFeasible === true;
	const culprits: string[] = [];
	for (const fam of fams)
		if (feasible(m, highs, new Set([fam]), integral, budget) === true) culprits.push(fam);
	if (culprits.length > 0)
		return [
			{
				rules: culprits,
				message: `no plan satisfies all hard rules; relaxing any one of these would allow one: ${culprits.map(familyWords).join('; ')}`
			}
		];
	return [
		{
			rules: fams,
			message: `no plan satisfies all hard rules together (${fams.map(familyWords).join(', ')}); no single rule is to blame, relax several`
		}
	];
}
