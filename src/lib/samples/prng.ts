/**
 * Seeded pseudo-random numbers (sfc32) so a sample book is reproducible byte for byte:
 * Math.random cannot be seeded, and the generator's tests hash its output.
 */
export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	int(maxExclusive: number): number;
	range(lo: number, hi: number): number;
	normal(): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
}

export function createRng(seed: number): Rng {
	// splitmix32 spreads a small integer seed over sfc32's 128-bit state.
	let s = seed >>> 0;
	const split = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = split();
	let b = split();
	let c = split();
	let d = split();
	const next = () => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = ((c << 21) | (c >>> 11)) >>> 0;
		c = (c + t) >>> 0;
		return t / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	const rng: Rng = {
		next,
		int: (maxExclusive) => Math.floor(next() * maxExclusive),
		range: (lo, hi) => lo + (hi - lo) * next(),
		normal: () => {
			// Box-Muller; 1 - u keeps the log argument away from 0.
			const u = 1 - next();
			const v = next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		},
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted: (items, weights) => {
			let total = 0;
			for (const w of weights) total += w;
			let r = next() * total;
			for (let i = 0; i < items.length; i++) {
				r -= weights[i];
				if (r < 0) return items[i];
			}
			return items[items.length - 1];
		}
	};
	return rng;
}
