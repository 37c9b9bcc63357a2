/**
 * Text typed into a numeric field, checked before it reaches PlanSettings: clamped into range,
 * rounded when whole numbers are needed, and refused with a message when it is not a number,
 * so settings never hold NaN.
 */

export interface NumberRange {
	min: number;
	max: number;
	/** Round to a whole number. */
	integer?: boolean;
}

export type ParsedNumber =
	{ ok: true; value: number; note: string | null } | { ok: false; message: string };

function show(v: number): string {
	return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Accepts "12", "12.5", " 1,200 ", "5%" (the unit is the field's, so a trailing % is allowed). */
export function parseNumber(text: string, range: NumberRange): ParsedNumber {
	const cleaned = text.trim().replace(/,/g, '').replace(/%$/, '').trim();
	const expected = `Enter a number from ${show(range.min)} to ${show(range.max)}`;
	if (cleaned === '') return { ok: false, message: `${expected}.` };
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned))
		return { ok: false, message: `“${text.trim()}” is not a number. ${expected}.` };
	const raw = Number(cleaned);
	if (!Number.isFinite(raw)) return { ok: false, message: `${expected}.` };
	let value = range.integer ? Math.round(raw) : raw;
	let note: string | null = null;
	if (value < range.min) {
		value = range.min;
		note = `Raised to the minimum, ${show(range.min)}.`;
	} else if (value > range.max) {
		value = range.max;
		note = `Lowered to the maximum, ${show(range.max)}.`;
	} else if (value !== raw) note = `Rounded to ${show(value)}.`;
	return { ok: true, value, note };
}

/** A fraction (0.05) as the percent shown in a field (5), without float noise like 7.000000001. */
export function toPercent(fraction: number): number {
	return Math.round(fraction * 100 * 1e6) / 1e6;
}

export function fromPercent(percent: number): number {
	return Math.round(percent * 1e6) / 1e8;
}

/** Balance tolerance as typed in percent: 1-50 %, returned as a fraction. */
export function parseTolerance(text: string): ParsedNumber {
	const p = parseNumber(text, { min: 1, max: 50 });
	return p.ok ? { ...p, value: fromPercent(p.value) } : p;
}
