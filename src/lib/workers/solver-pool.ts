/**
 * A few solver clients side by side (scenarios solving at once), sized to the machine's cores.
 * Each job gets an idle client or waits for one; a job key keeps "latest wins" per scenario.
 */
import type { ExplainJob, SolveJob, SolverWorkerApi } from './solver-protocol';
import {
	SolverClient,
	type ClientOutcome,
	type ExplainOutcome,
	type ClientSolveOptions,
	type WorkerHandle
} from './solver.client';
import { workerCrash } from './worker-crash';

export function poolSize(hardwareConcurrency: number | undefined, max = 4): number {
	const cores = hardwareConcurrency && hardwareConcurrency > 0 ? hardwareConcurrency : 2;
	return Math.max(1, Math.min(max, cores - 1));
}

/** Sweeps use every core (the planner's own worker mostly waits while a sweep runs), up to 4. */
export function sweepPoolSize(hardwareConcurrency: number | undefined): number {
	const cores = hardwareConcurrency && hardwareConcurrency > 0 ? hardwareConcurrency : 2;
	return Math.max(1, Math.min(4, cores));
}

export class SolverPool {
	private clients: SolverClient[];
	private byKey = new Map<string, SolverClient>();
	private waiting: (() => void)[] = [];

	constructor(spawn: () => WorkerHandle, size: number) {
		this.clients = Array.from({ length: Math.max(1, size) }, () => new SolverClient(spawn));
	}

	get size(): number {
		return this.clients.length;
	}

	/** Solves under `key`; a newer job with the same key supersedes the older one. */
	solve(key: string, job: SolveJob, opts: ClientSolveOptions): Promise<ClientOutcome> {
		return this.run(key, (client) => client.solve(job, opts));
	}

	/** Explains a plan's moves under `key`, with the same queueing and latest-wins as solve. */
	explain(key: string, job: ExplainJob): Promise<ExplainOutcome> {
		return this.run(key, (client) => client.explain(job));
	}

	private async run<O>(key: string, use: (client: SolverClient) => Promise<O>): Promise<O> {
		const same = this.byKey.get(key);
		if (same?.busy) same.cancel();
		const client = this.clients.find((c) => !c.busy) ?? (await this.idle());
		this.byKey.set(key, client);
		try {
			return await use(client);
		} finally {
			if (this.byKey.get(key) === client && !client.busy) this.byKey.delete(key);
			this.waiting.shift()?.();
		}
	}

	cancel(key: string): void {
		this.byKey.get(key)?.cancel();
	}

	dispose(): void {
		for (const c of this.clients) c.dispose();
	}

	private idle(): Promise<SolverClient> {
		return new Promise((resolve) => {
			const tryTake = () => {
				const c = this.clients.find((x) => !x.busy);
				if (c) resolve(c);
				else this.waiting.push(tryTake);
			};
			this.waiting.push(tryTake);
		});
	}
}

/** Browser factory: a module worker wrapped by comlink (progress callbacks go as proxies). */
export async function browserSpawn(): Promise<() => WorkerHandle> {
	const { wrap, proxy } = await import('comlink');
	return () => {
		const worker = new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module' });
		const remote = wrap<SolverWorkerApi>(worker);
		const crashed = workerCrash(worker, 'solver worker');
		const api: SolverWorkerApi = {
			solve: (req, onProgress) =>
				Promise.race([remote.solve(req, onProgress ? proxy(onProgress) : undefined), crashed]),
			explain: (req) => Promise.race([remote.explain(req), crashed])
		};
		return { api, terminate: () => worker.terminate() };
	};
}
