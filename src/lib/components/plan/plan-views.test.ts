/**
 * Server-side renders of the plan views on a real assessment: the data attributes the e2e tests
 * read, paging of long move lists, and user-supplied names rendered as text.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { compileModel } from '$lib/engine/compile';
import { tinyBook } from '$lib/engine/testing/tiny-book';
import { assessPlan } from '$lib/planner/assessment';
import { planChanges } from '$lib/planner/changes';
import ChangesPanel from './changes-panel.svelte';
import FairnessScorecard from './fairness-scorecard.svelte';
import ImbalanceList from './imbalance-list.svelte';
import LorenzChart from './lorenz-chart.svelte';
import PlanSummaryPrint from './plan-summary-print.svelte';
import RepBars from './rep-bars.svelte';
import RepTable from './rep-table.svelte';

function setup() {
	const book = tinyBook({ n: 600, p: 6, seed: 3 });
	book.reps.name[0] = '<img src=x onerror=alert(1)>';
	const start = Int32Array.from({ length: 600 }, (_, i) => (i < 300 ? 0 : 1 + (i % 5)));
	book.accounts.owner.set(start);
	const plan = Int32Array.from({ length: 600 }, (_, i) => i % 6);
	const before = assessPlan(book, start, DEFAULT_SETTINGS);
	const after = assessPlan(book, plan, DEFAULT_SETTINGS);
	const compiled = compileModel(book, DEFAULT_SETTINGS);
	if (!compiled.ok) throw new Error('tiny book should compile');
	const changes = planChanges(book, plan, {
		settings: DEFAULT_SETTINGS,
		compiled: { model: compiled.model, terms: compiled.terms }
	});
	return { book, before, after, changes };
}

function attrs(html: string, pattern: RegExp): string[] {
	return [...html.matchAll(pattern)].map((m) => m[1]);
}

describe('plan views', () => {
	const { before, after, changes } = setup();

	it('scorecard exposes raw before and after values per metric and statistic', () => {
		const { body } = render(FairnessScorecard, {
			props: { scorecard: after.scorecard, before: before.scorecard, moved: changes.movedCount }
		});
		expect(body).toContain('data-testid="scorecard"');
		for (const m of after.balanced) {
			const cell = (which: string) =>
				new RegExp(`data-metric="${m}" data-stat="cv" data-which="${which}" data-value="([^"]+)"`);
			expect(Number(body.match(cell('before'))?.[1])).toBeCloseTo(before.scorecard[m].cv, 12);
			expect(Number(body.match(cell('after'))?.[1])).toBeCloseTo(after.scorecard[m].cv, 12);
		}
		expect(attrs(body, /data-stat="(cv|gini|maxMin|std|maxDev)"/g)).toHaveLength(
			after.balanced.length * 5 * 2
		);
	});

	it('rep table, bars and print summary render names as text, never markup', () => {
		for (const html of [
			render(RepTable, { props: { reps: before.reps, balanced: before.balanced } }).body,
			render(RepBars, { props: { bars: before.bars.potential, metric: 'potential' } }).body,
			render(PlanSummaryPrint, {
				props: { title: '<b>x</b>', assessment: after, before, changes, settingsSummary: [] }
			}).body
		]) {
			expect(html).not.toContain('<img');
			expect(html).toContain('&lt;img');
		}
	});

	it('rep table has one row per rep with band badges; bars one bar per rep', () => {
		const table = render(RepTable, { props: { reps: before.reps, balanced: before.balanced } });
		expect(attrs(table.body, /<tr[^>]*data-rep-id="([^"]+)"/g)).toHaveLength(6);
		expect(attrs(table.body, /data-status="(over|under|within)"/g)).toHaveLength(
			6 * before.balanced.length
		);
		const bars = render(RepBars, { props: { bars: before.bars.potential, metric: 'potential' } });
		expect(attrs(bars.body, /class="row (\w+)/g)).toEqual(
			before.bars.potential.map((b) => b.status)
		);
		expect(bars.body).toContain('role="img"');
	});

	it('changes panel lists the first 200 moves and explains the selected one', () => {
		expect(changes.movedCount).toBeGreaterThan(200);
		const m = changes.moved[0];
		const { body } = render(ChangesPanel, { props: { changes, selectedAccount: m.index } });
		expect(attrs(body, /data-testid="moved-account" data-account-id="([^"]+)"/g)).toHaveLength(200);
		expect(body).toContain(`Show 200 more`);
		expect(body).toContain('data-testid="move-detail"');
		expect(body).toContain(m.reasons[0].replace(/&/g, '&amp;').replace(/</g, '&lt;'));
	});

	it('imbalances and Lorenz legend carry the assessment', () => {
		const im = render(ImbalanceList, { props: { imbalances: before.imbalances } }).body;
		expect(before.imbalances.length).toBeGreaterThan(0);
		expect(attrs(im, /data-kind="(\w+)"/g)).toHaveLength(before.imbalances.length);
		const lz = render(LorenzChart, { props: { curves: after.lorenz } }).body;
		for (const m of after.balanced) {
			const g = Number(lz.match(new RegExp(`data-metric="${m}" data-gini="([^"]+)"`))?.[1]);
			expect(g).toBeCloseTo(after.scorecard[m].gini, 9);
		}
	});
});
