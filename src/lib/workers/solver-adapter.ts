/**
 * The worker-side adapter over solve(): loads HiGHS once (through an injected loader, so Node tests
 * use the Node build and the worker the browser build), answers every request with its id, and
 * turns anything thrown into an 'error' result instead of a rejected promise.
 */
import type { MipSolverLike } from '../engine/mip-solver';
import { errorResult } from '../engine/result';
import { solve } from '../engine/solve';
import type {
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
			try {
				const h = req.exact === false ? undefined : await getHighs();
				const result = await solve(req.model, {
					timeLimitSeconds: req.timeLimitSeconds,
					highs: h,
					onProgress: onProgress ? (p) => void onProgress(req.id, p) : undefined
				});
				return { id: req.id, result };
			} catch (e) {
				return {
					id: req.id,
					result: errorResult(e, (performance.now() - started) / 1000, 'worker')
				};
			}
		}
	};
}
