/**
 * What the planner needs from a solver pool: solve or explain under a key (latest wins per key)
 * and cancel. SolverPool implements it in the browser; tests hand in an in-thread fake.
 */
import type { ExplainJob, SolveJob } from '$lib/workers/solver-protocol';
import type { ClientOutcome, ClientSolveOptions, ExplainOutcome } from '$lib/workers/solver.client';

export interface PlanSolver {
	solve(key: string, job: SolveJob, opts: ClientSolveOptions): Promise<ClientOutcome>;
	explain(key: string, job: ExplainJob): Promise<ExplainOutcome>;
	cancel(key: string): void;
}
