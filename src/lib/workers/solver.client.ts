/**
 * UI-side solver client: typed requests with ids, latest wins (a new request cancels the running
 * one), cancel = terminate the worker and spawn a fresh one, progress through a callback, errors
 * and supersession returned as data. The worker factory is injected so the logic runs in Node tests.
 */
import { errorResult, type SolveProgress, type SolveResult } from '../engine/result';
import type { MovedAccount } from '../planner/changes';
import type { SolveJob, SolverWorkerApi } from './solver-protocol';

export interface WorkerHandle {
	api: SolverWorkerApi;
	terminate(): void;
}

export interface ClientSolveOptions {
	timeLimitSeconds: number;
	exact?: boolean;
	onProgress?: (p: SolveProgress) => void;
	/** Seconds without an answer before the worker is presumed hung and stopped (default: 1.5 × the limit + 15). */
	watchdogSeconds?: number;
}

export type ClientOutcome =
	| { id: number; kind: 'result'; result: SolveResult; moved?: MovedAccount[] }
	| { id: number; kind: 'superseded' | 'cancelled' };

interface Pending {
	id: number;
	settle: (o: ClientOutcome) => void;
}

export class SolverClient {
	private spawn: () => WorkerHandle;
	private handle: WorkerHandle | null = null;
	private pending: Pending | null = null;
	private nextId = 1;

	constructor(spawn: () => WorkerHandle) {
		this.spawn = spawn;
	}

	get busy(): boolean {
		return this.pending !== null;
	}

	solve(job: SolveJob, opts: ClientSolveOptions): Promise<ClientOutcome> {
		if (this.pending) this.stop('superseded');
		const id = this.nextId++;
		this.handle ??= this.spawn();
		const handle = this.handle;
		const watchdog = opts.watchdogSeconds ?? opts.timeLimitSeconds * 1.5 + 15;
		return new Promise<ClientOutcome>((resolve) => {
			const timer = setTimeout(() => this.hung(id, watchdog), watchdog * 1000);
			this.pending = {
				id,
				settle: (o) => {
					clearTimeout(timer);
					resolve(o);
				}
			};
			const progress = opts.onProgress;
			handle.api
				.solve(
					{ ...job, id, timeLimitSeconds: opts.timeLimitSeconds, exact: opts.exact },
					progress ? (rid, p) => void (rid === this.pending?.id && progress(p)) : undefined
				)
				.then(
					(res) =>
						this.finish(res.id, {
							id: res.id,
							kind: 'result',
							result: res.result,
							moved: res.moved
						}),
					(e: unknown) =>
						this.finish(id, {
							id,
							kind: 'result',
							result: errorResult(e, 0, 'worker')
						})
				);
		});
	}

	/** Stops the running solve (terminates its worker; the next solve spawns a new one). */
	cancel(): void {
		if (this.pending) this.stop('cancelled');
	}

	dispose(): void {
		this.cancel();
		this.handle?.terminate();
		this.handle = null;
	}

	private stop(kind: 'superseded' | 'cancelled'): void {
		const p = this.pending!;
		this.pending = null;
		this.handle?.terminate();
		this.handle = null;
		p.settle({ id: p.id, kind });
	}

	/** A worker that never answers (stuck, or killed by the browser) is stopped and reported. */
	private hung(id: number, seconds: number): void {
		if (this.pending?.id !== id) return;
		this.handle?.terminate();
		this.handle = null;
		const message = `the solver gave no answer within ${seconds} s and was stopped`;
		this.finish(id, {
			id,
			kind: 'result',
			result: errorResult(new Error(message), seconds, 'watchdog')
		});
	}

	private finish(id: number, outcome: ClientOutcome): void {
		// Answers from a terminated worker or an older request are dropped: latest wins.
		if (this.pending?.id !== id) return;
		this.pending.settle(outcome);
		this.pending = null;
	}
}
