/**
 * Where an infeasibility explanation belongs in the Optimise panel: each rule family the engine
 * names ('capacity:workload', 'skill:language', 'allowed', ...) maps to the section holding the
 * controls that can relax it, so the message is shown beside them.
 */
import type { ConflictExplanation } from '$lib/engine/result';

export type PanelSection = 'balance' | 'capacity' | 'locks' | 'skills' | 'moveCap' | 'general';

export const SECTION_TITLES: Record<PanelSection, string> = {
	balance: 'Balanced metrics',
	capacity: 'Capacity',
	locks: 'Lock rules',
	skills: 'Skill rules',
	moveCap: 'Move cap',
	general: 'Settings'
};

/** Sections whose controls relax one rule family; unknown families go to 'general'. */
export function familySections(family: string): PanelSection[] {
	const kind = family.split(':')[0];
	switch (kind) {
		case 'balance':
			return ['balance'];
		case 'capacity':
		case 'min':
			return ['capacity'];
		case 'lock':
			return ['locks'];
		case 'skill':
			return ['skills'];
		case 'moveCap':
			return ['moveCap'];
		// Pair restrictions come from locks and skill rules together: either can relax them.
		case 'allowed':
			return ['locks', 'skills'];
		default:
			return ['general'];
	}
}

/** Sections a conflict is shown in, in panel order, each once. */
export function conflictSections(conflict: ConflictExplanation): PanelSection[] {
	const found = new Set(conflict.rules.flatMap(familySections));
	if (found.size === 0) found.add('general');
	return (Object.keys(SECTION_TITLES) as PanelSection[]).filter((s) => found.has(s));
}

/** The conflicts to show beside one section's controls. */
export function conflictsFor(
	conflicts: readonly ConflictExplanation[],
	section: PanelSection
): ConflictExplanation[] {
	return conflicts.filter((c) => conflictSections(c).includes(section));
}

/** The balance-rule metrics a conflict names ('balance:potential' -> 'potential'). */
export function balanceMetrics(conflict: ConflictExplanation): string[] {
	return conflict.rules.filter((r) => r.startsWith('balance:')).map((r) => r.slice(8));
}
