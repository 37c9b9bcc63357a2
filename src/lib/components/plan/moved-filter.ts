/**
 * Which moved accounts the changes panel lists: filtered by rep (gained or lost) and by a text
 * query over account and rep names and ids, largest potential first, shown a page at a time.
 */
import type { MovedAccount } from '$lib/planner/changes';

export const PAGE = 200;

export interface MovedFilter {
	/** Rep id: keep accounts it gained or lost; null = every rep. */
	rep: string | null;
	query: string;
}

export function filterMoved(
	moved: readonly MovedAccount[],
	filter: MovedFilter,
	repName: (id: string) => string
): MovedAccount[] {
	const q = filter.query.trim().toLocaleLowerCase();
	const out = moved.filter((m) => {
		if (filter.rep !== null && m.from !== filter.rep && m.to !== filter.rep) return false;
		if (!q) return true;
		return [m.accountId, m.accountName, m.from, m.to, repName(m.from), repName(m.to)].some((s) =>
			s.toLocaleLowerCase().includes(q)
		);
	});
	const value = (m: MovedAccount) => (Number.isFinite(m.potential) ? m.potential : -Infinity);
	return out.sort((a, b) => value(b) - value(a) || a.index - b.index);
}

/** Words for the cost of undoing one move, from the engine's objective delta and broken rules. */
export function moveBackWords(m: Pick<MovedAccount, 'moveBackCost' | 'moveBackBreaks' | 'from'>): {
	cost: string;
	breaks: string[];
} {
	const f = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
	let cost: string;
	if (m.from === '')
		cost = 'It had no owner among the reps, so there is nothing to move it back to.';
	else if (Number.isNaN(m.moveBackCost)) cost = 'No cost estimate for moving it back.';
	else if (m.moveBackCost === Infinity) cost = 'Moving it back is not possible.';
	else if (Math.abs(m.moveBackCost) < 1e-9)
		cost = 'Moving it back would leave the objective unchanged.';
	else if (m.moveBackCost > 0)
		cost = `Moving it back would add ${f.format(m.moveBackCost)} to the objective.`;
	else cost = `Moving it back would lower the objective by ${f.format(-m.moveBackCost)}.`;
	return { cost, breaks: m.moveBackBreaks };
}
