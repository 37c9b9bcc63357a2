/**
 * The planner's four starting points, as PlanSettings with a one-line description each.
 * Potential in a real book is heavy-tailed: one whale account can exceed a whole territory's
 * share, so a hard ±5% potential band is often impossible. The presets therefore balance
 * potential with a soft band (a strong penalty per unit outside it, never infeasible) and keep
 * hard bands only on workload and account count, which are granular enough to meet.
 */
import type { Book } from '../core/book';
import { DEFAULT_SETTINGS, type PlanSettings } from '../core/settings';

export type PresetId = 'max-revenue' | 'perfect-balance' | 'hybrid' | 'minimal-disruption';

export interface Preset {
	id: PresetId;
	label: string;
	description: string;
	settings: PlanSettings;
}

export const PRESET_IDS: readonly PresetId[] = [
	'max-revenue',
	'perfect-balance',
	'hybrid',
	'minimal-disruption'
];

/** Share of accounts the minimal-disruption preset may move. */
export const MINIMAL_DISRUPTION_MOVE_SHARE = 0.1;

function base(timeLimitSeconds: number): PlanSettings {
	return {
		...DEFAULT_SETTINGS,
		capacity: { ...DEFAULT_SETTINGS.capacity },
		locks: { ...DEFAULT_SETTINGS.locks, manual: {} },
		skills: { ...DEFAULT_SETTINGS.skills },
		moveCap: { max: null, metric: null },
		travel: { mode: 'haversine', weightMetric: null },
		timeLimitSeconds
	};
}

function hasMetric(book: Book, m: string): boolean {
	return m in book.accounts.metrics;
}

/**
 * A lower bound on the moves needed to bring every rep within its account and workload capacity
 * (per rep: the larger of its excess account count and the fewest movable accounts, biggest
 * workload first, that take it under its workload limit). A move cap below this is infeasible.
 */
export function capacityMoves(book: Book, lockActive: boolean): number {
	const A = book.accounts;
	const R = book.reps;
	const byRep: number[][] = Array.from({ length: R.p }, () => []);
	for (let i = 0; i < A.n; i++) if (A.owner[i] >= 0 && A.owner[i] < R.p) byRep[A.owner[i]].push(i);
	const work = A.metrics.workload;
	let total = 0;
	byRep.forEach((list, j) => {
		const excessAccounts = Math.max(0, list.length - (R.capacityAccounts[j] || Infinity));
		let load = work ? list.reduce((s, i) => s + (work[i] || 0), 0) : 0;
		let k = 0;
		const cap = R.capacityWorkload[j];
		if (work && Number.isFinite(cap) && load > cap) {
			const movable = list
				.filter((i) => !(lockActive && A.activeOpportunity[i]))
				.map((i) => work[i] || 0)
				.sort((a, b) => b - a);
			while (load > cap && k < movable.length) load -= movable[k++];
		}
		total += Math.max(excessAccounts, k);
	});
	return total;
}

/** The presets for a book (the move cap and metric choices depend on what the book has). */
export function presets(
	book: Book,
	timeLimitSeconds = DEFAULT_SETTINGS.timeLimitSeconds
): Preset[] {
	const potential = hasMetric(book, 'potential') ? 'potential' : 'accounts';
	const workload = hasMetric(book, 'workload') ? 'workload' : 'accounts';
	const t = timeLimitSeconds;
	// Room above the capacity bound: the cheapest capacity fix rarely balances anything.
	const moveCap = Math.max(
		Math.floor(book.accounts.n * MINIMAL_DISRUPTION_MOVE_SHARE),
		Math.ceil(1.25 * capacityMoves(book, true))
	);
	const softPotential = (tolerance: number) => ({ metric: potential, tolerance, hard: false });
	return [
		{
			id: 'max-revenue',
			label: 'Max revenue coverage',
			description: `Puts the biggest accounts closest to a rep with room: travel weighted by ${potential}, capacity respected, balance only a gentle nudge.`,
			settings: {
				...base(t),
				weights: { travel: 10, balance: 0.5, continuity: 0.5, fit: 1 },
				balance: [softPotential(0.2), { metric: workload, tolerance: 0.25, hard: true }],
				travel: { mode: 'haversine', weightMetric: potential === 'accounts' ? null : potential }
			}
		},
		{
			id: 'perfect-balance',
			label: 'Perfect balance',
			description: `Every rep as close to a fair share as the book allows: ${potential} within ±3% (a strong penalty, since single whale accounts can make a hard band impossible), ${workload} within ±10% as a hard rule.`,
			settings: {
				...base(t),
				weights: { travel: 1, balance: 20, continuity: 0.2, fit: 0.5 },
				balance: [softPotential(0.03), { metric: workload, tolerance: 0.1, hard: true }]
			}
		},
		{
			id: 'hybrid',
			label: 'Hybrid',
			description: `Fair and compact: ${potential} within ±10% (strongly penalised beyond), ${workload} within ±20% (hard), and inside those bands accounts stay close to their rep.`,
			settings: {
				...base(t),
				weights: { travel: 4, balance: 4, continuity: 1, fit: 1 },
				balance: [softPotential(0.1), { metric: workload, tolerance: 0.2, hard: true }]
			}
		},
		{
			id: 'minimal-disruption',
			label: 'Minimal disruption',
			description: `Keeps today's owners wherever it can: at most ${moveCap} accounts move (${MINIMAL_DISRUPTION_MOVE_SHARE * 100}% of the book, or more when reps over capacity need it), open opportunities stay with their owner (so skill rules become preferences: a locked deal may sit with a rep lacking its language), and the moves go where they relieve the worst imbalance.`,
			settings: {
				...base(t),
				weights: { travel: 0.5, balance: 2, continuity: 5, fit: 1 },
				balance: [softPotential(0.15), { metric: workload, tolerance: 0.25, hard: false }],
				locks: { activeOpportunity: true, arrAtLeast: null, manual: {} },
				skills: { industry: false, language: false, segment: false },
				moveCap: { max: moveCap, metric: null }
			}
		}
	];
}

export function preset(book: Book, id: PresetId, timeLimitSeconds?: number): Preset {
	return presets(book, timeLimitSeconds).find((p) => p.id === id)!;
}
