/**
 * What the planner needs from a solver pool: solve under a key (latest wins per key) and cancel.
 * SolverPool implements it in the browser; tests hand in an in-thread fake.
 */
import type { SolveJob } from '$lib/workers/solver-protocol';
import type { ClientOutcome, ClientSolveOptions } from '$lib/workers/solver.client';

export interface PlanSolver {
	solve(key: string, job: SolveJob, opts: ClientSolveOptions): Promise<ClientOutcome>;
	cancel(key: string): void;
}
