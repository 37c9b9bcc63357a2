/**
 * Fairness statistics of per-rep values (loads divided by each rep's ramp, so a half-ramped rep
 * carrying half a territory counts as even). All O(p) except Gini (O(p log p)).
 */

export interface Fairness {
	mean: number;
	/** Population standard deviation. */
	std: number;
	/** Coefficient of variation std / mean (0 when the mean is 0). */
	cv: number;
	/** Gini coefficient in [0, 1). */
	gini: number;
	/** max / min; Infinity when some rep has 0 and another more. */
	maxMinRatio: number;
	/** Largest |value - target| / target over reps with a positive target. */
	maxDeviation: number;
}

export function gini(values: ArrayLike<number>): number {
	const v = Float64Array.from(values).sort();
	const p = v.length;
	let sum = 0;
	let weighted = 0;
	for (let k = 0; k < p; k++) {
		sum += v[k];
		weighted += (k + 1) * v[k];
	}
	if (p === 0 || sum <= 0) return 0;
	return (2 * weighted) / (p * sum) - (p + 1) / p;
}

export function maxMinRatio(values: ArrayLike<number>): number {
	let lo = Infinity;
	let hi = -Infinity;
	for (let k = 0; k < values.length; k++) {
		lo = Math.min(lo, values[k]);
		hi = Math.max(hi, values[k]);
	}
	if (values.length === 0 || hi <= 0) return 1;
	return lo <= 0 ? Infinity : hi / lo;
}

export function maxDeviation(values: ArrayLike<number>, targets: ArrayLike<number>): number {
	let worst = 0;
	for (let k = 0; k < values.length; k++)
		if (targets[k] > 0) worst = Math.max(worst, Math.abs(values[k] - targets[k]) / targets[k]);
	return worst;
}

/** Fairness from running sums (Σv, Σv²), the rest from the values themselves. */
export function fairnessFromSums(
	s1: number,
	s2: number,
	values: ArrayLike<number>,
	targets: ArrayLike<number>
): Fairness {
	const p = values.length;
	const mean = p > 0 ? s1 / p : 0;
	const std = p > 0 ? Math.sqrt(Math.max(0, s2 / p - mean * mean)) : 0;
	return {
		mean,
		std,
		cv: mean !== 0 ? std / mean : 0,
		gini: gini(values),
		maxMinRatio: maxMinRatio(values),
		maxDeviation: maxDeviation(values, targets)
	};
}

export function fairness(values: ArrayLike<number>, targets: ArrayLike<number>): Fairness {
	let s1 = 0;
	let s2 = 0;
	for (let k = 0; k < values.length; k++) {
		s1 += values[k];
		s2 += values[k] * values[k];
	}
	return fairnessFromSums(s1, s2, values, targets);
}
