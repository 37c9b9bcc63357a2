import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings';
import { createRng } from '../samples/prng';
import {
	applyScenario,
	buildScenario,
	duplicateScenario,
	renameScenario,
	SCENARIO_VERSION
} from './scenario';
import { randomPlan, randomScenario, smallBook } from './test-fixtures';

describe('scenario', () => {
	it('stores only the accounts whose owner changes, plus locks, and applies back', () => {
		const book = smallBook();
		const { assignment, locked } = randomPlan(book, createRng(1), 40);
		const s = buildScenario(book, assignment, DEFAULT_SETTINGS, { name: 'West', locked });
		expect(s.version).toBe(SCENARIO_VERSION);
		expect(s.changes.moves).toHaveLength(40);
		expect(s.changes.locks).toHaveLength(locked.reduce((a, b) => a + b, 0));
		const back = applyScenario(book, s);
		if (!back.ok) throw new Error(back.error);
		expect([...back.assignment]).toEqual([...assignment]);
		expect([...back.locked]).toEqual([...locked]);
		expect(back.settings).toEqual(DEFAULT_SETTINGS);
	});

	it('round-trips random plans, including unassigned accounts', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const { book, scenario } = randomScenario(seed);
			const back = applyScenario(book, scenario);
			expect(back.ok).toBe(true);
			if (back.ok)
				expect(
					buildScenario(book, back.assignment, back.settings, { ...scenario, locked: back.locked })
						.changes
				).toEqual(scenario.changes);
		}
	});

	it('refuses a plan of the wrong length', () => {
		const book = smallBook();
		expect(() => buildScenario(book, new Int32Array(3), DEFAULT_SETTINGS, { name: 'x' })).toThrow(
			/3 entries but the book has 300/
		);
	});

	it('never applies silently to other data, and names the difference', () => {
		const { book, scenario } = randomScenario(3);
		const potential = Float64Array.from(book.accounts.metrics.potential);
		potential[0] += 5;
		const other = {
			...book,
			accounts: { ...book.accounts, metrics: { ...book.accounts.metrics, potential } }
		};
		const r = applyScenario(other, scenario);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error).toContain('was made on other data');
			expect(r.differences).toEqual(['Same accounts but potential values differ.']);
		}
		expect(applyScenario(other, scenario, { allowOtherData: true }).ok).toBe(true);
	});

	it('names unknown accounts and reps even when other data is allowed', () => {
		const { book, scenario } = randomScenario(4);
		const R = book.reps;
		const target = scenario.changes.moves.find(([, r]) => r !== '')![1];
		const reps = { ...R, id: R.id.map((id) => (id === target ? 'GONE' : id)) };
		const accounts = {
			...book.accounts,
			id: book.accounts.id.map((id, i) => (i === 0 ? 'NEW-1' : id))
		};
		const s = {
			...scenario,
			changes: {
				...scenario.changes,
				moves: [...scenario.changes.moves, [book.accounts.id[0], R.id[0]] as [string, string]]
			}
		};
		const r = applyScenario({ accounts, reps }, s, { allowOtherData: true });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.unknownAccounts).toEqual([book.accounts.id[0]]);
			expect(r.unknownReps).toEqual([target]);
			expect(r.error).toContain(`unknown account ${book.accounts.id[0]}`);
			expect(r.error).toContain(`unknown rep ${target}`);
		}
	});

	it('duplicates with a new id and renames as plain text', () => {
		const { scenario } = randomScenario(5);
		const copy = duplicateScenario(scenario);
		expect(copy.id).not.toBe(scenario.id);
		expect(copy.name).toBe(`${scenario.name} (copy)`);
		expect(copy.changes).toEqual(scenario.changes);
		expect(copy.changes).not.toBe(scenario.changes);
		const renamed = renameScenario(scenario, '  East\u0000\nplan  ' + 'x'.repeat(500));
		expect(renamed.name.startsWith('East  plan')).toBe(true);
		expect(renamed.name).toHaveLength(200);
		expect(scenario.name).not.toBe(renamed.name);
	});

	it('replays what-if edits on the base data and checks the base fingerprint', () => {
		const book = smallBook();
		const leaving = book.reps.id[0];
		const edits = [{ kind: 'rep-leaves', repId: leaving } as const];
		// On the edited book rep 0 is gone: its accounts go to the new rep 0 (the old rep 1).
		const plan = Int32Array.from(book.accounts.owner, (o) => Math.max(0, o - 1));
		const s = buildScenario(book, plan, DEFAULT_SETTINGS, { name: 'Leaves', edits });
		expect(s.edits).toEqual(edits);
		const theirs = [...book.accounts.owner].filter((o) => o === 0).length;
		expect(s.changes.moves).toHaveLength(theirs);
		const r = applyScenario(book, s);
		if (!r.ok) throw new Error(r.error);
		expect(r.book.reps.p).toBe(book.reps.p - 1);
		expect([...r.assignment]).toEqual([...plan]);
		expect(book.reps.id[0]).toBe(leaving);
		// Other base data: refused by the fingerprint even though the edits would still apply.
		const R = book.reps;
		const changed = { ...book, reps: { ...R, ramp: Float64Array.from(R.ramp, (x) => x / 2) } };
		const other = applyScenario(changed, s);
		expect(other.ok).toBe(false);
		if (!other.ok)
			expect(other.differences).toEqual(['Same reps but their ramp changed in the reps file.']);
		// Allowed other data where the edit cannot replay: a clear refusal, no exception.
		const without = {
			...book,
			reps: { ...R, id: R.id.map((id, j) => (j === 0 ? 'SOMEONE' : id)) }
		};
		const gone = applyScenario(without, s, { allowOtherData: true });
		expect(gone.ok).toBe(false);
		if (!gone.ok) expect(gone.error).toMatch(/cannot replay its what-if: Change 1 of 1: .*no rep/);
	});

	it('refuses to build from edits that do not apply', () => {
		const book = smallBook();
		expect(() =>
			buildScenario(book, book.accounts.owner, DEFAULT_SETTINGS, {
				name: 'x',
				edits: [{ kind: 'rep-leaves', repId: 'nobody' }]
			})
		).toThrow(/no rep “nobody”/);
	});
});
