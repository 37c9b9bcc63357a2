/** A plan's lock mask replaces the session's locks in at most two undoable steps. */
import { describe, expect, it } from 'vitest';
import { createMetricsContext } from '$lib/metrics/context';
import { EditSession } from '$lib/planner/edit-session';
import { DEFAULT_SETTINGS } from '$lib/core/settings';
import { generateBook } from '$lib/samples/generate';
import { syncLocks } from './session-locks';

const book = generateBook({ accounts: 6, reps: 2, seed: 5 }).book;

describe('syncLocks', () => {
	it('locks and unlocks to match, each as its own undo step', () => {
		const session = new EditSession(
			book,
			createMetricsContext(book, DEFAULT_SETTINGS),
			Int32Array.from(book.accounts.owner),
			{ locked: Uint8Array.of(1, 1, 0, 0, 0, 0) }
		);
		syncLocks(session, Uint8Array.of(0, 1, 1, 0, 0, 1), 'Scenario');
		expect(Array.from(session.locked)).toEqual([0, 1, 1, 0, 0, 1]);
		expect(session.undoLabel).toContain('Scenario: unlocks');
		session.undo();
		expect(Array.from(session.locked)).toEqual([1, 1, 1, 0, 0, 1]);
		syncLocks(session, Uint8Array.from(session.locked), 'Same');
		expect(session.undoLabel).not.toContain('Same');
	});
});
