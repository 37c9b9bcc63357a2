/** Choosing and recognising presets leaves the user's own manual locks and time limit alone. */
import { describe, expect, it } from 'vitest';
import { generateBook } from '$lib/samples/generate';
import { presets } from '$lib/planner/presets';
import { copySettings } from '$lib/scenario/scenario';
import { matchPreset, presetSettings } from './preset-match';

const book = generateBook({ accounts: 50, reps: 4, seed: 3 }).book;
const all = presets(book, 5);

describe('preset matching', () => {
	it('ignores manual locks and the time limit but not other edits', () => {
		const s = copySettings(all[1].settings);
		s.timeLimitSeconds = 99;
		s.locks.manual = { a1: 'r0' };
		expect(matchPreset(all, s)).toBe(all[1].id);
		s.weights.travel += 123;
		expect(matchPreset(all, s)).toBeNull();
	});

	it('keeps the current manual locks and time limit when a preset is chosen', () => {
		const current = copySettings(all[0].settings);
		current.timeLimitSeconds = 42;
		current.locks.manual = { a7: 'r2' };
		const next = presetSettings(all[1], current);
		expect(next.timeLimitSeconds).toBe(42);
		expect(next.locks.manual).toEqual({ a7: 'r2' });
		expect(next.locks.manual).not.toBe(current.locks.manual);
		expect(matchPreset(all, next)).toBe(all[1].id);
	});
});
