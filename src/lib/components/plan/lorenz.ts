/** Geometry of Lorenz curves for the chart: the Gini read off a curve and its SVG path. */
import type { LorenzPoint } from '$lib/planner/assessment';

/**
 * Gini as 1 − 2 × the area under the curve (trapezoids). On the curve of p sorted values this is
 * exactly the discrete Gini of those values, so the legend matches the scorecard.
 */
export function lorenzGini(points: readonly LorenzPoint[]): number {
	let area = 0;
	for (let k = 1; k < points.length; k++)
		area += ((points[k].x - points[k - 1].x) * (points[k].y + points[k - 1].y)) / 2;
	return points.length < 2 ? 0 : Math.max(0, 1 - 2 * area);
}

/** "M x y L x y ..." in pixels; points outside [0, 1] are clamped so a bad curve stays in frame. */
export function curvePath(
	points: readonly LorenzPoint[],
	x: (v: number) => number,
	y: (v: number) => number
): string {
	const clamp = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0);
	return points
		.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(clamp(p.x)).toFixed(1)} ${y(clamp(p.y)).toFixed(1)}`)
		.join(' ');
}
