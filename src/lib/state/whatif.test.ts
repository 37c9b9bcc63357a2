/**
 * WhatIfState over the real engine: the recipes run through the what-if client (its adapter
 * in-thread, HiGHS for Node), the workspace opens the edited book, the planner solves it, and the
 * result is saved as a scenario with its edits. A rep leaving hands every one of their accounts to
 * someone else with the other moves under the recipe's cap; bad input changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { loadZipCentroidsSync } from '$lib/data/zip-centroids-node';
import { generateBook } from '$lib/samples/generate';
import { createSolverAdapter } from '$lib/workers/solver-adapter';
import type { ClientOutcome } from '$lib/workers/solver.client';
import { createWhatIfAdapter, WhatIfClient } from '$lib/workers/whatif.client';
import type { PlanSolver } from './plan-solver';
import { noExplain } from './testing/fixtures';
import { ScenarioState } from './scenarios.svelte';
import { WhatIfState } from './whatif.svelte';
import { WorkspaceState } from './workspace.svelte';

const book = generateBook({ accounts: 400, reps: 8, seed: 11 }).book;
const adapter = createSolverAdapter(loadHighsNode);

function inThreadSolver(): PlanSolver {
	let id = 0;
	return {
		async solve(_key, job, opts): Promise<ClientOutcome> {
			const res = await adapter.solve({
				...job,
				id: ++id,
				timeLimitSeconds: opts.timeLimitSeconds
			});
			return { id: res.id, kind: 'result', result: res.result };
		},
		explain: noExplain,
		cancel() {}
	};
}

function setup() {
	const ws = new WorkspaceState(book, inThreadSolver());
	ws.basePlanner.settings.timeLimitSeconds = 3;
	ws.basePlanner.settings.skills.language = false;
	const scenarios = new ScenarioState();
	const api = createWhatIfAdapter(loadHighsNode);
	const whatif = new WhatIfState(new WhatIfClient(() => ({ api, terminate: () => {} })), async () =>
		loadZipCentroidsSync()
	);
	return { ws, scenarios, whatif };
}

describe('WhatIfState', () => {
	it('a rep leaves: their accounts all get new owners, other moves stay under the cap', async () => {
		const { ws, scenarios, whatif } = setup();
		const leaving = book.reps.id[3];
		const theirs = book.accounts.ownerId.filter((o) => o === leaving).length;
		expect(theirs).toBeGreaterThan(0);
		expect(await whatif.repLeaves(ws, scenarios, leaving)).toBe(true);
		expect(whatif.errors['rep-leaves']).toBeUndefined();
		const o = whatif.outcome!;
		expect(o.freed).toBeGreaterThanOrEqual(theirs);
		expect(o.freedPlaced).toBe(o.freed);
		expect(o.moveCap).not.toBeNull();
		expect(o.othersMoved).toBeLessThanOrEqual(o.moveCap!);
		expect(ws.whatIf?.edits).toEqual([{ kind: 'rep-leaves', repId: leaving }]);
		expect(ws.planner.book.reps.id).not.toContain(leaving);
		const saved = scenarios.get(o.scenarioId!)!;
		expect(saved.edits).toEqual([{ kind: 'rep-leaves', repId: leaving }]);
		expect(saved.name).toMatch(/leaves/);

		const basePlan = Int32Array.from(ws.basePlanner.assignment);
		whatif.back(ws);
		expect(ws.whatIf).toBeNull();
		expect(ws.planner).toBe(ws.basePlanner);
		expect(Int32Array.from(ws.planner.assignment)).toEqual(basePlan);
	}, 60_000);

	it('reps join at a city: new reps on the book, a scenario saved', async () => {
		const { ws, scenarios, whatif } = setup();
		const ok = await whatif.repsJoin(ws, scenarios, {
			place: 'Dallas, TX',
			name: 'Dallas hire',
			count: 2,
			ramp: 0.5
		});
		expect(whatif.errors['reps-join']).toBeUndefined();
		expect(ok).toBe(true);
		const reps = ws.planner.book.reps;
		expect(reps.p).toBe(book.reps.p + 2);
		expect(reps.name.slice(-2)).toEqual(['Dallas hire 1', 'Dallas hire 2']);
		expect(reps.ramp[reps.p - 1]).toBe(0.5);
		expect(whatif.outcome?.notes).toMatch(/Dallas, TX/);
		expect(scenarios.list).toHaveLength(1);
	}, 60_000);

	it('suggests bases for a new rep in the worker and solves with them', async () => {
		const { ws, scenarios, whatif } = setup();
		const ok = await whatif.suggestBases(ws, scenarios, {
			count: 1,
			weightByPotential: true,
			ramp: 1
		});
		expect(whatif.errors['suggest-bases']).toBeUndefined();
		expect(ok).toBe(true);
		expect(ws.planner.book.reps.p).toBe(book.reps.p + 1);
		expect(whatif.outcome?.notes).toMatch(/mean distance/);
	}, 60_000);

	it('explains bad input next to its form and changes nothing', async () => {
		const { ws, scenarios, whatif } = setup();
		const base = ws.planner;
		expect(await whatif.repLeaves(ws, scenarios, 'NOBODY')).toBe(false);
		expect(whatif.errors['rep-leaves']).toMatch(/NOBODY/);
		expect(
			await whatif.repsJoin(ws, scenarios, { place: '00000', name: '', count: 1, ramp: 1 })
		).toBe(false);
		expect(whatif.errors['reps-join']).toBeTruthy();
		expect(await whatif.demand(ws, scenarios, { field: 'state', value: 'ZZ', factor: 1.5 })).toBe(
			false
		);
		expect(whatif.errors.demand).toMatch(/matches no account/);
		expect(await whatif.capacity(ws, scenarios, book.reps.id[0], 0)).toBe(false);
		expect(whatif.errors.capacity).toMatch(/Ramp/);
		expect(ws.whatIf).toBeNull();
		expect(ws.planner).toBe(base);
		expect(scenarios.list).toHaveLength(0);
		expect(whatif.busy).toBeNull();
	});
});
