/**
 * The what-if recipes that take a while (a rep leaves runs a short heuristic search; suggested
 * bases run the location model with HiGHS) off the page's thread: the protocol, the adapter the
 * worker exposes (errors returned as data), and the UI-side client (latest wins, cancel =
 * terminate the worker, the next call spawns a fresh one). The worker factory is injected so
 * Node tests run the adapter in-thread.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { parseZipCentroids, type ZipCentroids } from '../data/zip-centroids';
import type { MipSolverLike } from '../engine/mip-solver';
import {
	repLeaves,
	suggestBases,
	type RecipeResult,
	type RepLeavesOptions,
	type SuggestBasesRecipeOptions,
	type SuggestBasesRecipeResult
} from '../whatif/recipes';
import { workerCrash } from './worker-crash';

export interface WhatIfWorkerApi {
	repLeaves(
		book: Book,
		settings: PlanSettings,
		repId: string,
		opts: RepLeavesOptions
	): Promise<RecipeResult>;
	suggestBases(
		book: Book,
		settings: PlanSettings,
		n: number,
		opts: SuggestBasesRecipeOptions
	): Promise<SuggestBasesRecipeResult>;
}

export interface WhatIfRunner extends WhatIfWorkerApi {
	/** Stops the running recipe; its promise resolves with a "cancelled" error. */
	cancel(): void;
	dispose(): void;
}

export interface WhatIfWorkerHandle {
	api: WhatIfWorkerApi;
	terminate(): void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The worker side: HiGHS loaded once (a failed load falls back to the heuristic only). */
export function createWhatIfAdapter(
	loadHighs: (() => Promise<MipSolverLike>) | null
): WhatIfWorkerApi {
	let highs: Promise<MipSolverLike | null> | null = null;
	const getHighs = () =>
		(highs ??= loadHighs ? loadHighs().catch(() => null) : Promise.resolve(null));
	return {
		async repLeaves(book, settings, repId, opts) {
			try {
				return repLeaves(book, settings, repId, opts);
			} catch (e) {
				return { ok: false, error: `The rep-leaves what-if failed: ${message(e)}` };
			}
		},
		async suggestBases(book, settings, n, opts) {
			try {
				return suggestBases(book, settings, n, opts, await getHighs());
			} catch (e) {
				return { ok: false, error: `Suggesting bases failed: ${message(e)}` };
			}
		}
	};
}

type Failure = { ok: false; error: string };

export class WhatIfClient implements WhatIfRunner {
	private handle: WhatIfWorkerHandle | null = null;
	private pending: { id: number; settle: (r: Failure) => void } | null = null;
	private nextId = 1;

	constructor(private spawn: () => WhatIfWorkerHandle) {}

	repLeaves(book: Book, settings: PlanSettings, repId: string, opts: RepLeavesOptions) {
		return this.call<RecipeResult>((api) => api.repLeaves(book, settings, repId, opts));
	}

	suggestBases(book: Book, settings: PlanSettings, n: number, opts: SuggestBasesRecipeOptions) {
		return this.call<SuggestBasesRecipeResult>((api) => api.suggestBases(book, settings, n, opts));
	}

	cancel(): void {
		this.stop('cancelled');
	}

	dispose(): void {
		this.cancel();
		this.handle?.terminate();
		this.handle = null;
	}

	private call<T extends RecipeResult | SuggestBasesRecipeResult>(
		run: (api: WhatIfWorkerApi) => Promise<T>
	): Promise<T | Failure> {
		this.stop('superseded by a newer what-if');
		const id = this.nextId++;
		this.handle ??= this.spawn();
		const api = this.handle.api;
		return new Promise<T | Failure>((resolve) => {
			this.pending = { id, settle: resolve };
			run(api).then(
				(r) => this.finish(id, () => resolve(r)),
				(e: unknown) => this.finish(id, () => resolve({ ok: false, error: message(e) }))
			);
		});
	}

	private finish(id: number, settle: () => void): void {
		// An answer from a terminated worker or an older request is dropped: latest wins.
		if (this.pending?.id !== id) return;
		this.pending = null;
		settle();
	}

	private stop(why: string): void {
		const p = this.pending;
		if (!p) return;
		this.pending = null;
		this.handle?.terminate();
		this.handle = null;
		p.settle({ ok: false, error: `The what-if was ${why}.` });
	}
}

/** Browser factory: a module worker wrapped by comlink. */
export async function browserWhatIfSpawn(): Promise<() => WhatIfWorkerHandle> {
	const { wrap } = await import('comlink');
	return () => {
		const worker = new Worker(new URL('./whatif.worker.ts', import.meta.url), { type: 'module' });
		const remote = wrap<WhatIfWorkerApi>(worker);
		const crashed = workerCrash(worker, 'what-if worker');
		const api: WhatIfWorkerApi = {
			repLeaves: (...a) => Promise.race([remote.repLeaves(...a), crashed]),
			suggestBases: (...a) => Promise.race([remote.suggestBases(...a), crashed])
		};
		return { api, terminate: () => worker.terminate() };
	};
}

/** A what-if runner for the page: the worker starts on first use. */
export function browserWhatIfRunner(): WhatIfRunner {
	let client: Promise<WhatIfClient> | null = null;
	const get = () => (client ??= browserWhatIfSpawn().then((spawn) => new WhatIfClient(spawn)));
	return {
		repLeaves: async (...a) => (await get()).repLeaves(...a),
		suggestBases: async (...a) => (await get()).suggestBases(...a),
		cancel: () => void client?.then((c) => c.cancel()),
		dispose: () => void client?.then((c) => c.dispose())
	};
}

/**
 * The ZIP centroid table for place look-ups, fetched from the page's own origin (the same file
 * the data layer geocodes with) and parsed by the data layer's parser; `url` from `asset()`.
 */
export async function fetchZipTable(url: string): Promise<ZipCentroids> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`ZIP table ${url}: HTTP ${res.status}`);
	return parseZipCentroids(await res.text());
}
