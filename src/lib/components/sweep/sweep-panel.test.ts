import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import type { PlanSolver } from '$lib/state/plan-solver';
import { noExplain } from '$lib/state/testing/fixtures';
import { PlannerState } from '$lib/state/planner.svelte';
import { SweepState } from '$lib/state/sweep.svelte';
import type { SweepPointSummary } from '$lib/sweep/analysis';
import SweepPanel from './sweep-panel.svelte';

const { book } = generateBook({ accounts: 40, reps: 3, seed: 3 });
const solver: PlanSolver = {
	solve: () => Promise.reject(new Error('unused')),
	explain: noExplain,
	cancel: () => {}
};

function summary(index: number, moved: number | null): SweepPointSummary {
	return {
		index,
		cell: [index],
		coords: [index],
		label: `<b>point ${index}</b>`,
		status: moved === null ? 'infeasible' : 'optimal',
		gap: moved === null ? null : 0,
		message: moved === null ? 'bands conflict' : null,
		plan:
			moved === null
				? null
				: {
						imbalance: 0.1 * (index + 1),
						imbalanceMetric: 'potential',
						travelKm: 1000 - index * 100,
						travelKmPerAccount: 10,
						moved,
						movedPotential: 0
					},
		pareto: moved !== null
	};
}

describe('sweep panel markup', () => {
	it('shows the form, then the chart and a row per point with labels escaped', () => {
		const planner = new PlannerState(book, solver);
		const sweep = new SweepState(() => Promise.reject(new Error('unused')));
		const empty = render(SweepPanel, { props: { sweep, planner } }).body;
		expect(empty).toContain('data-testid="run-sweep"');
		expect(empty).not.toContain('data-testid="sweep-table"');
		sweep.summaries = [summary(0, 5), summary(1, 7), summary(2, null)];
		sweep.total = 3;
		sweep.done = 3;
		const html = render(SweepPanel, { props: { sweep, planner } }).body;
		expect(html).toContain('data-testid="sweep-progress"');
		expect(html.match(/data-testid="sweep-point"/g)).toHaveLength(2);
		expect(html.match(/data-testid="sweep-open"/g)).toHaveLength(3);
		expect(html).toContain('&lt;b>point 0&lt;/b>');
		expect(html).not.toContain('<b>point 0</b>');
		expect(html).toContain('infeasible');
	});

	it('reveals labelled second-axis controls and draws the grid for a two-axis sweep', () => {
		const planner = new PlannerState(book, solver);
		const sweep = new SweepState(() => Promise.reject(new Error('unused')));
		const off = render(SweepPanel, { props: { sweep, planner } }).body;
		expect(off).toContain('Second axis');
		expect(off).not.toContain('Second axis setting');
		sweep.second = true;
		sweep.steps2 = 12;
		const on = render(SweepPanel, { props: { sweep, planner } }).body;
		for (const label of ['Second axis from', 'Second axis to', 'Second axis steps'])
			expect(on).toMatch(new RegExp(`<label[^>]*>\\s*${label}\\s*<input`));
		expect(on).toMatch(/<label[^>]*>\s*Second axis setting\s*<select/);
		expect(on).toMatch(/132 points \(at most 121\)/);
		expect(on).not.toContain('data-testid="sweep-grid"');
		sweep.ranAxes = ['weight-balance-vs-travel', 'tolerance'];
		sweep.shape = [2, 2];
		sweep.summaries = [0, 1, 2, 3].map((i) => ({
			...summary(i, 4),
			cell: [i >> 1, i & 1],
			coords: [i >> 1, 0.05]
		}));
		const grid = render(SweepPanel, { props: { sweep, planner } }).body;
		expect(grid).toContain('data-testid="sweep-grid"');
		expect(grid.match(/data-testid="sweep-cell"/g)).toHaveLength(4);
		expect(grid.match(/data-testid="sweep-point"/g)).toHaveLength(4);
	});
});
