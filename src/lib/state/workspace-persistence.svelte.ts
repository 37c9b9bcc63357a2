/**
 * Keeps the workspace across reloads: on start, restores the stored files (through AppState's
 * normal load → map → build flow), the saved scenarios and the working plan; afterwards, saves
 * each part when it changes (coalesced). Nothing is saved until the restore has finished, so an
 * empty page never overwrites a stored workspace. Storage failures become `status`, never silence.
 */
import type { AppState } from './app.svelte';
import type { DataApi } from './data-api';
import type { PlannerState } from './planner.svelte';
import { asTarget, type ScenarioState, type ScenarioTarget } from './scenarios.svelte';
import type { SaveResult, StoredFile, StoredPlan, WorkspaceStore } from './workspace-store';
import {
	latestFiles,
	planToStore,
	recordingDataApi,
	restoreFiles,
	restorePlan,
	SaveQueue
} from './workspace-sync';

export interface PersistenceStatus {
	kind: 'error' | 'info';
	text: string;
}

const mb = (bytes: number) =>
	bytes < 100 * 1024
		? `${Math.max(1, Math.ceil(bytes / 1024))} KB`
		: `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export class WorkspacePersistence {
	status = $state<PersistenceStatus | null>(null);
	/** True until the stored workspace has been read and re-applied. */
	restoring = $state(true);
	/** Bytes of the last successful write, for the status line. */
	savedBytes = $state(0);

	private files: StoredFile[] = [];
	private pendingPlan: StoredPlan | null = null;
	private saves: SaveQueue;

	constructor(
		private store: WorkspaceStore,
		private scenarios: ScenarioState,
		delayMs = 400
	) {
		this.saves = new SaveQueue(
			(parts) => store.save(parts),
			(r) => this.saved(r),
			delayMs
		);
	}

	/** The data API to build AppState on: it reports each loaded file so it can be stored. */
	wrapApi(api: DataApi): DataApi {
		return recordingDataApi(api, (f) => (this.files = latestFiles(this.files, f)));
	}

	/** Reads the stored workspace and re-applies it; call once at start. */
	async restore(app: AppState): Promise<void> {
		try {
			const r = await this.store.load();
			if (!r.ok) {
				this.status = { kind: 'error', text: r.error };
				return;
			}
			const snap = r.snapshot;
			if (!snap) return;
			const known = snap.scenarios.map((s) => s.id);
			this.scenarios.list = [
				...snap.scenarios,
				...this.scenarios.list.filter((s) => !known.includes(s.id))
			];
			this.pendingPlan = snap.plan;
			const notes = [...r.notes];
			if (snap.files.length && !(await restoreFiles(app, snap)))
				notes.push('The stored data files could not be loaded again; load them to continue.');
			if (notes.length) this.status = { kind: 'error', text: notes.join(' ') };
		} finally {
			this.restoring = false;
		}
	}

	/** Call when a book has been built: stores the files and the mappings they were built with. */
	bookReady(app: AppState): void {
		if (this.restoring || !app.book) return;
		const plain = <T>(v: T): T => (v == null ? v : (JSON.parse(JSON.stringify(v)) as T));
		this.saves.schedule({
			files: this.files,
			mappings: {
				accounts: plain(app.review.accounts?.mapping ?? null),
				reps: plain(app.review.reps?.mapping ?? null)
			}
		});
	}

	/**
	 * Call when a planner exists: the stored plan goes back on first (if it is for this book), then
	 * a pending share link, which wins. Returns true when a link was applied (clear the hash then).
	 */
	plannerReady(on: PlannerState | ScenarioTarget): boolean {
		const target = asTarget(on);
		const plan = this.pendingPlan;
		this.pendingPlan = null;
		if (plan) restorePlan(target.basePlanner, plan);
		return this.scenarios.pendingLink ? this.scenarios.applyPendingLink(target) : false;
	}

	scenariosChanged(): void {
		if (!this.restoring) this.saves.schedule({ scenarios: this.scenarios.list });
	}

	/** The base planner's plan is kept; a what-if on top is not (save it as a scenario). */
	planChanged(planner: PlannerState): void {
		if (!this.restoring) this.saves.schedule({ plan: planToStore(planner) });
	}

	/** Writes pending changes now (page hide). */
	flush(): Promise<void> {
		return this.saves.flush();
	}

	/** Forgets the stored workspace; the page should reload empty after this resolves true. */
	async clear(): Promise<boolean> {
		this.saves.cancel();
		const r = await this.store.clear();
		if (!r.ok) {
			this.status = { kind: 'error', text: r.error };
			return false;
		}
		this.files = [];
		this.status = { kind: 'info', text: 'Workspace cleared.' };
		return true;
	}

	private saved(r: SaveResult): void {
		if (r.ok) {
			this.savedBytes = r.bytes;
			if (this.status?.kind !== 'error' || this.status.text.startsWith('The browser refused'))
				this.status = { kind: 'info', text: `Workspace saved in this browser (${mb(r.bytes)}).` };
		} else this.status = { kind: 'error', text: r.error };
	}
}
