/**
 * ScenarioState over a real PlannerState on a generated book: saving keeps the plan, locks,
 * settings and a metric summary; opening puts it back as one undoable step; other data or a
 * what-if without a handler changes nothing; comparison, links and files round-trip.
 */
import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import { createRng } from '$lib/samples/prng';
import { randomPlan } from '$lib/scenario/test-fixtures';
import { decodeShareLink } from '$lib/scenario/share-link';
import type { Book } from '$lib/core/book';
import { PlannerState } from './planner.svelte';
import { MAX_COMPARE, ScenarioState, type ScenarioTarget } from './scenarios.svelte';
import { fingerprint } from '$lib/scenario/fingerprint';
import { applyBookEdits } from '$lib/whatif/book-edits';
import { noSolver } from './testing/fixtures';

const book = generateBook({ accounts: 400, reps: 10, seed: 11 }).book;

function plannerWithPlan(seed: number, moves = 30) {
	const planner = new PlannerState(book, noSolver);
	const { assignment, locked } = randomPlan(book, createRng(seed), moves);
	for (let i = 0; i < assignment.length; i++) if (assignment[i] < 0) assignment[i] = 0;
	planner.applyPlan(assignment, null, `plan ${seed}`, locked);
	return { planner, assignment, locked };
}

describe('ScenarioState', () => {
	it('saves the working plan with its locks, settings and a metric summary', () => {
		const { planner, assignment, locked } = plannerWithPlan(1);
		const state = new ScenarioState();
		const s = state.saveCurrent(planner, 'West first', 'why: <b>notes</b>');
		expect(s).not.toBeNull();
		expect(state.list.map((x) => x.name)).toEqual(['West first']);
		expect(s!.notes).toBe('why: <b>notes</b>');
		expect(s!.changes.moves.length).toBe(
			assignment.reduce((n, j, i) => n + (j !== book.accounts.owner[i] ? 1 : 0), 0)
		);
		expect(s!.changes.locks.length).toBe(locked.reduce((a, b) => a + b, 0));
		expect(s!.metrics!.moved).toBe(planner.assessment.metrics.moves.count);
		expect(s!.metrics!.cvPotential).toBeCloseTo(planner.assessment.metrics.fairness.potential.cv);
		expect(s!.metrics!.travelKm).toBeCloseTo(planner.assessment.metrics.travel.total);
	});

	it('opens a saved plan back onto the planner as one undoable step', () => {
		const { planner, assignment, locked } = plannerWithPlan(2);
		const state = new ScenarioState();
		const s = state.saveCurrent(planner, 'A')!;
		const other = plannerWithPlan(3).assignment;
		planner.applyPlan(other, null, 'other');
		expect([...planner.assignment]).toEqual([...other]);
		const v = planner.version;
		expect(state.open(s.id, planner)).toBe(true);
		expect(planner.version).toBeGreaterThan(v);
		expect([...planner.assignment]).toEqual([...assignment]);
		expect([...planner.session.locked]).toEqual([...locked]);
		expect(planner.history.undo).toContain('Open “A”');
	});

	it('refuses a scenario made on other data and leaves the plan untouched', () => {
		const { planner } = plannerWithPlan(4);
		const state = new ScenarioState();
		const s = state.saveCurrent(planner, 'Mine')!;
		const potential = Float64Array.from(book.accounts.metrics.potential);
		potential[5] += 100;
		const otherBook: Book = {
			...book,
			accounts: { ...book.accounts, metrics: { ...book.accounts.metrics, potential } }
		};
		const otherPlanner = new PlannerState(otherBook, noSolver);
		const before = Int32Array.from(otherPlanner.assignment);
		const v = otherPlanner.version;
		expect(state.open(s.id, otherPlanner)).toBe(false);
		expect(state.message?.kind).toBe('error');
		expect(state.message?.text).toContain('was made on other data');
		expect(state.message?.text).toContain('potential values differ');
		expect(otherPlanner.version).toBe(v);
		expect([...otherPlanner.assignment]).toEqual([...before]);
	});

	it('opens a what-if in the what-if planner of its target, or refuses it without one', () => {
		const base = new PlannerState(book, noSolver);
		const edits = [{ kind: 'rep-capacity' as const, repId: book.reps.id[0], ramp: 0.5 }];
		let whatIf: PlannerState | null = null;
		const target: ScenarioTarget = {
			base: book,
			basePlanner: base,
			get planner() {
				return whatIf ?? base;
			},
			get edits() {
				return whatIf ? edits : [];
			},
			openWhatIf: (_name, e) => {
				const edited = applyBookEdits(book, e);
				if (!edited.ok) return { ok: false, error: edited.error };
				whatIf = new PlannerState(edited.book, noSolver);
				return { ok: true, planner: whatIf };
			},
			closeWhatIf: () => (whatIf = null)
		};
		target.openWhatIf('Half ramp', edits);
		const moved = Int32Array.from(target.planner.assignment);
		moved[0] = (Math.max(moved[0], 0) + 1) % book.reps.p;
		target.planner.applyPlan(moved, null, 'edit');
		const state = new ScenarioState();
		const s = state.saveCurrent(target, 'Half ramp')!;
		expect(s.edits).toEqual(edits);
		expect(s.fingerprint.hash).toBe(fingerprint(book).hash);

		const v = base.version;
		expect(state.openScenario(s, base)).toBe(false);
		expect(state.message?.text).toContain('is a what-if (1 change to the data)');
		expect(base.version).toBe(v);

		target.closeWhatIf();
		expect(state.openScenario(s, target)).toBe(true);
		const reopened = target.planner as PlannerState;
		expect(reopened).not.toBe(base);
		expect(reopened.book.reps.ramp[0]).toBe(0.5);
		expect([...reopened.assignment]).toEqual([...moved]);
		expect(base.version).toBe(v);

		const plain = state.saveCurrent(base, 'Plain')!;
		expect(state.openScenario(plain, target)).toBe(true);
		expect(target.planner).toBe(base);
	});

	it('duplicates, renames and removes, dropping removed ids from the comparison', () => {
		const { planner } = plannerWithPlan(6);
		const state = new ScenarioState();
		const a = state.saveCurrent(planner, 'A')!;
		const b = state.saveCurrent(planner, '')!;
		expect(b.name).toBe('Plan 2');
		const copy = state.duplicate(a.id)!;
		expect(state.list.map((s) => s.name)).toEqual(['A', 'A (copy)', 'Plan 2']);
		expect(copy.changes).toEqual(a.changes);
		expect(state.rename(copy.id, '  Bold\u0000move ')).toBe(true);
		expect(state.get(copy.id)!.name).toBe('Bold move');
		expect(state.rename(copy.id, '   ')).toBe(false);
		state.toggleCompare(a.id);
		state.toggleCompare(copy.id);
		expect(state.canCompare).toBe(true);
		expect(state.remove(copy.id)).toBe(true);
		expect(state.compareIds).toEqual([a.id]);
		expect(state.canCompare).toBe(false);
		expect(state.remove('nope')).toBe(false);
	});

	it('compares at most four, each with a full assessment that matches the planner', () => {
		const state = new ScenarioState();
		const planners = [7, 8, 9, 10, 11].map((seed) => plannerWithPlan(seed).planner);
		const saved = planners.map((p, k) => state.saveCurrent(p, `S${k}`)!);
		for (const s of saved) state.toggleCompare(s.id);
		expect(state.compareIds).toHaveLength(MAX_COMPARE);
		expect(state.message?.text).toContain('at most 4');
		const ev = state.evaluate(saved[1], book);
		if (!ev.ok) throw new Error(ev.error);
		expect([...ev.assignment]).toEqual([...planners[1].assignment]);
		expect(ev.assessment.metrics.fairness.potential.cv).toBeCloseTo(
			planners[1].assessment.metrics.fairness.potential.cv,
			12
		);
		expect(state.evaluate(saved[1], book)).toBe(ev);
		state.rename(saved[1].id, 'renamed');
		expect(state.evaluate(state.get(saved[1].id)!, book)).not.toBe(ev);
	});

	it('shares as a link that decodes to the same scenario, and round-trips files', () => {
		const { planner } = plannerWithPlan(12);
		const state = new ScenarioState();
		const s = state.saveCurrent(planner, 'Shared')!;
		const link = state.shareLink(s.id);
		if (!link?.ok) throw new Error('link failed');
		expect(link.hash.startsWith('#s1.')).toBe(true);
		const back = decodeShareLink(link.hash);
		if (!back.ok) throw new Error(back.error);
		const sorted = (x: typeof s) => ({
			...x,
			changes: { moves: [...x.changes.moves].sort(), locks: [...x.changes.locks].sort() }
		});
		expect(sorted(back.scenario)).toEqual(sorted(s));
		const file = state.exportFile()!;
		expect(file.name).toBe('Shared.carve.json');
		const other = new ScenarioState();
		expect(other.importFile(file.text, file.name)).toBe(1);
		expect(other.list[0]).toEqual(s);
		expect(other.importFile(file.text, file.name)).toBe(1);
		expect(other.list[1].id).not.toBe(s.id);
		expect(other.importFile('{"format":"nope"}', 'bad.json')).toBe(0);
		expect(other.message?.text).toContain('bad.json is not a usable scenario file');
		expect(other.list).toHaveLength(2);
	});
});
