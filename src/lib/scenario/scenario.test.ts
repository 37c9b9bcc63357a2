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
});
