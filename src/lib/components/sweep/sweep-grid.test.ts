import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { SweepPointSummary } from '$lib/sweep/analysis';
import SweepGrid from './sweep-grid.svelte';

function point(i: number, j: number, travel: number | null, pareto = false): SweepPointSummary {
	return {
		index: i * 2 + j,
		cell: [i, j],
		coords: [i / 2, [0.05, 0.2][j]],
		label: `<i>w ${i / 2}</i>`,
		status: travel === null ? 'infeasible' : 'optimal',
		gap: 0,
		message: null,
		plan:
			travel === null
				? null
				: {
						imbalance: 0.1 + 0.05 * (i + j),
						imbalanceMetric: 'potential',
						travelKm: travel,
						travelKmPerAccount: 1,
						moved: 3,
						movedPotential: 0
					},
		pareto
	};
}

const points = [
	point(0, 0, 1200, true),
	point(0, 1, 1100),
	point(1, 0, 900, true),
	point(1, 1, null),
	point(2, 0, 800)
];

function cells(selected: number | null) {
	const body = render(SweepGrid, {
		props: {
			points,
			axes: ['weight-balance-vs-travel', 'tolerance'],
			shape: [3, 2],
			selected,
			onselect: () => {}
		}
	}).body;
	// Escaped labels keep '>' inside attributes, so cut at the closing tag instead.
	const all = (body.match(/<button[\s\S]*?<\/button>/g) ?? []).filter((b) =>
		b.includes('data-testid="sweep-cell"')
	);
	return { body, all, at: (i: number) => all.find((c) => c.includes(`data-index="${i}"`))! };
}

describe('sweep grid markup', () => {
	it('lays the first axis in columns and the second in rows, one cell per point', () => {
		const { body, all } = cells(null);
		expect(all).toHaveLength(6);
		const order = all.map((c) => Number(/data-index="(\d+)"/.exec(c)![1]));
		expect(order).toEqual([0, 2, 4, 1, 3, 5]);
		expect(body).toMatch(/<th scope="col"[^>]*>0.5<\/th>/);
		expect(body).toMatch(/<th scope="row"[^>]*>±20%<\/th>/);
		expect(body).toContain('Balance vs travel weight');
	});

	it('shows travel, outlines Pareto cells, marks the selection and escapes labels', () => {
		const { body, at } = cells(2);
		expect(at(0)).toMatch(/>1,?200<\/button>/);
		expect(at(0)).toMatch(/class="[^"]*pareto/);
		expect(at(1)).not.toMatch(/class="[^"]*pareto/);
		expect(at(2)).toContain('aria-pressed="true"');
		expect(at(0)).toContain('aria-pressed="false"');
		expect(at(3)).toContain('disabled');
		expect(at(3)).toContain('>✕</button>');
		expect(at(5)).toContain('>…</button>');
		expect(at(0)).toContain('background: rgb(255, 255, 204)');
		expect(body).toContain('&lt;i>w 0&lt;/i>');
		expect(body).not.toContain('<i>w 0</i>');
	});
});
