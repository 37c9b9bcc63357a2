/**
 * What scenarios are saved from and opened onto (the workspace, or a lone planner wrapped as one),
 * and the metric summary a scenario stores for lists.
 */
import type { Book } from '$lib/core/book';
import type { PlanAssessment } from '$lib/planner/assessment';
import type { BookEdit } from '$lib/whatif/book-edits';
import type { PlannerState } from './planner.svelte';

/** The metric summary stored with each scenario (numbers only, shown in the list). */
export interface ScenarioSummary {
	cvPotential: number;
	cvWorkload: number;
	travelKm: number;
	moved: number;
}

export function summarise(assessment: PlanAssessment): ScenarioSummary {
	const f = assessment.metrics.fairness;
	return {
		cvPotential: f.potential?.cv ?? NaN,
		cvWorkload: f.workload?.cv ?? NaN,
		travelKm: assessment.metrics.travel.total,
		moved: assessment.metrics.moves.count
	};
}

/** Links and files accept finite numbers only (JSON has no NaN): a missing metric is left out. */
export function finiteOnly(summary: ScenarioSummary): Record<string, number> {
	return Object.fromEntries(Object.entries(summary).filter(([, v]) => Number.isFinite(v)));
}

/**
 * Where scenarios are saved from and opened onto: the book as loaded with its planner, and the
 * planner on screen (a what-if's, on the base book plus `edits`, when one is open). The page's
 * WorkspaceState fits this shape; `plannerTarget` wraps a lone planner.
 */
export interface ScenarioTarget {
	readonly base: Book;
	readonly basePlanner: PlannerState;
	readonly planner: PlannerState;
	readonly edits: readonly BookEdit[];
	openWhatIf(
		name: string,
		edits: BookEdit[]
	): { ok: true; planner: PlannerState } | { ok: false; error: string };
	closeWhatIf(): void;
}

export function plannerTarget(planner: PlannerState): ScenarioTarget {
	return {
		base: planner.book,
		basePlanner: planner,
		planner,
		edits: [],
		openWhatIf: (name, edits) => ({
			ok: false,
			error: `“${name}” is a what-if (${edits.length} change${edits.length > 1 ? 's' : ''} to the data); open it from the what-if panel.`
		}),
		closeWhatIf: () => {}
	};
}

export const asTarget = (t: PlannerState | ScenarioTarget): ScenarioTarget =>
	'basePlanner' in t ? t : plannerTarget(t);
