/**
 * A whole reload cycle in Node (real data layer, memory storage): load the sample, edit the plan,
 * save a scenario; a second page restores the same book, plan, locks and scenarios. Nothing is
 * written before the restore has finished, and a refused write is reported.
 */
import { describe, expect, it } from 'vitest';
import { writeParquet } from '../../../wasm/parquet-node';
import { suggestMapping } from '$lib/data';
import { createNodeSession } from '$lib/data/node-session';
import { fingerprint } from '$lib/scenario/fingerprint';
import { AppState } from './app.svelte';
import type { DataApi } from './data-api';
import { PlannerState } from './planner.svelte';
import { ScenarioState } from './scenarios.svelte';
import { WorkspacePersistence } from './workspace-persistence.svelte';
import { memoryBackend, WorkspaceStore } from './workspace-store';
import { noSolver, sampleFile as sample } from './testing/fixtures';

const api: DataApi = { openSession: createNodeSession, suggestMapping, writeParquet };

function page(backend: ReturnType<typeof memoryBackend>) {
	const scenarios = new ScenarioState();
	const persistence = new WorkspacePersistence(new WorkspaceStore(backend), scenarios, 1);
	const app = new AppState(persistence.wrapApi(api));
	return { scenarios, persistence, app };
}

describe('WorkspacePersistence', () => {
	it('restores files, mappings, plan, locks and scenarios after a reload', async () => {
		const backend = memoryBackend();
		const first = page(backend);
		// Before the restore has run, nothing may be written.
		first.persistence.scenariosChanged();
		await first.persistence.flush();
		expect(backend.data).toEqual({});

		await first.persistence.restore(first.app);
		await first.app.loadFiles([sample('accounts.csv'), sample('reps.csv')]);
		await first.app.continue();
		first.persistence.bookReady(first.app);
		const planner = new PlannerState(first.app.book!, noSolver);
		expect(first.persistence.plannerReady(planner)).toBe(false);
		const plan = Int32Array.from(planner.assignment);
		for (let i = 0; i < 50; i++) plan[i] = (i * 7) % first.app.book!.reps.p;
		const locked = new Uint8Array(plan.length);
		locked[3] = 1;
		planner.applyPlan(plan, null, 'hand edits', locked);
		first.persistence.planChanged(planner);
		first.scenarios.saveCurrent(planner, 'Kept across reloads');
		first.persistence.scenariosChanged();
		await first.persistence.flush();
		expect(first.persistence.status?.text).toMatch(
			/^Workspace saved in this browser \(\d+\.\d MB\)\.$/
		);

		const second = page(backend);
		await second.persistence.restore(second.app);
		expect(second.persistence.status).toBeNull();
		expect(second.app.book).not.toBeNull();
		expect(fingerprint(second.app.book!)).toEqual(fingerprint(first.app.book!));
		expect(second.scenarios.list.map((s) => s.name)).toEqual(['Kept across reloads']);
		const again = new PlannerState(second.app.book!, noSolver);
		second.persistence.plannerReady(again);
		expect([...again.assignment]).toEqual([...plan]);
		expect([...again.session.locked]).toEqual([...locked]);

		expect(await second.persistence.clear()).toBe(true);
		expect(backend.data).toEqual({});
	}, 180_000);

	it('reports a refused write', async () => {
		const backend = memoryBackend();
		backend.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
		const p = page(backend);
		await p.persistence.restore(p.app);
		p.persistence.scenariosChanged();
		await p.persistence.flush();
		expect(p.persistence.status).toEqual({
			kind: 'error',
			text: 'The browser refused to store 1 KB: the storage quota for this page is full. Your work is still on screen but will not survive a reload.'
		});
	});
});
