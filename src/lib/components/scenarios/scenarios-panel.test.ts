/**
 * Markup tests (server render) for the scenarios panel, compare view and link banner: rows with
 * their names and metrics, compare enabled only for 2-4, hostile names and link errors escaped.
 */
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import type { CompareMap } from './compare';
import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import { PlannerState } from '$lib/state/planner.svelte';
import { ScenarioState } from '$lib/state/scenarios.svelte';
import CompareView from './compare-view.svelte';
import LinkBanner from './link-banner.svelte';
import ScenariosPanel from './scenarios-panel.svelte';
import { noSolver } from '../../state/testing/fixtures';

const book = generateBook({ accounts: 200, reps: 6, seed: 4 }).book;
const HOSTILE = '<img src=x onerror=alert(1)>';

function setup() {
	const planner = new PlannerState(book, noSolver);
	const scenarios = new ScenarioState();
	const a = scenarios.saveCurrent(planner, 'Today')!;
	const moved = Int32Array.from(planner.assignment);
	for (let i = 0; i < 20; i++) moved[i] = (Math.max(moved[i], 0) + 1) % book.reps.p;
	planner.applyPlan(moved, null, 'moved');
	const b = scenarios.saveCurrent(planner, HOSTILE)!;
	return { planner, scenarios, a, b };
}

function disabled(body: string, testid: string): boolean {
	const at = body.indexOf(`data-testid="${testid}"`);
	expect(at, testid).toBeGreaterThan(-1);
	const open = body.slice(body.lastIndexOf('<', at), body.indexOf('>', at) + 1);
	return /\sdisabled(=|\s|>)/.test(open);
}

describe('scenarios panel markup', () => {
	it('lists saved scenarios with escaped names and enables compare for two', () => {
		const { planner, scenarios, a, b } = setup();
		let body = render(ScenariosPanel, { props: { scenarios, planner } }).body;
		expect(body.match(/data-testid="scenario-row"/g)).toHaveLength(2);
		expect(body).toContain('data-name="Today"');
		expect(body).not.toContain(HOSTILE);
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(disabled(body, 'compare-selected')).toBe(true);
		scenarios.toggleCompare(a.id);
		scenarios.toggleCompare(b.id);
		body = render(ScenariosPanel, { props: { scenarios, planner } }).body;
		expect(disabled(body, 'compare-selected')).toBe(false);
	});

	it('compares two scenarios: cards, 20 differing accounts, one map each', () => {
		const { planner, scenarios, a, b } = setup();
		const body = render(CompareView, {
			props: {
				scenarios,
				book: planner.book,
				chosen: [a, b],
				map: createRawSnippet((m: () => CompareMap) => ({
					render: () => `<div data-testid="compare-map-${m().index}">${m().assignment.length}</div>`
				}))
			}
		}).body;
		expect(body.match(/data-testid="compare-card"/g)).toHaveLength(2);
		expect(body).toMatch(/20 accounts differ/);
		expect(body).toContain('data-testid="compare-map-0"');
		expect(body).toContain('data-testid="compare-map-1"');
		expect(body).not.toContain(HOSTILE);
	});

	it('shows a damaged link as text in the error banner', () => {
		const scenarios = new ScenarioState();
		scenarios.intakeLink('#s1.<script>');
		const body = render(LinkBanner, { props: { scenarios } }).body;
		expect(body).toContain('data-testid="link-error"');
		expect(body).toContain('This link is damaged');
		expect(body).not.toContain('<script>');
	});
});
