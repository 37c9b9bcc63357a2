/**
 * Messages between the UI and solver workers: plain structured-clone data with request ids, so
 * results (including errors) cross the worker boundary as values.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import type { AssignmentModel } from '../engine/model';
import type { SolveProgress, SolveResult } from '../engine/result';
import type { MovedAccount } from '../planner/changes';

/**
 * What to solve: a compiled model, or a book and its settings. The worker compiles the latter and
 * explains the plan's moves itself, so neither runs on the UI thread (at 50k x 100 they take about
 * 0.7 s and 0.4 s).
 */
export type SolveJob = { model: AssignmentModel } | { book: Book; settings: PlanSettings };

export type SolveRequest = SolveJob & {
	id: number;
	timeLimitSeconds: number;
	/** Use HiGHS (exact MIP for small models, fallback for large ones); default true. */
	exact?: boolean;
};

export interface SolveResponse {
	id: number;
	result: SolveResult;
	/** For a book job with a plan: every moved account with the engine's reasons. */
	moved?: MovedAccount[];
}

/**
 * A plan made elsewhere (an opened scenario, a sweep point, a what-if) to explain: the worker
 * compiles the settings and words every move, the second of work opening a 50k plan would
 * otherwise cost the UI thread.
 */
export interface ExplainJob {
	book: Book;
	settings: PlanSettings;
	plan: Int32Array;
}

export type ExplainRequest = ExplainJob & { id: number };

export interface ExplainResponse {
	id: number;
	/** Every moved account with the engine's reasons; null when the settings do not compile. */
	moved: MovedAccount[] | null;
	/** Why there are no reasons (rules that cannot hold, an error). */
	message?: string;
}

export type ProgressCallback = (id: number, progress: SolveProgress) => void;

/** What a solver worker exposes through comlink. */
export interface SolverWorkerApi {
	solve(req: SolveRequest, onProgress?: ProgressCallback): Promise<SolveResponse>;
	explain(req: ExplainRequest): Promise<ExplainResponse>;
}

/** Buffers of a model's typed arrays, for callers that hand their model over (transfer). */
export function modelBuffers(model: AssignmentModel): ArrayBuffer[] {
	const views: ArrayBufferView[] = [model.cost];
	if (model.allowed) views.push(model.allowed);
	for (const r of model.resources) views.push(r.weight, r.lo, r.hi);
	if (model.moveCap) views.push(model.moveCap.owner, model.moveCap.weight);
	const seen = new Set<ArrayBuffer>();
	for (const v of views) if (v.buffer instanceof ArrayBuffer) seen.add(v.buffer);
	return [...seen];
}
