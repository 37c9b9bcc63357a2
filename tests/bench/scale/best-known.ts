/**
 * Best-known plans and bounds for the scale books HiGHS-WASM can hold as one MIP, from
 * compute-best-known.ts (HiGHS on the whole model for 240 s, warm-started by a 5 s heuristic plan,
 * Node 20 on this project's 2-core benchmark machine). They split a row's gap to its own bound into
 * what the plan leaves (gap to reference) and what no plan can close against a weak bound: on the
 * sample books the relaxation itself is loose, so "gap %" there overstates how far a plan is from
 * the optimum. The books come from seeded generators; regenerate these when a generator changes.
 */

export interface BestKnown {
	kind: 'real' | 'synthetic';
	n: number;
	p: number;
	seed: number;
	/** Objective of the best plan found, in the units solve() reports for the book. */
	objective: number;
	/** Best proven lower bound (HiGHS's or the Lagrangian's, the larger). */
	bound: number;
}

const TABLE: BestKnown[] = [
	{ kind: 'real', n: 2000, p: 20, seed: 7, objective: 78.20532809788497, bound: 77.96011903050382 },
	{
		kind: 'real',
		n: 2000,
		p: 20,
		seed: 11,
		objective: 104.36538993532236,
		bound: 102.20029066183163
	},
	{
		kind: 'synthetic',
		n: 2000,
		p: 20,
		seed: 7,
		objective: 537979.9337654149,
		bound: 533797.6771106877
	},
	{
		kind: 'synthetic',
		n: 2000,
		p: 20,
		seed: 11,
		objective: 548799.0245912694,
		bound: 547949.2740202124
	}
];

export function bestKnown(kind: string, n: number, p: number, seed: number): BestKnown | null {
	return TABLE.find((b) => b.kind === kind && b.n === n && b.p === p && b.seed === seed) ?? null;
}
