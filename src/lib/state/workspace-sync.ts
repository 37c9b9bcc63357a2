/**
 * Glue between the app's state and the workspace store: records the files the data layer stages
 * (by wrapping the injected DataApi, so AppState needs no change), turns the planner's working plan
 * into a stored plan and back, restores files and mappings through AppState's own flow, and
 * batches saves so a burst of edits costs one write.
 */
import type { Book } from '$lib/core/book';
import type { DataSession, TableKind } from '$lib/data';
import { fingerprint } from '$lib/scenario/fingerprint';
import { copySettings } from '$lib/scenario/scenario';
import type { AppState } from './app.svelte';
import type { DataApi } from './data-api';
import type { PlannerState } from './planner.svelte';
import type { SaveResult, StoredFile, StoredPlan, WorkspaceSnapshot } from './workspace-store';

/** The DataApi with every successfully staged file reported (latest per kind wins upstream). */
export function recordingDataApi(api: DataApi, onStaged: (file: StoredFile) => void): DataApi {
	const wrap = (session: DataSession): DataSession => ({
		stage: async (kind, file, onProgress) => {
			// The browser session transfers the bytes to its worker (detaching them): keep a copy.
			const bytes = file.bytes.slice();
			const result = await session.stage(kind, file, onProgress);
			if (result.ok) onStaged({ kind, name: file.name, bytes });
			return result;
		},
		staged: (kind) => session.staged(kind),
		unstage: (kind) => session.unstage(kind),
		buildBook: (request, onProgress) => session.buildBook(request, onProgress),
		dispose: () => session.dispose()
	});
	return {
		openSession: async () => wrap(await api.openSession()),
		suggestMapping: api.suggestMapping.bind(api) as DataApi['suggestMapping'],
		writeParquet: api.writeParquet
	};
}

/** Files by kind, keeping the latest of each (a new accounts file replaces the old one). */
export function latestFiles(files: StoredFile[], next: StoredFile): StoredFile[] {
	return [...files.filter((f) => f.kind !== next.kind), next];
}

const hashes = new WeakMap<Book, string>();

export function bookHash(book: Book): string {
	let h = hashes.get(book);
	if (h === undefined) {
		h = fingerprint(book).hash;
		hashes.set(book, h);
	}
	return h;
}

export function planToStore(planner: PlannerState): StoredPlan {
	return {
		bookHash: bookHash(planner.book),
		settings: copySettings(planner.settings),
		assignment: Int32Array.from(planner.assignment),
		locked: Uint8Array.from(planner.session.locked),
		history: planner.session.exportHistory()
	};
}

/** Puts a stored plan back on the planner when it is for this book; false (and nothing changes) otherwise. */
export function restorePlan(planner: PlannerState, plan: StoredPlan): boolean {
	if (plan.bookHash !== bookHash(planner.book)) return false;
	if (plan.assignment.length !== planner.book.accounts.n) return false;
	const reps = planner.book.reps.p;
	if (plan.assignment.some((j) => j < -1 || j >= reps)) return false;
	void planner.applyPlan(plan.assignment, plan.settings, 'Restored workspace', plan.locked);
	// The stored history ends at the stored plan, so it replaces the "Restored workspace" step.
	if (plan.history) planner.restoreHistory(plan.history);
	return true;
}

/**
 * Loads stored files through AppState's own flow (stage, apply the stored mapping, build), so a
 * restored workspace is checked exactly like a fresh load. Returns false if any step failed; the
 * app then shows the data layer's error as usual.
 */
export async function restoreFiles(
	app: AppState,
	snapshot: Pick<WorkspaceSnapshot, 'files' | 'mappings'>
): Promise<boolean> {
	const order: TableKind[] = ['accounts', 'reps'];
	const files = [...snapshot.files].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
	if (!files.some((f) => f.kind === 'accounts')) return false;
	for (const f of files) {
		await app.loadFiles([new File([f.bytes as Uint8Array<ArrayBuffer>], f.name)], f.kind);
		if (app.error) return false;
	}
	for (const kind of order) {
		const mapping = snapshot.mappings[kind];
		const review = app.review[kind];
		if (!mapping || !review) continue;
		for (const [field, column] of Object.entries(mapping))
			if (field in review.mapping) app.setField(kind, field as never, column);
	}
	await app.continue();
	return app.error === null && app.book !== null;
}

/** Coalesces saves: parts scheduled within `delayMs` are written together, latest value per part. */
export class SaveQueue {
	private pending: Partial<WorkspaceSnapshot> = {};
	private timer: ReturnType<typeof setTimeout> | null = null;
	private writing: Promise<void> = Promise.resolve();

	constructor(
		private write: (parts: Partial<WorkspaceSnapshot>) => Promise<SaveResult>,
		private onResult: (result: SaveResult) => void,
		private delayMs = 400
	) {}

	schedule(parts: Partial<WorkspaceSnapshot>): void {
		this.pending = { ...this.pending, ...parts };
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.flush(), this.delayMs);
	}

	/** Writes what is pending now (also used before the page unloads). */
	flush(): Promise<void> {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		const parts = this.pending;
		this.pending = {};
		if (!Object.keys(parts).length) return this.writing;
		this.writing = this.writing.then(async () => this.onResult(await this.write(parts)));
		return this.writing;
	}

	/** Drops pending writes (after "Clear workspace"). */
	cancel(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.pending = {};
	}
}
