/**
 * The worker-side adapter over solve(): loads HiGHS once (through an injected loader, so Node tests
 * use the Node build and the worker the browser build), answers every request with its id, and
 * turns anything thrown into an 'error' result instead of a rejected promise. A book job is
 * compiled here (rules that cannot hold come back as an 'infeasible' result) and its plan's moves
 * explained here; explain() does the same for a plan made elsewhere.
 */
import { compileModel } from '../engine/compile';
import type { MipSolverLike } from '../engine/mip-solver';
import type { AssignmentModel } from '../engine/model';
import { errorResult } from '../engine/result';
import { solve } from '../engine/solve';
import { planChanges } from '../planner/changes';
import { solveSeconds } from './job-budget';
import type {
	ExplainRequest,
	ExplainResponse,
	ProgressCallback,
	SolveRequest,
	SolveResponse,
	SolverWorkerApi
} from './solver-protocol';

export function createSolverAdapter(loadHighs: () => Promise<MipSolverLike>): SolverWorkerApi {
	let highs: Promise<MipSolverLike | undefined> | null = null;
	const getHighs = () => {
		// A HiGHS that fails to load must not stop large models: they solve without it.
		highs ??= loadHighs().catch(() => undefined);
		return highs;
	};
	return {
		async solve(req: SolveRequest, onProgress?: ProgressCallback): Promise<SolveResponse> {
			const started = performance.now();
			// Clocks run from the job's start, so the limit, the progress bar and the reported
			// seconds all count the compile (and a first job's HiGHS load) too.
			const elapsed = () => (performance.now() - started) / 1000;
			try {
				const h = req.exact === false ? undefined : await getHighs();
				const run = async (model: AssignmentModel) => {
					const spent = elapsed();
					const result = await solve(model, {
						timeLimitSeconds: solveSeconds(req.timeLimitSeconds, spent),
						highs: h,
						onProgress: onProgress
							? (p) => void onProgress(req.id, { ...p, elapsed: p.elapsed + spent })
							: undefined
					});
					const first = result.stats.firstFeasibleSeconds;
					result.stats = {
						...result.stats,
						seconds: result.stats.seconds + spent,
						firstFeasibleSeconds: first === null ? null : first + spent
					};
					return result;
				};
				if ('model' in req) return { id: req.id, result: await run(req.model) };
				const compiled = compileModel(req.book, req.settings);
				if (!compiled.ok)
					return {
						id: req.id,
						result: {
							status: 'infeasible',
							conflicts: compiled.conflicts,
							stats: {
								seconds: elapsed(),
								firstFeasibleSeconds: null,
								iterations: 0,
								method: 'compile'
							}
						}
					};
				const result = await run(compiled.model);
				if (!('assignment' in result) || result.assignment === null) return { id: req.id, result };
				const changes = planChanges(req.book, result.assignment, {
					settings: req.settings,
					compiled
				});
				return { id: req.id, result, moved: changes.moved };
			} catch (e) {
				return {
					id: req.id,
					result: errorResult(e, elapsed(), 'worker')
				};
			}
		},
		async explain(req: ExplainRequest): Promise<ExplainResponse> {
			try {
				const compiled = compileModel(req.book, req.settings);
				if (!compiled.ok)
					return {
						id: req.id,
						moved: null,
						message: compiled.conflicts.map((c) => c.message).join('; ')
					};
				const changes = planChanges(req.book, req.plan, { settings: req.settings, compiled });
				return { id: req.id, moved: changes.moved };
			} catch (e) {
				return { id: req.id, moved: null, message: e instanceof Error ? e.message : String(e) };
			}
		}
	};
}
