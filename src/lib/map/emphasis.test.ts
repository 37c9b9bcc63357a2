import { describe, expect, it } from 'vitest';
import { emphasisFlags, gatherFlagged, interleave, MOVED, rgba, SELECTED } from './emphasis';

describe('emphasis', () => {
	it('flags moved and selected points', () => {
		const flags = emphasisFlags(
			Int32Array.of(0, 1, 2, -1),
			Int32Array.of(0, 2, 2, 3),
			Uint8Array.of(1, 0, 1, 1)
		);
		expect([...flags]).toEqual([SELECTED, MOVED, SELECTED, MOVED | SELECTED]);
		expect([...emphasisFlags([1, 2], [1, 1], null)]).toEqual([0, MOVED]);
	});

	it('reuses an output buffer of the right length only', () => {
		const out = new Uint8Array(2).fill(9);
		expect(emphasisFlags([1, 2], [1, 2], null, out)).toBe(out);
		expect([...out]).toEqual([0, 0]);
		expect(emphasisFlags([1], [1], null, out)).not.toBe(out);
	});

	it('gathers the positions and colours of flagged points', () => {
		const positions = interleave(Float64Array.of(-74, -118, -87), Float64Array.of(40.5, 34, 41.75));
		expect([...positions]).toEqual([-74, 40.5, -118, 34, -87, 41.75]);
		const colors = rgba(Uint8Array.of(1, 1, 1, 2, 2, 2, 3, 3, 3));
		const flags = Uint8Array.of(MOVED, MOVED | SELECTED, 0);
		const moved = gatherFlagged(flags, MOVED, positions, colors);
		expect([...moved.positions]).toEqual([-74, 40.5, -118, 34]);
		expect([...moved.colors]).toEqual([1, 1, 1, 255, 2, 2, 2, 255]);
		const selected = gatherFlagged(flags, SELECTED, positions, colors);
		expect([...selected.positions]).toEqual([-118, 34]);
		expect([...selected.colors]).toEqual([2, 2, 2, 255]);
		expect(gatherFlagged(new Uint8Array(3), SELECTED, positions, colors).positions.length).toBe(0);
	});

	it('adds an opaque alpha channel to RGB colours', () => {
		expect([...rgba(Uint8Array.of(1, 2, 3, 4, 5, 6))]).toEqual([1, 2, 3, 255, 4, 5, 6, 255]);
		expect(rgba(new Uint8Array(0)).length).toBe(0);
	});
});
