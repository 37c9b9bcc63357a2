import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { SweepPointSummary } from '$lib/sweep/analysis';
import TradeoffChart from './tradeoff-chart.svelte';

function point(index: number, plan: [number, number, number] | null, pareto = false) {
	const s: SweepPointSummary = {
		index,
		cell: [index],
		coords: [index / 2],
		label: `balance ${index / 2}`,
		status: plan ? 'feasible' : 'infeasible',
		gap: plan ? 0 : null,
		message: plan ? null : 'bands conflict',
		plan: plan && {
			imbalance: plan[0],
			imbalanceMetric: 'potential',
			travelKm: plan[1],
			travelKmPerAccount: plan[1] / 10,
			moved: plan[2],
			movedPotential: 0
		},
		pareto
	};
	return s;
}

const points = [
	point(0, [0.3, 100, 5], true),
	point(1, [0.1, 200, 9], true),
	point(2, null),
	point(3, [0.4, 300, 0])
];

function html(selected: number | null) {
	return render(TradeoffChart, {
		props: {
			points,
			selected,
			onselect: () => {},
			stability: [
				{ axis: 0, from: 0, to: 1, changed: 7 },
				{ axis: 0, from: 1, to: 2, changed: null }
			]
		}
	}).body;
}

describe('trade-off chart markup', () => {
	it('draws one focusable point per plan, marks the front and the selection', () => {
		const body = html(1);
		const dots = body.match(/<circle[^>]*data-testid="sweep-point"[^>]*>/g) ?? [];
		expect(dots).toHaveLength(3);
		for (const d of dots) {
			expect(d).toContain('tabindex="0"');
			expect(d).toContain('role="button"');
		}
		expect(dots.find((d) => d.includes('data-index="1"'))).toContain('aria-pressed="true"');
		expect(dots.find((d) => d.includes('data-index="0"'))).toContain('aria-pressed="false"');
		const pareto = (i: number) =>
			/class="[^"]*pareto/.test(dots.find((d) => d.includes(`data-index="${i}"`))!);
		expect([0, 1, 3].map(pareto)).toEqual([true, true, false]);
		expect(body).toContain('<polyline');
		expect(body).toContain('on the Pareto front');
	});

	it('names points without a plan and shows the stability strip in text', () => {
		const body = html(null);
		expect(body).toContain('No plan for 1 point: balance 1 (infeasible)');
		expect(body).toContain('data-testid="sweep-stability"');
		expect(body).toMatch(/<span class="n[^"]*">7<\/span>/);
		expect(body).toMatch(/<span class="n[^"]*">–<\/span>/);
	});

	it('renders nothing broken for an empty sweep', () => {
		const body = render(TradeoffChart, {
			props: { points: [], selected: null, onselect: () => {} }
		}).body;
		expect(body).toContain('data-testid="sweep-chart"');
		expect(body).not.toContain('sweep-point');
	});

	it('labels both axes of a two-axis stability strip with their mean changes', () => {
		const grid = [0, 1, 2, 3].map((i) => ({
			...point(i, [0.1 * (i + 1), 100, 1]),
			cell: [i >> 1, i & 1]
		}));
		const body = render(TradeoffChart, {
			props: {
				points: grid,
				selected: null,
				onselect: () => {},
				axisNames: ['Balance vs travel weight', 'Balance tolerance'],
				stability: [
					{ axis: 1, from: 0, to: 1, changed: 2 },
					{ axis: 0, from: 0, to: 2, changed: 6 },
					{ axis: 0, from: 1, to: 3, changed: 10 },
					{ axis: 1, from: 2, to: 3, changed: 4 }
				]
			}
		}).body;
		expect(body).toContain('Along Balance vs travel weight');
		expect(body).toContain('aria-label="Balance tolerance"');
		expect(body).toMatch(/<span class="n[^"]*">8<\/span>/);
		expect(body).toMatch(/<span class="n[^"]*">3<\/span>/);
	});
});
