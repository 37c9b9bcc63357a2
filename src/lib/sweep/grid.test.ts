import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { axisValues, buildGrid, cellIndex } from './grid';

const base = () => structuredClone(DEFAULT_SETTINGS);

describe('axisValues', () => {
	it('spaces a linear weight axis evenly from 0 to 1 by default', () => {
		const v = axisValues({ axis: 'weight-balance-vs-travel', steps: 5 });
		expect(v).toEqual([0, 0.25, 0.5, 0.75, 1]);
	});

	it('spaces a log axis geometrically', () => {
		const v = axisValues({ axis: 'weight-balance-vs-travel', steps: 3, scale: 'log' }) as number[];
		expect(v[0]).toBeCloseTo(0.01);
		expect(v[1]).toBeCloseTo(1);
		expect(v[2]).toBeCloseTo(100);
	});

	it('refuses bad ranges with a message', () => {
		expect(axisValues({ axis: 'continuity', from: 0, to: 1, steps: 0 })).toMatch(/steps/);
		expect(axisValues({ axis: 'tolerance', metric: 'x', from: 0, to: 1, steps: 2.5 })).toMatch(
			/steps/
		);
		expect(axisValues({ axis: 'continuity', from: -1, to: 1, steps: 3 })).toMatch(/≥ 0/);
		expect(axisValues({ axis: 'continuity', from: 0, to: 1, steps: 3, scale: 'log' })).toMatch(
			/log/
		);
		expect(axisValues({ axis: 'weight-balance-vs-travel', steps: 3, to: 2 })).toMatch(/0 to 1/);
		expect(axisValues({ axis: 'continuity', from: NaN, to: 1, steps: 3 })).toMatch(/from and to/);
	});
});

describe('buildGrid', () => {
	it('balance-vs-travel: weights sum to one, bands become soft, base untouched', () => {
		const b = base();
		const before = JSON.stringify(b);
		const g = buildGrid(b, { axes: [{ axis: 'weight-balance-vs-travel', steps: 21 }] });
		expect(g.ok).toBe(true);
		if (!g.ok) return;
		expect(g.points).toHaveLength(21);
		const p = g.points[5];
		expect(p.index).toBe(5);
		expect(p.cell).toEqual([5]);
		expect(p.coords[0]).toBeCloseTo(0.25);
		expect(p.settings.weights.balance).toBeCloseTo(0.25);
		expect(p.settings.weights.travel).toBeCloseTo(0.75);
		expect(p.settings.balance.every((r) => !r.hard)).toBe(true);
		expect(p.label).toBe('balance 0.25 / travel 0.75');
		expect(JSON.stringify(b)).toBe(before);
		p.settings.locks.manual.a = 'r';
		expect(g.points[6].settings.locks.manual).toEqual({});
	});

	it('keepHard leaves the bands hard; log scale records w, not the ratio', () => {
		const g = buildGrid(base(), {
			axes: [{ axis: 'weight-balance-vs-travel', steps: 3, scale: 'log', keepHard: true }]
		});
		if (!g.ok) throw new Error(g.message);
		expect(g.points[1].coords[0]).toBeCloseTo(0.5);
		expect(g.points[2].coords[0]).toBeCloseTo(100 / 101);
		expect(g.points[0].settings.balance.every((r) => r.hard)).toBe(true);
	});

	it('tolerance changes only the named rule, adding it when missing', () => {
		const g = buildGrid(base(), {
			axes: [{ axis: 'tolerance', metric: 'potential', from: 0.01, to: 0.2, steps: 20 }]
		});
		if (!g.ok) throw new Error(g.message);
		const last = g.points[19].settings.balance;
		expect(last.find((r) => r.metric === 'potential')!.tolerance).toBeCloseTo(0.2);
		expect(last.find((r) => r.metric === 'workload')!.tolerance).toBe(0.1);
		expect(g.points[0].label).toBe('potential ±1%');
		const h = buildGrid(base(), {
			axes: [{ axis: 'tolerance', metric: 'arr', from: 0.1, to: 0.1, steps: 1 }]
		});
		if (!h.ok) throw new Error(h.message);
		expect(h.points[0].settings.balance).toHaveLength(3);
		expect(h.points[0].settings.balance[2]).toEqual({ metric: 'arr', tolerance: 0.1, hard: true });
	});

	it('move cap counts whole accounts unless a metric is given', () => {
		const g = buildGrid(base(), { axes: [{ axis: 'move-cap', from: 0, to: 25, steps: 3 }] });
		if (!g.ok) throw new Error(g.message);
		expect(g.points.map((p) => p.settings.moveCap.max)).toEqual([0, 12, 25]);
		expect(g.points[1].coords).toEqual([12]);
		const m = buildGrid(base(), {
			axes: [{ axis: 'move-cap', from: 0, to: 25, steps: 3, metric: 'potential' }]
		});
		if (!m.ok) throw new Error(m.message);
		expect(m.points[1].settings.moveCap).toEqual({ max: 12.5, metric: 'potential' });
	});

	it('two axes make the full grid, first axis slowest', () => {
		const g = buildGrid(base(), {
			axes: [
				{ axis: 'continuity', from: 0, to: 2, steps: 3 },
				{ axis: 'tolerance', metric: 'workload', from: 0.05, to: 0.15, steps: 2 }
			]
		});
		if (!g.ok) throw new Error(g.message);
		expect(g.points).toHaveLength(6);
		expect(g.points.map((p) => p.cell)).toEqual([
			[0, 0],
			[0, 1],
			[1, 0],
			[1, 1],
			[2, 0],
			[2, 1]
		]);
		const p = g.points[3];
		expect(p.settings.weights.continuity).toBe(1);
		expect(p.settings.balance[1].tolerance).toBeCloseTo(0.15);
		expect(p.label).toBe('continuity 1, workload ±15%');
		for (const q of g.points) expect(cellIndex(q.cell, [3, 2])).toBe(q.index);
		expect(cellIndex([3, 0], [3, 2])).toBe(-1);
	});

	it('refuses the same axis twice and oversized grids', () => {
		const same = buildGrid(base(), {
			axes: [
				{ axis: 'continuity', from: 0, to: 1, steps: 2 },
				{ axis: 'continuity', from: 0, to: 2, steps: 2 }
			]
		});
		expect(same).toEqual({ ok: false, message: 'both axes vary continuity' });
		const big = buildGrid(base(), {
			axes: [
				{ axis: 'continuity', from: 0, to: 1, steps: 100 },
				{ axis: 'weight-balance-vs-travel', steps: 100 }
			]
		});
		expect(big.ok).toBe(false);
	});
});
