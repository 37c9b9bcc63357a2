/**
 * Node worker_threads factory for solver workers (benches, tests, CLI): the same comlink API as
 * the browser's module worker, over comlink's Node adapter. This one file is both sides: started
 * as a worker (marked by workerData) it exposes the solver adapter with the Node HiGHS build.
 * The worker loads TypeScript through tsx (`--import tsx`), so run the caller under tsx or vitest.
 */
import { expose, proxy, transfer, wrap } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadHighsNode } from '../../../wasm/highs-node';
import { createSolverAdapter } from './solver-adapter';
import type { ProgressCallback, SolveRequest, SolverWorkerApi } from './solver-protocol';
import type { WorkerHandle } from './solver.client';

const ROLE = 'carve-solver-worker';

function serve(port: NonNullable<typeof parentPort>): void {
	const adapter = createSolverAdapter(loadHighsNode);
	const api: SolverWorkerApi = {
		async solve(req: SolveRequest, onProgress?: ProgressCallback) {
			const res = await adapter.solve(req, onProgress);
			const a = 'assignment' in res.result ? res.result.assignment : null;
			return a ? transfer(res, [a.buffer as ArrayBuffer]) : res;
		},
		explain: (req) => adapter.explain(req)
	};
	expose(api, nodeEndpoint(port));
}

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === ROLE)
	serve(parentPort);

// tsx's loader hooks must be registered inside the worker before the entry loads; `execArgv:
// ['--import', 'tsx']` registers them too late on Node 20 (".ts" unknown), so a tiny eval'd
// bootstrap registers tsx and then imports this file.
function bootstrap(): string {
	const tsxApi = import.meta.resolve('tsx/esm/api');
	return `import(${JSON.stringify(tsxApi)}).then((t) => { t.register(); return import(${JSON.stringify(import.meta.url)}); });`;
}

/** A spawn function for SolverClient / SolverPool that starts one worker thread per call. */
export function nodeSpawn(): () => WorkerHandle {
	const code = bootstrap();
	return () => {
		const worker = new Worker(code, { eval: true, workerData: { role: ROLE } });
		// A worker that fails to start or dies rejects the pending call (an error result upstream).
		const died = new Promise<never>((_, reject) => {
			worker.on('error', reject);
			worker.on('exit', (code) => reject(new Error(`solver worker exited (code ${code})`)));
		});
		died.catch(() => {});
		const remote = wrap<SolverWorkerApi>(nodeEndpoint(worker));
		const api: SolverWorkerApi = {
			solve: (req, onProgress) =>
				Promise.race([remote.solve(req, onProgress ? proxy(onProgress) : undefined), died]),
			explain: (req) => Promise.race([remote.explain(req), died])
		};
		return { api, terminate: () => void worker.terminate() };
	};
}
