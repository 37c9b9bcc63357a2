/** Point buffers: marks follow the flags and colours, and untouched attributes keep their identity. */
import { describe, expect, it } from 'vitest';
import { MOVED, SELECTED } from './emphasis';
import { pointBuffers, setPointColors, setPointFlags } from './point-buffers';

const points = {
	lon: [-100, -90, -80],
	lat: [30, 40, 50],
	colors: Uint8Array.of(255, 0, 0, 0, 255, 0, 0, 0, 255),
	flags: Uint8Array.of(MOVED, 0, MOVED | SELECTED)
};

describe('point buffers', () => {
	it('gathers moved and selected points with their positions and colours', () => {
		const b = pointBuffers(points);
		expect(b.length).toBe(3);
		expect(Array.from(b.moved.position.value)).toEqual([-100, 30, -80, 50]);
		expect(Array.from(b.selected.position.value)).toEqual([-80, 50]);
		expect(Array.from(b.selected.color.value)).toEqual([0, 0, 255, 255]);
		expect(b.color.value).toHaveLength(12);
	});

	it('recolours and reflags without rebuilding positions', () => {
		const b = pointBuffers({ ...points, flags: null });
		const position = b.position;
		expect(b.moved.position.value).toHaveLength(0);
		setPointFlags(b, Uint8Array.of(0, SELECTED, 0));
		expect(Array.from(b.selected.position.value)).toEqual([-90, 40]);
		setPointColors(b, Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
		expect(Array.from(b.selected.color.value)).toEqual([4, 5, 6, 255]);
		setPointFlags(b, null);
		expect(b.selected.position.value).toHaveLength(0);
		expect(b.position).toBe(position);
	});
});
