/**
 * A solve job's time limit covers the whole job, not only the solve: the user who asks for 5 s
 * should see a plan after about 5 s, yet compiling a book in the worker costs 0.2-0.5 s at
 * 5k x 40 and over a second at 50k x 100 (and the worker's first job also loads HiGHS). The solve
 * gets what is left, but never less than half the limit, so a slow start cannot starve it of the
 * time it needs for a first plan. Explaining the moves afterwards (about 0.2 s) is not counted.
 */
export function solveSeconds(limitSeconds: number, spentSeconds: number): number {
	return Math.max(limitSeconds - Math.max(0, spentSeconds), limitSeconds / 2);
}
