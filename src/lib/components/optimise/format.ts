/** Numbers in the solve progress read-out: gap, elapsed time, objective values. */

/** Relative gap (best - bound) / |best|, null when either is unknown. */
export function gap(best: number | null, bound: number | null): number | null {
	if (best === null || bound === null || !Number.isFinite(best) || !Number.isFinite(bound))
		return null;
	return Math.max(0, (best - bound) / Math.max(1e-9, Math.abs(best)));
}

export function formatGap(g: number | null): string {
	if (g === null) return '—';
	const pct = g * 100;
	if (pct < 0.01) return '0%';
	return `${pct.toLocaleString('en-US', { maximumFractionDigits: pct < 10 ? 2 : 1 })}%`;
}

/** "4.2 s" under a minute, "2 min 05 s" above. */
export function formatElapsed(seconds: number): string {
	if (!Number.isFinite(seconds) || seconds < 0) return '—';
	if (seconds < 60) return `${seconds.toFixed(1)} s`;
	const whole = Math.floor(seconds);
	const min = Math.floor(whole / 60);
	const sec = whole % 60;
	return `${min} min ${String(sec).padStart(2, '0')} s`;
}

export function formatObjective(v: number | null): string {
	if (v === null || !Number.isFinite(v)) return '—';
	return v.toLocaleString('en-US', { maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 2 });
}

/** Share of the time limit used, in [0, 1]; null without a limit. */
export function timeFraction(elapsed: number, limitSeconds: number | undefined): number | null {
	if (!limitSeconds || !(limitSeconds > 0) || !Number.isFinite(elapsed)) return null;
	return Math.min(1, Math.max(0, elapsed / limitSeconds));
}
