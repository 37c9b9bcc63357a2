/**
 * Why each account moved (plan vs current owner), in words: what drove the move (travel, balance
 * relief, capacity, fit, a rule the old owner breaks) and what moving it back would cost
 * (objective delta) or which hard rule it would break.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { fitWords, skillOk, SKILLS, type SkillKind } from './compile-rules';
import type { CostTerms } from './compile';
import { fmt, pct } from './format';
import { isAllowed, resourceWeight, type AssignmentModel } from './model';
import { bandDeviation, resourceLoads } from './objective';

export interface MoveExplanation {
	accountId: string;
	from: string;
	to: string;
	/** What drove the move, strongest first. */
	reasons: string[];
	/** Objective increase if the account went back to its owner (the rest of the plan unchanged). */
	moveBackCost: number;
	/** Hard rules moving it back would break; empty when moving back is allowed. */
	moveBackBreaks: string[];
}

export function explainMoves(
	book: Book,
	settings: PlanSettings,
	model: AssignmentModel,
	terms: CostTerms,
	plan: Int32Array,
	limit = Infinity
): MoveExplanation[] {
	const A = book.accounts;
	const R = book.reps;
	// People read names; ids stay in from/to for matching.
	const who = (k: number) => R.name[k]?.trim() || R.id[k];
	const { n, p } = model;
	const owner = A.owner;
	const planLoads = model.resources.map((r) => resourceLoads(model, r, plan));
	const ownerLoads = model.resources.map((r) => resourceLoads(model, r, owner));
	const out: MoveExplanation[] = [];
	for (let i = 0; i < n && out.length < limit; i++) {
		const o = owner[i];
		const j = plan[i];
		if (o < 0 || j < 0 || o === j) continue;
		const reasons: { text: string; strength: number }[] = [];
		const dO = terms.distance[i * p + o];
		const dJ = terms.distance[i * p + j];
		if (Number.isFinite(dO) && Number.isFinite(dJ) && dO - dJ > 1e-9)
			reasons.push({
				text:
					terms.unit === 'cost'
						? `cheaper to serve by ${fmt(dO - dJ, 1)} (pairs table cost)`
						: `closer by ${fmt(dO - dJ, 1)} ${terms.unit}`,
				strength: (settings.weights.travel * (dO - dJ)) / terms.travelScale
			});
		model.resources.forEach((r, k) => {
			const w = resourceWeight(r, p, i, o);
			if (w <= 0) return;
			const before = ownerLoads[k][o];
			if (r.kind === 'balance') {
				const target = (r.lo[o] + r.hi[o]) / 2;
				if (target > 0 && before > target)
					reasons.push({
						text: `relieves ${who(o)}'s overload by ${pct(w / target)} of target ${r.name}`,
						strength: 1 + w / target
					});
				const tj = (r.lo[j] + r.hi[j]) / 2;
				const wj = resourceWeight(r, p, i, j);
				if (tj > 0 && ownerLoads[k][j] < tj)
					reasons.push({
						text: `fills ${who(j)}'s shortfall by ${pct(wj / tj)} of target ${r.name}`,
						strength: 0.5 + wj / tj
					});
			} else if (r.kind === 'capacity' && before > r.hi[o] + 1e-9)
				reasons.push({
					text: `${who(o)} was over ${r.name} capacity (${fmt(before)} > ${fmt(r.hi[o])})`,
					strength: 5
				});
		});
		for (const k of SKILLS) {
			if (!skillOk(book, k, i, o) && settings.skills[k])
				reasons.push({
					text: `${who(o)} lacks ${k} ${valueOf(book, k, i)} (hard rule)`,
					strength: 10
				});
		}
		const fitJ = fitWords(book, i, j);
		const fitO = fitWords(book, i, o);
		for (const mtch of fitJ.matches)
			if (fitO.misses.includes(mtch) && !settings.skills[mtch.split(' ')[0] as SkillKind])
				reasons.push({ text: `${mtch.replace(' ', ' match: ')}`, strength: settings.weights.fit });
		if (reasons.length === 0)
			reasons.push({ text: 'frees room elsewhere in the plan (a chain of moves)', strength: 0 });
		reasons.sort((a, b) => b.strength - a.strength);
		const back = moveBackEffect(model, planLoads, plan, i, o, who);
		out.push({
			accountId: A.id[i],
			from: R.id[o],
			to: R.id[j],
			reasons: reasons.map((r) => r.text),
			moveBackCost: back.delta,
			moveBackBreaks: back.breaks
		});
	}
	return out;
}

function valueOf(book: Book, k: string, i: number): string {
	const A = book.accounts;
	return k === 'industry' ? A.industry[i] : k === 'language' ? A.language[i] : A.segment[i];
}

/** Objective delta and broken hard rules of putting account i back with rep o (moving back never
 * breaks the move cap: it lowers the number of moves). */
function moveBackEffect(
	model: AssignmentModel,
	loads: Float64Array[],
	plan: Int32Array,
	i: number,
	o: number,
	rep: (k: number) => string
): { delta: number; breaks: string[] } {
	const { p } = model;
	const j = plan[i];
	let delta = model.cost[i * p + o] - model.cost[i * p + j];
	const breaks: string[] = [];
	if (!isAllowed(model, i, o)) breaks.push(`${rep(o)} may not take it (lock or skill rule)`);
	model.resources.forEach((r, k) => {
		const wo = resourceWeight(r, p, i, o);
		const wj = resourceWeight(r, p, i, j);
		const lo2 = loads[k][o] + wo;
		const lj2 = loads[k][j] - wj;
		if (r.softPenalty > 0) {
			delta +=
				r.softPenalty *
				(bandDeviation(lo2, r.lo[o], r.hi[o]) -
					bandDeviation(loads[k][o], r.lo[o], r.hi[o]) +
					bandDeviation(lj2, r.lo[j], r.hi[j]) -
					bandDeviation(loads[k][j], r.lo[j], r.hi[j]));
			return;
		}
		if (lo2 > r.hi[o] + 1e-9)
			breaks.push(`${rep(o)} would exceed its ${r.name} maximum (${fmt(lo2)} > ${fmt(r.hi[o])})`);
		if (lj2 < r.lo[j] - 1e-9)
			breaks.push(
				`${rep(j)} would fall below its ${r.name} minimum (${fmt(lj2)} < ${fmt(r.lo[j])})`
			);
	});
	return { delta, breaks };
}
