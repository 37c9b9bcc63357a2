/**
 * The engine's reasons for a solve's moves, kept by account id so they survive later hand edits:
 * an account keeps its reasons only while it still sits with the rep the solve gave it.
 */
import type { MovedAccount, PlanChanges } from '$lib/planner/changes';

export type Explanation = Pick<MovedAccount, 'to' | 'reasons' | 'moveBackCost' | 'moveBackBreaks'>;

/** A fresh record (never mutated later) so a derived reader sees each solve as a new value. */
export function explanationsOf(moved: MovedAccount[]): Record<string, Explanation> {
	return Object.fromEntries(
		moved.map((m) => [
			m.accountId,
			{
				to: m.to,
				reasons: m.reasons,
				moveBackCost: m.moveBackCost,
				moveBackBreaks: m.moveBackBreaks
			}
		])
	);
}

export const PENDING_REASON = 'working out why…';

/**
 * Attaches the kept reasons to `changes` in place; moves the solve did not make were by hand,
 * unless reasons are still `pending` (a worker is explaining an applied plan).
 */
export function explainChanges(
	changes: PlanChanges,
	explanations: Record<string, Explanation>,
	pending = false
): PlanChanges {
	for (const m of changes.moved) {
		const why = Object.hasOwn(explanations, m.accountId) ? explanations[m.accountId] : undefined;
		if (why && why.to === m.to) Object.assign(m, why);
		else if (m.from && m.to) m.reasons = [pending ? PENDING_REASON : 'moved by hand'];
	}
	return changes;
}
