/// <reference lib="webworker" />
/**
 * Solver module worker: a comlink face over the adapter. solve() blocks this thread, which is why
 * cancellation is done by the client terminating the worker. Results hand their assignment
 * buffer back instead of copying it.
 */
import { expose, transfer } from 'comlink';
import { loadHighs } from '../../../wasm/highs';
import { createSolverAdapter } from './solver-adapter';
import type { ProgressCallback, SolveRequest, SolverWorkerApi } from './solver-protocol';

const adapter = createSolverAdapter(loadHighs);

const api: SolverWorkerApi = {
	async solve(req: SolveRequest, onProgress?: ProgressCallback) {
		const res = await adapter.solve(req, onProgress);
		const a = 'assignment' in res.result ? res.result.assignment : null;
		return a ? transfer(res, [a.buffer as ArrayBuffer]) : res;
	},
	explain: (req) => adapter.explain(req)
};

expose(api);
