/** Builds the JSON report and plan CSV the CLI writes. */
import type { Book } from '../lib/core/book';
import type { PlanMetrics } from '../lib/metrics/plan-metrics';
import type { MoveExplanation } from '../lib/engine/explain';
import type { SolveResult } from '../lib/engine/result';

export interface PlanReport {
	status: SolveResult['status'];
	objective: number | null;
	bound: number | null;
	gap: number | null;
	seconds: number;
	method: string;
	notes: string[];
	metrics: PlanMetrics | null;
	/** The same metrics for the current owners, for comparison. */
	current: PlanMetrics | null;
	moves: number;
	explanations: MoveExplanation[];
	violations: string[];
	conflicts: { rules: string[]; message: string }[];
	bases?: { id: string; lat: number; lon: number }[];
}

function csvCell(s: string): string {
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function planCsv(book: Book, plan: Int32Array): string {
	const lines = ['account_id,rep_id'];
	for (let i = 0; i < book.accounts.n; i++)
		lines.push(
			`${csvCell(book.accounts.id[i])},${csvCell(plan[i] >= 0 ? book.reps.id[plan[i]] : '')}`
		);
	return lines.join('\n') + '\n';
}

/** JSON with Infinity/NaN as null (JSON has no such numbers) and typed arrays as lists. */
export function toJson(value: unknown): string {
	return JSON.stringify(
		value,
		(_k, v) => {
			if (typeof v === 'number' && !Number.isFinite(v)) return null;
			if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
			return v;
		},
		2
	);
}

export function summary(r: PlanReport): string {
	const f = (v: number | null, d = 2) => (v === null || !Number.isFinite(v) ? '—' : v.toFixed(d));
	const lines = [
		`status ${r.status}  objective ${f(r.objective, 4)}  bound ${f(r.bound, 4)}  gap ${r.gap === null ? '—' : (r.gap * 100).toFixed(3) + '%'}  ${r.seconds.toFixed(2)} s (${r.method})`,
		`moves ${r.moves}  violations ${r.violations.length}`
	];
	if (r.metrics)
		for (const [k, fair] of Object.entries(r.metrics.fairness))
			lines.push(
				`  ${k}: CV ${f(fair.cv, 3)}  Gini ${f(fair.gini, 3)}  max/min ${f(fair.maxMinRatio, 2)}  max dev ${(fair.maxDeviation * 100).toFixed(1)}%`
			);
	return lines.join('\n');
}
