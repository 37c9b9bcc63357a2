/**
 * What the user chooses: the plan settings a scenario carries (weights, rules, tolerances, mode).
 * Plain JSON-serialisable data; the engine compiles it with a Book into an AssignmentModel.
 */

export interface BalanceRule {
	/** Account metric name (e.g. 'potential', 'workload', 'accounts' for the account count). */
	metric: string;
	/** Relative tolerance t: each rep within [(1 - t) * target, (1 + t) * target]. */
	tolerance: number;
	/** Hard band (a constraint) or soft (penalised deviation in the objective). */
	hard: boolean;
}

export interface PlanSettings {
	/** Objective weights, each >= 0. */
	weights: { travel: number; balance: number; continuity: number; fit: number };
	balance: BalanceRule[];
	capacity: { accounts: boolean; workload: boolean; minAccounts: boolean };
	locks: {
		/** Accounts with an active opportunity keep their owner. */
		activeOpportunity: boolean;
		/** Customers with ARR at or above this keep their owner; null = off. */
		arrAtLeast: number | null;
		/** Account id -> rep id it is pinned to (manual locks and hand edits). */
		manual: Record<string, string>;
	};
	skills: { industry: boolean; language: boolean; segment: boolean };
	/** Cap on accounts moved away from their current owner; null = no cap. metric null = count. */
	moveCap: { max: number | null; metric: string | null };
	travel: { mode: 'haversine' | 'euclidean' | 'pairs'; weightMetric: string | null };
	/** Metric that weights disruption (moving a big account costs more); null = count. */
	continuityMetric: string | null;
	timeLimitSeconds: number;
}

export const DEFAULT_SETTINGS: PlanSettings = {
	weights: { travel: 1, balance: 1, continuity: 1, fit: 1 },
	balance: [
		{ metric: 'potential', tolerance: 0.05, hard: true },
		{ metric: 'workload', tolerance: 0.1, hard: true }
	],
	capacity: { accounts: true, workload: true, minAccounts: true },
	locks: { activeOpportunity: false, arrAtLeast: null, manual: {} },
	skills: { industry: false, language: true, segment: false },
	moveCap: { max: null, metric: null },
	travel: { mode: 'haversine', weightMetric: null },
	continuityMetric: null,
	timeLimitSeconds: 30
};
