/**
 * Everything a plan is judged by, in one call (for the CLI report and the app's review panel):
 * metrics of the plan and of the current owners, per-move explanations, and the independent
 * verifier's hard-rule violations.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { createMetricsContext } from '../metrics/context';
import { computeMetrics, type PlanMetrics } from '../metrics/plan-metrics';
import type { CostTerms } from './compile';
import { explainMoves, type MoveExplanation } from './explain';
import type { AssignmentModel } from './model';
import { evaluateObjective } from './objective';
import { verifyAssignment } from './verify';

export interface PlanReview {
	objective: number;
	metrics: PlanMetrics;
	/** Null when no account has a current owner. */
	current: PlanMetrics | null;
	explanations: MoveExplanation[];
	violations: string[];
}

export function reviewPlan(
	book: Book,
	settings: PlanSettings,
	compiled: { model: AssignmentModel; terms: CostTerms },
	plan: Int32Array,
	maxExplanations = 5000
): PlanReview {
	const ctx = createMetricsContext(book, settings);
	const owners = book.accounts.owner;
	return {
		objective: evaluateObjective(compiled.model, plan),
		metrics: computeMetrics(ctx, plan),
		current: owners.some((o) => o >= 0) ? computeMetrics(ctx, owners) : null,
		explanations: explainMoves(
			book,
			settings,
			compiled.model,
			compiled.terms,
			plan,
			maxExplanations
		),
		violations: verifyAssignment(compiled.model, plan)
	};
}
