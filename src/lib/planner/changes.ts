/**
 * What a plan changes against today's owners: per rep the accounts gained and lost (count and
 * potential), and the moved accounts for the "why it moved" panel, with reasons from the engine's
 * explainMoves (accounts that had no owner, or lose their rep, get a plain note instead).
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import type { CostTerms } from '../engine/compile';
import { explainMoves } from '../engine/explain';
import type { AssignmentModel } from '../engine/model';

export interface RepChange {
	index: number;
	id: string;
	name: string;
	gained: number;
	lost: number;
	gainedPotential: number;
	lostPotential: number;
}

export interface MovedAccount {
	index: number;
	accountId: string;
	accountName: string;
	/** Rep ids; '' = no rep. */
	from: string;
	to: string;
	potential: number;
	reasons: string[];
	/** Objective increase of moving it back (NaN when there is no explanation). */
	moveBackCost: number;
	moveBackBreaks: string[];
}

export interface PlanChanges {
	reps: RepChange[];
	moved: MovedAccount[];
	movedCount: number;
	movedPotential: number;
}

export interface ExplainInput {
	settings: PlanSettings;
	compiled: { model: AssignmentModel; terms: CostTerms };
}

export function planChanges(book: Book, plan: Int32Array, explain?: ExplainInput): PlanChanges {
	const A = book.accounts;
	const R = book.reps;
	if (plan.length !== A.n)
		throw new Error(`plan has ${plan.length} entries but the book has ${A.n} accounts`);
	const pot = A.metrics.potential;
	const value = (i: number) => (pot && Number.isFinite(pot[i]) ? pot[i] : 0);
	const reps: RepChange[] = R.id.map((id, j) => ({
		index: j,
		id,
		name: R.name[j] || id,
		gained: 0,
		lost: 0,
		gainedPotential: 0,
		lostPotential: 0
	}));
	const why = new Map(
		explain
			? explainMoves(
					book,
					explain.settings,
					explain.compiled.model,
					explain.compiled.terms,
					plan
				).map((e) => [e.accountId, e])
			: []
	);
	const moved: MovedAccount[] = [];
	let movedPotential = 0;
	for (let i = 0; i < A.n; i++) {
		const o = A.owner[i] >= 0 && A.owner[i] < R.p ? A.owner[i] : -1;
		const j = plan[i] >= 0 && plan[i] < R.p ? plan[i] : -1;
		if (o === j) continue;
		const v = value(i);
		if (o >= 0) {
			reps[o].lost++;
			reps[o].lostPotential += v;
		}
		if (j >= 0) {
			reps[j].gained++;
			reps[j].gainedPotential += v;
		}
		movedPotential += v;
		const e = why.get(A.id[i]);
		moved.push({
			index: i,
			accountId: A.id[i],
			accountName: A.name[i],
			from: o >= 0 ? R.id[o] : '',
			to: j >= 0 ? R.id[j] : '',
			potential: v,
			reasons: e?.reasons ?? [note(o, j, A.ownerId[i])],
			moveBackCost: e?.moveBackCost ?? NaN,
			moveBackBreaks: e?.moveBackBreaks ?? []
		});
	}
	return { reps, moved, movedCount: moved.length, movedPotential };
}

function note(o: number, j: number, ownerId: string): string {
	if (o < 0 && ownerId) return `owner ${ownerId} is not among the reps; newly assigned`;
	if (o < 0) return 'had no owner; newly assigned';
	if (j < 0) return 'left without a rep';
	return 'moved (no explanation requested)';
}
