/**
 * Number formatting for the plan views (Intl, en-US). Missing values read as an em dash and an
 * unbounded ratio as ∞, never "NaN" or "Infinity".
 */

const DASH = '—';
const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-US', options);
		cache.set(key, f);
	}
	return f;
}

function special(v: number): string | null {
	if (Number.isNaN(v)) return DASH;
	if (v === Infinity) return '∞';
	if (v === -Infinity) return '−∞';
	return null;
}

/** Grouped number with at most (`fixed`: exactly) `digits` decimals: 12,345.6 */
export function formatNumber(v: number, digits = 0, fixed = false): string {
	return (
		special(v) ??
		formatter(`n${digits}${fixed ? 'f' : ''}`, {
			maximumFractionDigits: digits,
			minimumFractionDigits: fixed ? digits : 0
		}).format(Object.is(v, -0) ? 0 : v)
	);
}

/** Short form for large amounts: 1.2M, 345K, 87. */
export function formatCompact(v: number): string {
	const digits = Math.abs(v) >= 1000 ? 1 : 0;
	return (
		special(v) ??
		formatter(`c${digits}`, { notation: 'compact', maximumFractionDigits: digits }).format(v)
	);
}

/** Share as a percentage: 0.153 → 15.3%. */
export function formatPercent(v: number, digits = 0): string {
	return (
		special(v) ??
		formatter(`p${digits}`, { style: 'percent', maximumFractionDigits: digits }).format(v)
	);
}

/** Ratio with a times sign: 2.31× */
export function formatRatio(v: number, digits = 2): string {
	return special(v) ?? `${formatNumber(v, digits)}×`;
}

/** Signed difference for before → after cells: +0.012, −3.4%. */
export function formatDelta(v: number, format: (x: number) => string): string {
	if (Number.isNaN(v)) return DASH;
	if (v === 0) return '±0';
	return `${v > 0 ? '+' : '−'}${format(Math.abs(v))}`;
}
