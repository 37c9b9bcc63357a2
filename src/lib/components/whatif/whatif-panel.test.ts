import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import type { PlanSolver } from '$lib/state/plan-solver';
import { noExplain } from '$lib/state/testing/fixtures';
import { ScenarioState } from '$lib/state/scenarios.svelte';
import { WhatIfState } from '$lib/state/whatif.svelte';
import { WorkspaceState } from '$lib/state/workspace.svelte';
import type { WhatIfRunner } from '$lib/workers/whatif.client';
import WhatIfPanel from './whatif-panel.svelte';

const { book } = generateBook({ accounts: 50, reps: 3, seed: 4 });
const solver: PlanSolver = {
	solve: () => Promise.reject(new Error('unused')),
	explain: noExplain,
	cancel: () => {}
};
const runner: WhatIfRunner = {
	repLeaves: () => Promise.reject(new Error('unused')),
	suggestBases: () => Promise.reject(new Error('unused')),
	cancel: () => {},
	dispose: () => {}
};

function panel(ws: WorkspaceState, whatif: WhatIfState) {
	return render(WhatIfPanel, { props: { whatif, workspace: ws, scenarios: new ScenarioState() } })
		.body;
}

describe('what-if panel markup', () => {
	it('has a form per what-if, every rep to pick, and errors escaped next to their form', () => {
		const ws = new WorkspaceState(book, solver);
		const whatif = new WhatIfState(runner, async () => null);
		whatif.errors = { 'reps-join': '<img src=x onerror=alert(1)> not found' };
		const html = panel(ws, whatif);
		for (const k of ['rep-leaves', 'reps-join', 'suggest-bases', 'capacity', 'demand'])
			expect(html).toContain(`data-testid="whatif-form-${k}"`);
		for (const id of book.reps.id) expect(html).toContain(`value="${id}"`);
		expect(html).toContain('data-testid="whatif-error-reps-join"');
		expect(html).not.toContain('<img src=x');
		expect(html).not.toContain('data-testid="whatif-back"');
	});

	it('offers the way back while a what-if is on screen', () => {
		const ws = new WorkspaceState(book, solver);
		ws.openWhatIf('Someone leaves', [{ kind: 'rep-leaves', repId: book.reps.id[0] }]);
		const html = panel(ws, new WhatIfState(runner, async () => null));
		expect(html).toContain('data-testid="whatif-back"');
		expect(html).toContain('Someone leaves');
	});
});
