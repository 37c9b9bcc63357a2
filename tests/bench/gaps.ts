/** Gap columns shared by the benchmark tables, in percent. */

/** How far `value` is from a published or best-known `reference`, relative to the reference. */
export const pctGap = (value: number, reference: number): number =>
	Math.abs(reference) > 0 ? ((value - reference) / Math.abs(reference)) * 100 : 0;

/** (objective - bound) / |objective|, as solvers report it; null when either is unknown. */
export function boundGapPct(objective: number | null, bound: number | null): number | null {
	if (objective === null || bound === null) return null;
	return (100 * (objective - bound)) / Math.max(1e-9, Math.abs(objective));
}
