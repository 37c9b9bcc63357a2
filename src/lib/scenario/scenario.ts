/**
 * A scenario: a plan saved as the settings that made it plus its changes against the current
 * owners (only accounts whose owner changes, and the locked accounts), tagged with a fingerprint
 * of the data it was made on. Changes rather than a full assignment keep it small enough to share
 * as a link and meaningful to read ("these 214 accounts move").
 *
 * A what-if scenario also carries book edits (a rep leaves, joins, ...): the fingerprint is of the
 * base data as loaded, the edits are replayed on it, and the changes are against the edited book.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { applyBookEdits, type BookEdit } from '../whatif/book-edits';
import { compareFingerprints, fingerprint, type DataFingerprint } from './fingerprint';

/** The current scenario schema version (see migrations.ts for the history). */
export const SCENARIO_VERSION = 3;

export const LIMITS = {
	id: 100,
	name: 200,
	notes: 10_000,
	/** Account, rep and metric ids. */
	key: 256,
	metrics: 200,
	rows: 5_000_000
} as const;

export interface ScenarioChanges {
	/** [account id, new rep id] for each account whose owner changes; '' = left unassigned. */
	moves: [string, string][];
	/** Account ids locked to their owner in this plan. */
	locks: string[];
}

export interface Scenario {
	version: typeof SCENARIO_VERSION;
	id: string;
	name: string;
	notes: string;
	/** ISO 8601 timestamp. */
	createdAt: string;
	fingerprint: DataFingerprint;
	settings: PlanSettings;
	/** Book edits replayed on the base data before the changes apply (empty for a plain plan). */
	edits: BookEdit[];
	changes: ScenarioChanges;
	/** Optional summary of the plan's metrics (numbers only), for lists and comparisons. */
	metrics?: Record<string, number>;
}

export interface BuildOptions {
	name: string;
	notes?: string;
	id?: string;
	createdAt?: string;
	/** 1 = account locked (as in EditSession.locked). */
	locked?: ArrayLike<number>;
	metrics?: Record<string, number>;
	/** What-if edits the plan was made with; `assignment` is then on the edited book. */
	edits?: readonly BookEdit[];
}

export function newScenarioId(): string {
	const c = globalThis.crypto;
	if (c?.randomUUID) return c.randomUUID();
	return Array.from({ length: 4 }, () =>
		Math.floor(Math.random() * 0x100000000)
			.toString(16)
			.padStart(8, '0')
	).join('-');
}

function isControl(c: number, keepBreaks: boolean): boolean {
	if (keepBreaks && (c === 9 || c === 10 || c === 13)) return false;
	return c < 32 || c === 127;
}

function stripControls(s: string, keepBreaks: boolean, replacement: string): string {
	let out = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		out += isControl(c, keepBreaks) ? replacement : s[i];
	}
	return out;
}

/** Plain text for a one-line label: control characters become spaces, length capped. */
export function cleanName(name: string): string {
	return stripControls(name, false, ' ').trim().slice(0, LIMITS.name);
}

/** Plain text for notes: keeps line breaks and tabs, drops other control characters. */
export function cleanNotes(notes: string): string {
	return stripControls(notes, true, '').slice(0, LIMITS.notes);
}

/** A copy of the settings holding only the fields a scenario knows (see validate-scenario.ts). */
export function copySettings(s: PlanSettings): PlanSettings {
	return {
		weights: { ...s.weights },
		balance: s.balance.map((r) => ({ metric: r.metric, tolerance: r.tolerance, hard: r.hard })),
		capacity: { ...s.capacity },
		locks: {
			activeOpportunity: s.locks.activeOpportunity,
			arrAtLeast: s.locks.arrAtLeast,
			manual: Object.fromEntries(Object.entries(s.locks.manual))
		},
		skills: { ...s.skills },
		moveCap: { max: s.moveCap.max, metric: s.moveCap.metric },
		travel: { mode: s.travel.mode, weightMetric: s.travel.weightMetric },
		continuityMetric: s.continuityMetric,
		timeLimitSeconds: s.timeLimitSeconds
	};
}

/**
 * A scenario from a plan. `baseBook` is the data as loaded (it is fingerprinted); with
 * `opts.edits` the assignment indexes the edited book's reps. Throws on a programming error
 * (wrong plan length, edits that do not apply): callers build from plans they just made.
 */
export function buildScenario(
	baseBook: Book,
	assignment: ArrayLike<number>,
	settings: PlanSettings,
	opts: BuildOptions
): Scenario {
	const edits = structuredClone([...(opts.edits ?? [])]);
	const edited = applyBookEdits(baseBook, edits);
	if (!edited.ok) throw new Error(edited.error);
	const book = edited.book;
	const A = book.accounts;
	const R = book.reps;
	if (assignment.length !== A.n)
		throw new Error(`plan has ${assignment.length} entries but the book has ${A.n} accounts`);
	const moves: [string, string][] = [];
	const locks: string[] = [];
	for (let i = 0; i < A.n; i++) {
		const j = assignment[i];
		if (j !== A.owner[i]) moves.push([A.id[i], j >= 0 && j < R.p ? R.id[j] : '']);
		if (opts.locked?.[i]) locks.push(A.id[i]);
	}
	const scenario: Scenario = {
		version: SCENARIO_VERSION,
		id: opts.id ?? newScenarioId(),
		name: cleanName(opts.name),
		notes: cleanNotes(opts.notes ?? ''),
		createdAt: opts.createdAt ?? new Date().toISOString(),
		fingerprint: fingerprint(baseBook),
		settings: copySettings(settings),
		edits,
		changes: { moves, locks }
	};
	if (opts.metrics) scenario.metrics = { ...opts.metrics };
	return scenario;
}

export type ApplyResult =
	| {
			ok: true;
			/** The book the plan is on: the base book with the scenario's edits applied. */
			book: Book;
			assignment: Int32Array;
			locked: Uint8Array;
			settings: PlanSettings;
	  }
	| {
			ok: false;
			error: string;
			/** How the loaded data differs from the scenario's (when that is the reason). */
			differences: string[];
			unknownAccounts: string[];
			unknownReps: string[];
	  };

function listIds(ids: string[], max = 5): string {
	const shown = ids.slice(0, max).join(', ');
	return ids.length > max ? `${shown} and ${ids.length - max} more` : shown;
}

/**
 * The scenario's plan on this book. The fingerprint of the base data is checked first: a scenario
 * made on other data never applies silently; `allowOtherData` (after the user has seen the
 * differences) applies it anyway as long as its edits apply and every account and rep it names
 * exists. Edits are replayed before the moves and locks, which name the edited book's reps.
 */
export function applyScenario(
	baseBook: Book,
	scenario: Scenario,
	opts: { allowOtherData?: boolean } = {}
): ApplyResult {
	const fail = (
		error: string,
		more: Partial<Extract<ApplyResult, { ok: false }>> = {}
	): ApplyResult => ({
		ok: false,
		error,
		differences: [],
		unknownAccounts: [],
		unknownReps: [],
		...more
	});
	const cmp = compareFingerprints(scenario.fingerprint, fingerprint(baseBook));
	if (!cmp.same && !opts.allowOtherData)
		return fail(`“${scenario.name}” was made on other data: ${cmp.differences.join(' ')}`, {
			differences: cmp.differences
		});
	const edited = applyBookEdits(baseBook, scenario.edits ?? []);
	if (!edited.ok)
		return fail(`“${scenario.name}” cannot replay its what-if: ${edited.error}`, {
			differences: cmp.differences
		});
	const book = edited.book;
	const A = book.accounts;
	const accountIndex = new Map<string, number>();
	A.id.forEach((id, i) => accountIndex.set(id, i));
	const repIndex = new Map<string, number>();
	book.reps.id.forEach((id, j) => repIndex.set(id, j));
	const unknownAccounts = new Set<string>();
	const unknownReps = new Set<string>();
	const account = (id: string) => {
		const i = accountIndex.get(id);
		if (i === undefined) unknownAccounts.add(id);
		return i ?? -1;
	};
	const rep = (id: string) => {
		const j = id === '' ? -1 : repIndex.get(id);
		if (j === undefined) unknownReps.add(id);
		return j ?? -1;
	};
	const assignment = Int32Array.from(A.owner);
	const locked = new Uint8Array(A.n);
	for (const [a, r] of scenario.changes.moves) {
		const i = account(a);
		const j = rep(r);
		if (i >= 0) assignment[i] = j;
	}
	for (const a of scenario.changes.locks) {
		const i = account(a);
		if (i >= 0) locked[i] = 1;
	}
	for (const [a, r] of Object.entries(scenario.settings.locks.manual)) {
		account(a);
		rep(r);
	}
	if (unknownAccounts.size || unknownReps.size) {
		const parts: string[] = [];
		const ua = [...unknownAccounts];
		const ur = [...unknownReps];
		if (ua.length) parts.push(`unknown account${ua.length > 1 ? 's' : ''} ${listIds(ua)}`);
		if (ur.length) parts.push(`unknown rep${ur.length > 1 ? 's' : ''} ${listIds(ur)}`);
		return fail(`“${scenario.name}” names ${parts.join(' and ')} not in the loaded data.`, {
			differences: cmp.differences,
			unknownAccounts: ua,
			unknownReps: ur
		});
	}
	return { ok: true, book, assignment, locked, settings: copySettings(scenario.settings) };
}

export function duplicateScenario(s: Scenario, name = `${s.name} (copy)`): Scenario {
	return {
		...structuredClone(s),
		id: newScenarioId(),
		name: cleanName(name),
		createdAt: new Date().toISOString()
	};
}

export function renameScenario(s: Scenario, name: string): Scenario {
	return { ...s, name: cleanName(name) };
}
