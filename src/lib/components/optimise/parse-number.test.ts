import { describe, expect, it } from 'vitest';
import { fromPercent, parseNumber, parseTolerance, toPercent } from './parse-number';

describe('parseNumber', () => {
	const range = { min: 0, max: 10 };
	it('accepts plain, decimal, thousands-separated and percent text', () => {
		expect(parseNumber('3', range)).toEqual({ ok: true, value: 3, note: null });
		expect(parseNumber(' 2.5 ', range)).toEqual({ ok: true, value: 2.5, note: null });
		expect(parseNumber('.5', range)).toEqual({ ok: true, value: 0.5, note: null });
		expect(parseNumber('1,200', { min: 0, max: 1e9 })).toEqual({
			ok: true,
			value: 1200,
			note: null
		});
		expect(parseNumber('5%', range)).toEqual({ ok: true, value: 5, note: null });
	});
	it('clamps into range and says so', () => {
		const hi = parseNumber('80', range);
		expect(hi).toMatchObject({ ok: true, value: 10 });
		expect(hi.ok && hi.note).toMatch(/maximum, 10/);
		const lo = parseNumber('-3', range);
		expect(lo).toMatchObject({ ok: true, value: 0 });
		expect(lo.ok && lo.note).toMatch(/minimum, 0/);
	});
	it('rounds when whole numbers are needed', () => {
		const r = parseNumber('12.6', { min: 0, max: 100, integer: true });
		expect(r).toMatchObject({ ok: true, value: 13 });
		expect(r.ok && r.note).toMatch(/Rounded to 13/);
	});
	it.each(['', '   ', 'abc', '1.2.3', '12x', 'NaN', 'Infinity', '--1', '1e999'])(
		'refuses %j without producing a number',
		(text) => {
			const r = parseNumber(text, range);
			expect(r.ok).toBe(false);
			expect(!r.ok && r.message).toMatch(/from 0 to 10/);
		}
	);
});

describe('parseTolerance', () => {
	it('reads percent and returns a fraction', () => {
		expect(parseTolerance('5')).toEqual({ ok: true, value: 0.05, note: null });
		expect(parseTolerance('7')).toEqual({ ok: true, value: 0.07, note: null });
		expect(parseTolerance('12.5 %')).toEqual({ ok: true, value: 0.125, note: null });
	});
	it('clamps to 1-50 %', () => {
		expect(parseTolerance('0')).toMatchObject({ ok: true, value: 0.01 });
		expect(parseTolerance('80')).toMatchObject({ ok: true, value: 0.5 });
	});
	it('refuses text', () => {
		expect(parseTolerance('five').ok).toBe(false);
	});
});

describe('percent conversion', () => {
	it('round-trips without float noise', () => {
		for (const f of [0.01, 0.05, 0.07, 0.1, 0.15, 0.33, 0.5]) {
			expect(fromPercent(toPercent(f))).toBe(f);
			expect(Number.isInteger(toPercent(f) * 1)).toBe(true);
		}
	});
});
