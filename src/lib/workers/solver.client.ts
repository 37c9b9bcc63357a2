/**
 * UI-side solver client: typed requests with ids, latest wins (a new request cancels the running
 * one), cancel = terminate the worker and spawn a fresh one, progress through a callback, errors
 * and supersession returned as data. The worker factory is injected so the logic runs in Node tests.
 */
import { errorResult, type SolveProgress, type SolveResult } from '../engine/result';
import type { MovedAccount } from '../planner/changes';
import type { ExplainJob, SolveJob, SolverWorkerApi } from './solver-protocol';

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

type Stopped = { id: number; kind: 'superseded' | 'cancelled' };

export type ClientOutcome =
	{ id: number; kind: 'result'; result: SolveResult; moved?: MovedAccount[] } | Stopped;

export type ExplainOutcome =
	{ id: number; kind: 'explained'; moved: MovedAccount[] | null; message?: string } | Stopped;

/** What a request that failed (worker error, watchdog) answers instead. */
type Failed<O> = (id: number, e: unknown, seconds: number, phase: string) => O;

interface Pending {
	id: number;
	stop(kind: Stopped['kind']): void;
	fail(e: unknown, seconds: number, phase: string): void;
}

const solveFailed: Failed<ClientOutcome> = (id, e, seconds, phase) => ({
	id,
	kind: 'result',
	result: errorResult(e, seconds, phase)
});

const explainFailed: Failed<ExplainOutcome> = (id, e) => ({
	id,
	kind: 'explained',
	moved: null,
	message: e instanceof Error ? e.message : String(e)
});

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
		const watchdog = opts.watchdogSeconds ?? opts.timeLimitSeconds * 1.5 + 15;
		const progress = opts.onProgress;
		return this.request(watchdog, solveFailed, (api, id) =>
			api
				.solve(
					{ ...job, id, timeLimitSeconds: opts.timeLimitSeconds, exact: opts.exact },
					progress ? (rid, p) => void (rid === this.pending?.id && progress(p)) : undefined
				)
				.then((res): ClientOutcome => ({
					id: res.id,
					kind: 'result',
					result: res.result,
					moved: res.moved
				}))
		);
	}

	/** Words the moves of a plan made elsewhere (same latest-wins, cancel and watchdog as solve). */
	explain(job: ExplainJob, watchdogSeconds = 60): Promise<ExplainOutcome> {
		return this.request(watchdogSeconds, explainFailed, (api, id) =>
			api.explain({ ...job, id }).then((res): ExplainOutcome => ({
				id: res.id,
				kind: 'explained',
				moved: res.moved,
				message: res.message
			}))
		);
	}

	private request<O extends { id: number }>(
		watchdog: number,
		failed: Failed<O>,
		send: (api: SolverWorkerApi, id: number) => Promise<O>
	): Promise<O | Stopped> {
		if (this.pending) this.stop('superseded');
		const id = this.nextId++;
		this.handle ??= this.spawn();
		const handle = this.handle;
		return new Promise<O | Stopped>((resolve) => {
			const timer = setTimeout(() => this.hung(id, watchdog), watchdog * 1000);
			const done = (o: O | Stopped) => {
				clearTimeout(timer);
				resolve(o);
			};
			this.pending = {
				id,
				stop: (kind) => done({ id, kind }),
				fail: (e, seconds, phase) => done(failed(id, e, seconds, phase))
			};
			send(handle.api, id).then(
				(res) => this.finish(res.id, () => done(res)),
				(e: unknown) => this.finish(id, (p) => p.fail(e, 0, 'worker'))
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

	private stop(kind: Stopped['kind']): void {
		const p = this.pending!;
		this.pending = null;
		this.handle?.terminate();
		this.handle = null;
		p.stop(kind);
	}

	/** A worker that never answers (stuck, or killed by the browser) is stopped and reported. */
	private hung(id: number, seconds: number): void {
		if (this.pending?.id !== id) return;
		this.handle?.terminate();
		this.handle = null;
		const message = `the solver gave no answer within ${seconds} s and was stopped`;
		this.finish(id, (p) => p.fail(new Error(message), seconds, 'watchdog'));
	}

	private finish(id: number, end: (p: Pending) => void): void {
		// Answers from a terminated worker or an older request are dropped: latest wins.
		const p = this.pending;
		if (p?.id !== id) return;
		this.pending = null;
		end(p);
	}
}
