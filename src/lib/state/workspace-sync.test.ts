/**
 * Workspace sync over the real Node data layer: files recorded while loading restore into a fresh
 * AppState with the same mappings and the same book; the working plan restores only onto its own
 * book; saves are coalesced and their failures reported.
 */
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../../../wasm/parquet-node';
import { suggestMapping } from '$lib/data';
import { createNodeSession } from '$lib/data/node-session';
import { fingerprint } from '$lib/scenario/fingerprint';
import { generateBook } from '$lib/samples/generate';
import { AppState } from './app.svelte';
import type { DataApi } from './data-api';
import { PlannerState } from './planner.svelte';
import { memoryBackend, WorkspaceStore, type StoredFile } from './workspace-store';
import {
	latestFiles,
	planToStore,
	recordingDataApi,
	restoreFiles,
	restorePlan,
	SaveQueue
} from './workspace-sync';
import { noSolver, sampleFile as sample } from './testing/fixtures';

const api: DataApi = { openSession: createNodeSession, suggestMapping, writeParquet };

describe('workspace sync', () => {
	it('records staged files and restores them with their mappings into the same book', async () => {
		let files: StoredFile[] = [];
		const app = new AppState(recordingDataApi(api, (f) => (files = latestFiles(files, f))));
		await app.loadFiles([sample('accounts.csv'), sample('reps.csv')]);
		// A mapping the user changed must survive: drop the ARR column.
		app.setField('accounts', 'arr', null);
		await app.continue();
		expect(app.book).not.toBeNull();
		expect(files.map((f) => `${f.kind}:${f.name}`)).toEqual([
			'accounts:accounts.csv',
			'reps:reps.csv'
		]);
		const store = new WorkspaceStore(memoryBackend());
		await store.save({
			files,
			mappings: {
				accounts: app.review.accounts!.mapping,
				reps: app.review.reps!.mapping
			}
		});
		const back = await store.load();
		if (!back.ok || !back.snapshot) throw new Error('nothing stored');
		const fresh = new AppState(api);
		expect(await restoreFiles(fresh, back.snapshot)).toBe(true);
		expect(fresh.review.accounts!.mapping.arr).toBeNull();
		expect(fingerprint(fresh.book!)).toEqual(fingerprint(app.book!));
	}, 120_000);

	it('restores the working plan only onto its own book', () => {
		const book = generateBook({ accounts: 200, reps: 6, seed: 1 }).book;
		const planner = new PlannerState(book, noSolver);
		const plan = Int32Array.from(planner.assignment);
		plan[0] = (Math.max(plan[0], 0) + 1) % 6;
		const locked = new Uint8Array(200);
		locked[7] = 1;
		planner.applyPlan(plan, null, 'edit', locked);
		planner.settings.weights.travel = 3;
		const stored = planToStore(planner);
		expect(structuredClone(stored)).toEqual(stored);

		const again = new PlannerState(book, noSolver);
		expect(restorePlan(again, stored)).toBe(true);
		expect([...again.assignment]).toEqual([...plan]);
		expect([...again.session.locked]).toEqual([...locked]);
		expect(again.settings.weights.travel).toBe(3);
		// The undo history comes back too: undoing walks back to today's owners.
		expect(again.history.undo).toBe(planner.history.undo);
		while (again.history.canUndo) again.undo();
		expect([...again.assignment]).toEqual([...planner.baseline]);

		const other = new PlannerState(
			generateBook({ accounts: 200, reps: 6, seed: 2 }).book,
			noSolver
		);
		expect(restorePlan(other, stored)).toBe(false);
		expect(other.version).toBe(0);
	});

	it('coalesces scheduled saves and reports each write', async () => {
		const writes: string[][] = [];
		const results: boolean[] = [];
		const queue = new SaveQueue(
			async (parts) => {
				writes.push(Object.keys(parts).sort());
				return writes.length === 2
					? { ok: false, bytes: 1, error: 'full' }
					: { ok: true, bytes: 1 };
			},
			(r) => results.push(r.ok),
			10_000
		);
		queue.schedule({ scenarios: [] });
		queue.schedule({ plan: null });
		queue.schedule({ scenarios: [] });
		await queue.flush();
		queue.schedule({ files: [] });
		await queue.flush();
		queue.schedule({ files: [] });
		queue.cancel();
		await queue.flush();
		expect(writes).toEqual([['plan', 'scenarios'], ['files']]);
		expect(results).toEqual([true, false]);
	});
});
