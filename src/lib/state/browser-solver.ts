/** The planner's solver in the browser: a SolverPool of module workers, started on first use. */
import { browserSpawn, SolverPool } from '$lib/workers/solver-pool';
import type { PlanSolver } from './plan-solver';

export interface DisposablePlanSolver extends PlanSolver {
	dispose(): void;
}

export function browserPlanSolver(size = 1): DisposablePlanSolver {
	let pool: Promise<SolverPool> | null = null;
	const get = () => (pool ??= browserSpawn().then((spawn) => new SolverPool(spawn, size)));
	return {
		solve: async (key, job, opts) => (await get()).solve(key, job, opts),
		explain: async (key, job) => (await get()).explain(key, job),
		cancel: (key) => void pool?.then((p) => p.cancel(key)),
		dispose: () => void pool?.then((p) => p.dispose())
	};
}
