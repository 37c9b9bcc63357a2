/**
 * What-if recipes: from the loaded book and the current settings, the book edits and the settings
 * to solve a what-if with, plus a name for the scenario it becomes. Every recipe checks that its
 * edits apply, so a recipe that returns ok always yields a solvable book (rules permitting).
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { compileModel } from '../engine/compile';
import { solveHeuristic } from '../engine/heuristic/solve-heuristic';
import {
	suggestBases as suggestBaseSites,
	type SuggestBasesOptions
} from '../engine/location/suggest-bases';
import type { MipSolverLike } from '../engine/mip-solver';
import {
	applyBookEdits,
	describeFilter,
	type AccountFilter,
	type BookEdit,
	type NewRep
} from './book-edits';
import { estimateForcedMoves } from './forced-moves';

export interface WhatIf {
	edits: BookEdit[];
	settings: PlanSettings;
	/** Scenario name, e.g. "Jane Doe leaves". */
	name: string;
	/** One or two sentences for the scenario's notes: what was changed and why these settings. */
	notes: string;
}

export type RecipeResult = ({ ok: true } & WhatIf) | { ok: false; error: string };

/** The move cap's margin over the forced-move estimate: a few accounts, or 5% of the freed ones. */
export function moveCapSlack(forced: number, unowned: number): number {
	return Math.max(5, Math.ceil(0.05 * unowned)) + Math.ceil(0.25 * forced);
}

/** A leaving rep's accounts must cost at least this many "typical accounts" of travel to move anyone else. */
export const CONTINUITY_FACTOR = 10;

const fmt = (n: number) => n.toLocaleString('en-US');

function cloneSettings(s: PlanSettings): PlanSettings {
	return structuredClone(s);
}

function checked(book: Book, w: WhatIf): RecipeResult {
	const r = applyBookEdits(book, w.edits);
	return r.ok ? { ok: true, ...w } : { ok: false, error: r.error };
}

function repName(book: Book, id: string): string {
	const j = book.reps.id.indexOf(id);
	return j >= 0 && book.reps.name[j].trim() ? book.reps.name[j].trim() : id;
}

/**
 * A rep leaves: their accounts become unowned and are placed freely; every other account keeps
 * its owner unless the rules force a move. Disruption dominates the objective (continuity weight
 * CONTINUITY_FACTOR × the other weights) and a hard move cap bounds moves of the others (the
 * leaving rep's accounts, now unowned, are outside it). The cap must stay feasible, so it comes
 * from a plan: a short run of the engine's heuristic on exactly these settings (`searchSeconds`,
 * default 1) finds one, and cap = its moves of others + max(5, 25%), so the solver finds a plan
 * under the cap quickly and has room to trade travel; never below the forced-move estimate (reps
 * over a hard limit, accounts a rule no longer allows; forced-moves.ts) + moveCapSlack, which is
 * the whole cap when the short run finds no plan. Manual locks naming the leaving rep are dropped.
 */
export interface RepLeavesOptions {
	/** Seconds of heuristic search for the plan that sizes the move cap (0 = estimate only). */
	searchSeconds?: number;
	/**
	 * Make hard balance bands soft for this what-if. When the current owners already break a hard
	 * band (common in real books), the hard rules alone force many moves that have nothing to do
	 * with the leaving rep; soft bands keep those accounts where they are (capacities stay hard).
	 */
	softBalance?: boolean;
}

export function repLeaves(
	book: Book,
	settings: PlanSettings,
	repId: string,
	opts: RepLeavesOptions = {}
): RecipeResult {
	const edits: BookEdit[] = [{ kind: 'rep-leaves', repId }];
	const edited = applyBookEdits(book, edits);
	if (!edited.ok) return { ok: false, error: edited.error };
	const s = cloneSettings(settings);
	const w = s.weights;
	if (opts.softBalance) {
		s.balance = s.balance.map((r) => ({ ...r, hard: false }));
		w.balance = Math.max(w.balance, 1);
	}
	w.continuity = Math.max(w.continuity, CONTINUITY_FACTOR * (w.travel + w.fit + w.balance), 1);
	s.locks.manual = Object.fromEntries(
		Object.entries(s.locks.manual).filter(([, rep]) => rep !== repId)
	);
	const name = repName(book, repId);
	const freed = [...book.accounts.ownerId].filter((o) => o === repId).length;
	s.moveCap = { max: null, metric: null };
	const compiled = compileModel(edited.book, s);
	let capNote = 'No move cap: the rules conflict, see the solver’s explanation.';
	if (compiled.ok) {
		const owner = edited.book.accounts.owner;
		const est = estimateForcedMoves(compiled.model, owner);
		const seconds = opts.searchSeconds ?? 1;
		const found =
			seconds > 0 ? solveHeuristic(compiled.model, { timeLimitSeconds: seconds }).assignment : null;
		let cap = est.forced + moveCapSlack(est.forced, est.unowned);
		if (found) {
			let moved = 0;
			for (let i = 0; i < owner.length; i++) if (owner[i] >= 0 && found[i] !== owner[i]) moved++;
			cap = Math.max(cap, moved + Math.max(5, Math.ceil(0.25 * moved)));
		}
		s.moveCap = { max: cap, metric: null };
		capNote = `At most ${fmt(cap)} of the other accounts may change owner (the rules force at least about ${fmt(est.forced)}).`;
	}
	return {
		ok: true,
		edits,
		settings: s,
		name: `${name} leaves`,
		notes: `${name}’s ${fmt(freed)} accounts are redistributed; everyone else keeps their accounts where the rules allow. ${capNote}`
	};
}

/** Reps join (bases already resolved, e.g. by lookupPlace); the plan is re-solved as usual. */
export function repsJoin(book: Book, settings: PlanSettings, reps: NewRep[]): RecipeResult {
	if (!reps.length) return { ok: false, error: 'Add at least one new rep.' };
	const names = reps.map((r) => r.name?.trim() || r.id);
	return checked(book, {
		edits: reps.map((rep) => ({ kind: 'rep-joins', rep: structuredClone(rep) })),
		settings: cloneSettings(settings),
		name: reps.length === 1 ? `${names[0]} joins` : `${reps.length} new reps`,
		notes: `New rep${reps.length > 1 ? 's' : ''}: ${names.join(', ')}. Accounts move to them where travel and balance gain.`
	});
}

export interface CapacityChange {
	repId: string;
	ramp?: number;
	capacityAccounts?: number;
	capacityWorkload?: number;
}

export function capacityChange(
	book: Book,
	settings: PlanSettings,
	change: CapacityChange
): RecipeResult {
	const name = repName(book, change.repId);
	const parts: string[] = [];
	if (change.ramp !== undefined) parts.push(`ramp ${Math.round(change.ramp * 100)}%`);
	if (change.capacityAccounts !== undefined)
		parts.push(`at most ${fmt(change.capacityAccounts)} accounts`);
	if (change.capacityWorkload !== undefined)
		parts.push(`workload capacity ${fmt(change.capacityWorkload)}`);
	if (!parts.length) return { ok: false, error: 'Set a ramp or a capacity to change.' };
	return checked(book, {
		edits: [{ kind: 'rep-capacity', ...change }],
		settings: cloneSettings(settings),
		name: `${name} at ${parts[0]}`,
		notes: `${name}: ${parts.join(', ')}. A ramp change scales the capacities it does not set.`
	});
}

export function demandSurge(
	book: Book,
	settings: PlanSettings,
	surge: { filter: AccountFilter; factor: number; metric?: string }
): RecipeResult {
	const pct = Math.round((surge.factor - 1) * 100);
	const what = describeFilter(surge.filter);
	const metric = surge.metric ?? 'potential';
	return checked(book, {
		edits: [{ kind: 'scale-potential', ...structuredClone(surge) }],
		settings: cloneSettings(settings),
		name: `${metric} ${pct >= 0 ? '+' : ''}${pct}% (${what})`,
		notes: `${metric} of accounts in ${what} multiplied by ${surge.factor}.`
	});
}

export interface SuggestBasesRecipeOptions extends Omit<SuggestBasesOptions, 'newReps'> {
	/** Ramp of the new reps (default 1). */
	ramp?: number;
}

export type SuggestBasesRecipeResult =
	| ({ ok: true; meanDistance: number; currentMeanDistance: number; status: string } & WhatIf)
	| { ok: false; error: string };

/** An id not used by any rep or account owner: NEW-1, NEW-2, ... */
function freshIds(book: Book, count: number): string[] {
	const taken = new Set([...book.reps.id, ...book.accounts.ownerId]);
	const out: string[] = [];
	for (let k = 1; out.length < count; k++) if (!taken.has(`NEW-${k}`)) out.push(`NEW-${k}`);
	return out;
}

/**
 * "Where should N new reps be based?": the location model picks N bases (existing reps stay),
 * and each becomes a `rep-joins` edit named "New rep 1" … with default (mean) capacities.
 */
export function suggestBases(
	book: Book,
	settings: PlanSettings,
	n: number,
	opts: SuggestBasesRecipeOptions,
	highs: MipSolverLike | null
): SuggestBasesRecipeResult {
	if (!Number.isInteger(n) || n < 1 || n > 100)
		return { ok: false, error: 'Ask for between 1 and 100 new reps.' };
	const { ramp, ...location } = opts;
	const res = suggestBaseSites(book, { ...location, newReps: n }, highs);
	if (!res.ok) return { ok: false, error: `No bases suggested: ${res.message}.` };
	const ids = freshIds(book, res.bases.length);
	const edits: BookEdit[] = res.bases.map((b, k) => ({
		kind: 'rep-joins',
		rep: {
			id: ids[k],
			name: `New rep ${k + 1}`,
			lat: b.lat,
			lon: b.lon,
			...(ramp !== undefined ? { ramp } : {})
		}
	}));
	const km = (v: number) => `${Math.round(v)}${opts.mode === 'euclidean' ? '' : ' km'}`;
	const w = checked(book, {
		edits,
		settings: cloneSettings(settings),
		name: `${n} new rep${n > 1 ? 's' : ''} (suggested bases)`,
		notes: `Bases chosen to minimise travel: mean distance to the nearest base ${km(res.currentMeanDistance)} → ${km(res.meanDistance)} (${res.status}).`
	});
	if (!w.ok) return w;
	return {
		...w,
		meanDistance: res.meanDistance,
		currentMeanDistance: res.currentMeanDistance,
		status: res.status
	};
}
