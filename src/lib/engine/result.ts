/**
 * Solver results keyed on status (as highs-js does), progress events and errors as data,
 * so workers can return them through structured clone.
 */
import type { Assignment } from './model';

export interface ConflictExplanation {
	/** Rule families involved: 'capacity', 'balance:potential', 'lock', 'skill:language', ... */
	rules: string[];
	/** Plain-language sentence naming the conflicting rules and the numbers. */
	message: string;
}

export interface SolveStats {
	seconds: number;
	/** Seconds until the first feasible plan. */
	firstFeasibleSeconds: number | null;
	iterations: number;
	method: string;
}

export type SolveResult =
	| {
			status: 'optimal' | 'feasible';
			assignment: Assignment;
			objective: number;
			/** Proven lower bound on the optimum (minimisation). */
			bound: number;
			/** (objective - bound) / max(1e-9, |objective|). */
			gap: number;
			stats: SolveStats;
	  }
	| { status: 'infeasible'; conflicts: ConflictExplanation[]; stats: SolveStats }
	| {
			status: 'cancelled' | 'timeout';
			assignment: Assignment | null;
			objective: number | null;
			bound: number;
			stats: SolveStats;
	  }
	| { status: 'error'; message: string; stats: SolveStats };

export interface SolveProgress {
	phase: string;
	elapsed: number;
	bestObjective: number | null;
	bound: number | null;
}

/** A thrown error as a result, so callers across a worker boundary get data, never an exception. */
export function errorResult(error: unknown, seconds: number, method: string): SolveResult {
	return {
		status: 'error',
		message: error instanceof Error ? error.message : String(error),
		stats: { seconds, firstFeasibleSeconds: null, iterations: 0, method }
	};
}
