/**
 * The planning workspace over one loaded book: the planner on the book as loaded, and at most one
 * what-if on top (a rep leaves, reps join, a capacity or demand change) with its own planner on
 * the edited book. Switching to a what-if never discards the base planner, its plan or its undo
 * history: going back shows them exactly as they were.
 */
import type { Book } from '$lib/core/book';
import { applyBookEdits, type BookEdit } from '$lib/whatif/book-edits';
import type { PlanSolver } from './plan-solver';
import { PlannerState } from './planner.svelte';

export interface ActiveWhatIf {
	name: string;
	edits: BookEdit[];
}

export type WhatIfResult = { ok: true; planner: PlannerState } | { ok: false; error: string };

export class WorkspaceState {
	readonly base: Book;
	readonly basePlanner: PlannerState;
	whatIf = $state.raw<ActiveWhatIf | null>(null);
	private whatIfPlanner = $state.raw<PlannerState | null>(null);

	constructor(
		base: Book,
		private solver: PlanSolver
	) {
		this.base = base;
		this.basePlanner = new PlannerState(base, solver);
	}

	/** The planner on screen: the what-if's when one is open, else the base book's. */
	get planner(): PlannerState {
		return this.whatIfPlanner ?? this.basePlanner;
	}

	/** The edits in effect (none on the base book). */
	get edits(): BookEdit[] {
		return this.whatIf?.edits ?? [];
	}

	/**
	 * Opens a what-if: the base book with `edits` applied, in a planner of its own (it starts on
	 * the default preset; the caller puts the what-if's settings or plan on it). Invalid edits
	 * change nothing.
	 */
	openWhatIf(name: string, edits: BookEdit[]): WhatIfResult {
		const edited = applyBookEdits(this.base, edits);
		if (!edited.ok) return { ok: false, error: edited.error };
		this.whatIfPlanner?.dispose();
		const planner = new PlannerState(edited.book, this.solver);
		this.whatIfPlanner = planner;
		this.whatIf = { name, edits: edits.slice() };
		return { ok: true, planner };
	}

	/** Back to the book as loaded; the what-if's planner is stopped and dropped. */
	closeWhatIf(): void {
		this.whatIfPlanner?.dispose();
		this.whatIfPlanner = null;
		this.whatIf = null;
	}

	dispose(): void {
		this.whatIfPlanner?.dispose();
		this.basePlanner.dispose();
	}
}
