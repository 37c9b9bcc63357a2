/**
 * Scales and axis ticks for the planner's small SVG charts. Ticks land on 1, 2, 2.5 or 5 × 10^k
 * so axis labels read as round numbers an analyst can quote.
 */

export interface LinearScale {
	(value: number): number;
	domain: [number, number];
	range: [number, number];
}

/** Maps [d0, d1] onto [r0, r1]; a degenerate domain maps everything to the range's start. */
export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	const scale = ((v: number) =>
		span === 0 || !Number.isFinite(span) ? r0 : r0 + ((v - d0) / span) * (r1 - r0)) as LinearScale;
	scale.domain = [d0, d1];
	scale.range = [r0, r1];
	return scale;
}

/** A round step near span / count: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || !Number.isFinite(span) || !(count > 0)) return 1;
	const raw = span / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const f = raw / power;
	const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
	return nice * power;
}

/**
 * About `count` round ticks covering [min, max]: the first tick is ≤ min and the last ≥ max, so
 * the ticks' ends can serve as the chart's domain.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
	if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
	if (min > max) [min, max] = [max, min];
	if (min === max) {
		if (min === 0) return [0, 1];
		const pad = Math.abs(min) * 0.5;
		return niceTicks(min - pad, max + pad, count);
	}
	const step = niceStep(max - min, count);
	const first = Math.floor(min / step + 1e-9);
	const last = Math.ceil(max / step - 1e-9);
	const ticks: number[] = [];
	// Multiplying (not accumulating) keeps 0.1 + 0.2 style drift out of the labels.
	for (let k = first; k <= last; k++) ticks.push(roundTo(k * step, step));
	return ticks;
}

function roundTo(value: number, step: number): number {
	const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
	const r = Number(value.toFixed(Math.min(20, digits)));
	return Object.is(r, -0) ? 0 : r;
}

/** Domain [0, top] for bar charts of non-negative values, top a round tick ≥ every value. */
export function barDomain(values: number[], count = 5): { ticks: number[]; max: number } {
	const top = values.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, v) : m), 0);
	const ticks = niceTicks(0, top, count);
	return { ticks, max: ticks[ticks.length - 1] };
}
