/**
 * The data of the compare view: per scenario a scorecard, per rep the accounts and potential in
 * each scenario, and the accounts whose rep differs between them. Reps and accounts are matched
 * by id, so a what-if scenario that adds or removes a rep lines up with the others.
 */
import type { Book } from '$lib/core/book';
import type { PlanAssessment } from '$lib/planner/assessment';

export interface ComparedPlan {
	name: string;
	book: Book;
	assignment: Int32Array;
	assessment: PlanAssessment;
}

/** What the page's map snippet gets for one compared plan (small multiples). */
export interface CompareMap {
	book: Book;
	assignment: Int32Array;
	name: string;
	index: number;
}

export interface ScoreLine {
	metric: string;
	cv: number;
	gini: number;
	/** Largest and smallest rep total of the metric. */
	max: number;
	min: number;
}

export interface Scorecard {
	name: string;
	lines: ScoreLine[];
	travelKm: number;
	moved: number;
}

export interface RepCell {
	accounts: number;
	potential: number;
}

export interface RepDiffRow {
	repId: string;
	name: string;
	/** One cell per scenario; null when the rep is not in that scenario's data. */
	cells: (RepCell | null)[];
	/** Largest minus smallest account count over the scenarios that have the rep. */
	spread: number;
}

export interface AccountDiffRow {
	accountId: string;
	name: string;
	/** Rep id per scenario ('' = unassigned). */
	reps: string[];
}

export interface Comparison {
	scorecards: Scorecard[];
	/** Metrics shown in every scorecard (the union of what each plan balances, in first-seen order). */
	metrics: string[];
	reps: RepDiffRow[];
	accountsDiffering: number;
	accounts: AccountDiffRow[];
}

export const MAX_ACCOUNT_ROWS = 200;

function scorecard(plan: ComparedPlan, metrics: string[]): Scorecard {
	const m = plan.assessment.metrics;
	const lines = metrics.map((metric) => {
		const totals = m.perRep.map((r) => r.totals[metric] ?? 0);
		return {
			metric,
			cv: m.fairness[metric]?.cv ?? NaN,
			gini: m.fairness[metric]?.gini ?? NaN,
			max: totals.length ? Math.max(...totals) : NaN,
			min: totals.length ? Math.min(...totals) : NaN
		};
	});
	return { name: plan.name, lines, travelKm: m.travel.total, moved: m.moves.count };
}

function repRows(plans: ComparedPlan[]): RepDiffRow[] {
	const order: string[] = [];
	const names: Record<string, string> = {};
	const cells = plans.map((plan) => {
		const byId: Record<string, RepCell> = {};
		for (const r of plan.assessment.reps) {
			if (!Object.hasOwn(names, r.id)) {
				order.push(r.id);
				names[r.id] = r.name;
			}
			byId[r.id] = { accounts: r.accounts, potential: r.potential };
		}
		return byId;
	});
	return order.map((repId) => {
		const row = cells.map((c) => (Object.hasOwn(c, repId) ? c[repId] : null));
		const counts = row.filter((c): c is RepCell => c !== null).map((c) => c.accounts);
		return {
			repId,
			name: names[repId],
			cells: row,
			spread: Math.max(...counts) - Math.min(...counts)
		};
	});
}

function repIdsByAccount(plan: ComparedPlan): Map<string, string> {
	const A = plan.book.accounts;
	const R = plan.book.reps;
	const out = new Map<string, string>();
	for (let i = 0; i < A.n; i++) {
		const j = plan.assignment[i];
		out.set(A.id[i], j >= 0 && j < R.p ? R.id[j] : '');
	}
	return out;
}

function accountRows(plans: ComparedPlan[], maxRows: number) {
	const maps = plans.map(repIdsByAccount);
	const A = plans[0].book.accounts;
	const rows: AccountDiffRow[] = [];
	let differing = 0;
	for (let i = 0; i < A.n; i++) {
		const id = A.id[i];
		const reps = maps.map((m) => m.get(id) ?? '');
		if (reps.every((r) => r === reps[0])) continue;
		differing++;
		if (rows.length < maxRows) rows.push({ accountId: id, name: A.name[i], reps });
	}
	return { differing, rows };
}

export function comparePlans(plans: ComparedPlan[], maxRows = MAX_ACCOUNT_ROWS): Comparison {
	if (!plans.length)
		return { scorecards: [], metrics: [], reps: [], accountsDiffering: 0, accounts: [] };
	const metrics = [...new Set(plans.flatMap((p) => p.assessment.balanced))];
	const { differing, rows } = accountRows(plans, maxRows);
	return {
		scorecards: plans.map((p) => scorecard(p, metrics)),
		metrics,
		reps: repRows(plans),
		accountsDiffering: differing,
		accounts: rows
	};
}
