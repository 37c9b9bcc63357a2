/**
 * What a planner solve's outcome means for the screen: the status line, the message, the conflicts
 * to show and the plan to apply, if any. Only a plan changes the working plan, so a crash, timeout
 * without a plan, cancel or infeasible rule set leaves every edit in place.
 */
import type { ConflictExplanation } from '$lib/engine/result';
import type { ClientOutcome } from '$lib/workers/solver.client';
import { describeOutcome, type RunSummary } from './run-summary';

export interface PlannerMessage {
	kind: 'error' | 'info';
	text: string;
}

export interface OutcomeReading {
	summary: RunSummary;
	message: PlannerMessage | null;
	conflicts: ConflictExplanation[];
	plan: Int32Array | null;
}

export function readOutcome(outcome: ClientOutcome, label: string): OutcomeReading {
	const summary = describeOutcome(outcome, label);
	const text = summary.text;
	const none = { summary, conflicts: [], plan: null };
	if (outcome.kind !== 'result') return { ...none, message: { kind: 'info', text } };
	const result = outcome.result;
	if (result.status === 'infeasible')
		return { ...none, conflicts: result.conflicts, message: { kind: 'error', text } };
	// A timeout or cancel may still carry the best plan found; errors never do.
	const plan = 'assignment' in result ? result.assignment : null;
	if (!plan)
		return { ...none, message: { kind: result.status === 'error' ? 'error' : 'info', text } };
	return { summary, conflicts: [], plan, message: summary.warn ? { kind: 'info', text } : null };
}
