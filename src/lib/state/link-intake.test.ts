/**
 * Link intake: a page hash becomes nothing, an error or a pending scenario with a prompt; the
 * pending scenario applies only to the data it was made on and otherwise says how the data differs
 * and leaves the planner untouched.
 */
import { describe, expect, it } from 'vitest';
import type { Book } from '$lib/core/book';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { generateBook } from '$lib/samples/generate';
import { createRng } from '$lib/samples/prng';
import { buildScenario } from '$lib/scenario/scenario';
import { encodeShareLink } from '$lib/scenario/share-link';
import { randomPlan } from '$lib/scenario/test-fixtures';
import { checkLinkData, isScenarioHash, readLinkHash } from './link-intake';
import { PlannerState } from './planner.svelte';
import { ScenarioState } from './scenarios.svelte';
import { noSolver } from './testing/fixtures';

const book = generateBook({ accounts: 300, reps: 9, seed: 5 }).book;

function linkFor(b: Book, name = 'Q3 <script>alert(1)</script>') {
	const { assignment, locked } = randomPlan(b, createRng(3), 25);
	for (let i = 0; i < assignment.length; i++) if (assignment[i] < 0) assignment[i] = 0;
	const scenario = buildScenario(b, assignment, DEFAULT_SETTINGS, { name, locked });
	const link = encodeShareLink(scenario);
	if (!link.ok) throw new Error(link.error);
	return { scenario, hash: link.hash, assignment, locked };
}

function otherBook(): Book {
	const potential = Float64Array.from(book.accounts.metrics.potential);
	potential[1] *= 2;
	return {
		...book,
		accounts: { ...book.accounts, metrics: { ...book.accounts.metrics, potential } }
	};
}

describe('link intake', () => {
	it('ignores hashes that are not scenario links', () => {
		for (const h of ['', '#', '#about', '#/plan'])
			expect(readLinkHash(h)).toEqual({ kind: 'none' });
		expect(isScenarioHash('#s1.abc')).toBe(true);
	});

	it('turns a damaged or foreign link into an error', () => {
		const { hash } = linkFor(book);
		const cut = readLinkHash(hash.slice(0, hash.length - 20));
		expect(cut.kind).toBe('error');
		const edited = readLinkHash(hash.slice(0, 30) + '!' + hash.slice(31));
		expect(edited.kind).toBe('error');
		const newer = readLinkHash('#s9.AAAA');
		expect(newer.kind === 'error' && newer.error).toContain('newer version');
		expect(readLinkHash('#sx').kind).toBe('error');
	});

	it('holds a good link with a prompt naming the data it needs, as plain text', () => {
		const { hash, scenario } = linkFor(book);
		const r = readLinkHash(hash);
		if (r.kind !== 'pending') throw new Error('expected pending');
		expect(r.scenario.name).toBe(scenario.name);
		expect(r.prompt).toBe(
			'This link holds the scenario “Q3 <script>alert(1)</script>” for data with 300 accounts and 9 reps; load those files to open it.'
		);
	});

	it('checks the loaded data and explains how it differs', () => {
		const { scenario } = linkFor(book);
		expect(checkLinkData(scenario, book)).toEqual({ same: true });
		const check = checkLinkData(scenario, otherBook());
		expect(check.same).toBe(false);
		if (!check.same) {
			expect(check.differences).toEqual(['Same accounts but potential values differ.']);
			expect(check.error).toContain('(300 accounts, 9 reps)');
		}
	});
});

describe('ScenarioState link intake', () => {
	it('applies a pending link once the same data is loaded, and adds it to the list', () => {
		const { hash, assignment, locked } = linkFor(book, 'From link');
		const state = new ScenarioState();
		state.intakeLink(hash);
		expect(state.pendingLink?.prompt).toContain('300 accounts and 9 reps');
		const planner = new PlannerState(book, noSolver);
		expect(state.applyPendingLink(planner)).toBe(true);
		expect([...planner.assignment]).toEqual([...assignment]);
		expect([...planner.session.locked]).toEqual([...locked]);
		expect(state.list.map((s) => s.name)).toEqual(['From link']);
		expect(state.pendingLink).toBeNull();
		expect(state.linkError).toBeNull();
	});

	it('keeps the link pending and the plan untouched when other data is loaded', () => {
		const { hash } = linkFor(book);
		const state = new ScenarioState();
		state.intakeLink(hash);
		const planner = new PlannerState(otherBook(), noSolver);
		const before = Int32Array.from(planner.assignment);
		expect(state.applyPendingLink(planner)).toBe(false);
		expect(state.linkError).toContain('potential values differ');
		expect(state.pendingLink).not.toBeNull();
		expect(planner.version).toBe(0);
		expect([...planner.assignment]).toEqual([...before]);
		expect(state.list).toEqual([]);
	});

	it('reports a tampered link and holds nothing', () => {
		const { hash } = linkFor(book);
		const state = new ScenarioState();
		state.intakeLink(hash.slice(0, -10));
		expect(state.linkError).toMatch(/This link is damaged/);
		expect(state.pendingLink).toBeNull();
		expect(state.applyPendingLink(new PlannerState(book, noSolver))).toBe(false);
	});
});
