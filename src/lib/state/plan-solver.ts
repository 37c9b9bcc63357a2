/**
 * What the planner needs from a solver pool: solve under a key (latest wins per key) and cancel.
 * SolverPool implements it in the browser; tests hand in an in-thread fake.
 */
import type { AssignmentModel } from '$lib/engine/model';
import type { ClientOutcome, ClientSolveOptions } from '$lib/workers/solver.client';

export interface PlanSolver {
	solve(key: string, model: AssignmentModel, opts: ClientSolveOptions): Promise<ClientOutcome>;
	cancel(key: string): void;
}
