/**
 * A solver outcome in words for the status line: what happened, the numbers worth showing, and
 * whether the user should look twice (a timeout plan, a gap left open, an error).
 */
import type { ClientOutcome } from '$lib/workers/solver.client';

export interface RunSummary {
	label: string;
	status: string;
	text: string;
	/** True when the outcome deserves a notice (not a clean success). */
	warn: boolean;
	objective: number | null;
	bound: number | null;
	gap: number | null;
	seconds: number | null;
}

const pct = (x: number) => `${(100 * x).toFixed(x < 0.01 ? 2 : 1)}%`;
const secs = (s: number) => `${s.toFixed(1)} s`;

export function describeOutcome(outcome: ClientOutcome, label: string): RunSummary {
	const base = { label, objective: null, bound: null, gap: null, seconds: null };
	if (outcome.kind !== 'result')
		return outcome.kind === 'cancelled'
			? {
					...base,
					status: 'cancelled',
					warn: true,
					text: 'Cancelled. The plan on screen is unchanged.'
				}
			: { ...base, status: 'superseded', warn: false, text: 'Replaced by a newer run.' };
	const r = outcome.result;
	const seconds = r.stats.seconds;
	switch (r.status) {
		case 'optimal':
		case 'feasible': {
			const proven = r.status === 'optimal' || r.gap <= 1e-6;
			return {
				...base,
				status: r.status,
				objective: r.objective,
				bound: r.bound,
				gap: r.gap,
				seconds,
				warn: false,
				text: proven
					? `${label}: optimal plan in ${secs(seconds)}.`
					: `${label}: plan within ${pct(r.gap)} of the best possible, found in ${secs(seconds)}.`
			};
		}
		case 'timeout':
		case 'cancelled':
			return {
				...base,
				status: r.status,
				objective: r.objective,
				bound: r.bound,
				seconds,
				warn: true,
				text: r.assignment
					? `${label}: stopped at the time limit (${secs(seconds)}); showing the best plan found.`
					: `${label}: no plan that meets every rule was found within ${secs(seconds)}. Raise the time limit or loosen a rule; the plan on screen is unchanged.`
			};
		case 'infeasible':
			return {
				...base,
				status: 'infeasible',
				seconds,
				warn: true,
				text: `${label}: these rules cannot all hold. ${r.conflicts.map((c) => c.message).join(' ')}`
			};
		case 'error':
			return {
				...base,
				status: 'error',
				seconds,
				warn: true,
				text: `The solver stopped with an error (${r.message}). Your plan and edits are unchanged; try again or loosen the time limit.`
			};
	}
}
