import { describe, expect, it } from 'vitest';
import {
	combineModeOf,
	extendLasso,
	isDrag,
	modifiersOf,
	screenBox,
	screenBoxToLonLat,
	screenPolygonToLonLat,
	svgPoints,
	wrapLon,
	type ScreenPoint
} from './select-geometry';

/** A plate carrée view: x = 0..360 px is lon -180..180 shifted by `panned` degrees, y = 0..180 is lat 90..-90. */
const plate =
	(panned = 0) =>
	([x, y]: ScreenPoint) => [x - 180 + panned, 90 - y];

describe('select geometry', () => {
	it('normalises a rectangle dragged in any direction', () => {
		const box = { x: 10, y: 20, width: 30, height: 40 };
		expect(screenBox([10, 20], [40, 60])).toEqual(box);
		expect(screenBox([40, 60], [10, 20])).toEqual(box);
		expect(screenBox([40, 20], [10, 60])).toEqual(box);
	});

	it('turns a screen rectangle into a west/south/east/north box', () => {
		const rect = screenBoxToLonLat(screenBox([100, 90], [60, 40]), plate());
		expect(rect).toEqual({ west: -120, south: 0, east: -80, north: 50 });
	});

	it('wraps longitudes of a panned-around map and marks antimeridian crossings', () => {
		expect(wrapLon(190)).toBe(-170);
		expect(wrapLon(-190)).toBe(170);
		expect(wrapLon(540)).toBe(-180);
		expect(wrapLon(-180)).toBe(-180);
		// Panned one full turn east: same box as unpanned.
		const rect = screenBoxToLonLat(screenBox([60, 40], [100, 90]), plate(360));
		expect(rect).toEqual({ west: -120, south: 0, east: -80, north: 50 });
		const crossing = screenBoxToLonLat(screenBox([350, 40], [370, 90]), plate());
		expect(crossing.west).toBeGreaterThan(crossing.east);
		expect(crossing).toEqual({ west: 170, south: 0, east: -170, north: 50 });
		const world = screenBoxToLonLat(screenBox([-100, 0], [400, 90]), plate());
		expect([world.west, world.east]).toEqual([-180, 180]);
	});

	it('unprojects a lasso ring and keeps it continuous', () => {
		const ring = screenPolygonToLonLat(
			[
				[0, 0],
				[10, 0],
				[10, 10]
			],
			plate(360)
		);
		expect(ring).toEqual([
			[-180, 90],
			[-170, 90],
			[-170, 80]
		]);
		expect(screenPolygonToLonLat([], plate())).toEqual([]);
	});

	it('thins a lasso path to steps of a few pixels', () => {
		const path: ScreenPoint[] = [];
		expect(extendLasso(path, [0, 0])).toBe(true);
		expect(extendLasso(path, [1, 1])).toBe(false);
		expect(extendLasso(path, [3, 0])).toBe(true);
		expect(path).toEqual([
			[0, 0],
			[3, 0]
		]);
		expect(svgPoints(path)).toBe('0.0,0.0 3.0,0.0');
	});

	it('tells clicks from drags', () => {
		expect(isDrag([0, 0], [3, -4])).toBe(false);
		expect(isDrag([0, 0], [5, 0])).toBe(true);
		expect(isDrag([0, 0], [0, -5])).toBe(true);
	});

	it('maps modifier keys to combine modes', () => {
		expect(combineModeOf(modifiersOf({}))).toBe('replace');
		expect(combineModeOf(modifiersOf({ shiftKey: true }))).toBe('add');
		expect(combineModeOf(modifiersOf({ altKey: true }))).toBe('subtract');
		expect(combineModeOf(modifiersOf({ ctrlKey: true }))).toBe('toggle');
		expect(combineModeOf(modifiersOf({ metaKey: true, shiftKey: true }))).toBe('toggle');
	});
});
