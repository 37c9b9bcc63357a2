/**
 * The what-if panel's state. Each what-if runs the same way: a recipe (book edits + settings +
 * name), then the workspace opens the edited book in a planner of its own, the recipe's settings
 * go on it, it is optimised, and the result is saved as a scenario carrying the edits (so it
 * replays). Any failure is reported in words next to its form and leaves the workspace as it was:
 * the what-if is closed again if it was opened for this run. Slow recipes go through the injected
 * runner (a worker in the browser); the ZIP table comes through an injected loader.
 */
import type { Book } from '$lib/core/book';
import type { PlanSettings } from '$lib/core/settings';
import type { ZipCentroids } from '$lib/data/zip-centroids';
import { copySettings } from '$lib/scenario/scenario';
import type { NewRep } from '$lib/whatif/book-edits';
import { cityIndex, lookupPlace } from '$lib/whatif/place-lookup';
import {
	capacityChange,
	demandSurge,
	repsJoin,
	type RecipeResult,
	type SuggestBasesRecipeResult
} from '$lib/whatif/recipes';
import type { WhatIfRunner } from '$lib/workers/whatif.client';
import type { PlannerState } from './planner.svelte';
import type { ScenarioState } from './scenarios.svelte';
import type { WorkspaceState } from './workspace.svelte';

export type WhatIfKind = 'rep-leaves' | 'reps-join' | 'suggest-bases' | 'capacity' | 'demand';

export interface WhatIfOutcome {
	kind: WhatIfKind;
	name: string;
	notes: string;
	scenarioId: string | null;
	/** Accounts that had an owner in the edited book and changed owner. */
	othersMoved: number;
	/** Accounts without an owner in the edited book (a leaving rep's) and how many got one. */
	freed: number;
	freedPlaced: number;
	moveCap: number | null;
	solveText: string;
}

export interface RepsJoinForm {
	place: string;
	name: string;
	count: number;
	ramp: number;
}

export interface SuggestForm {
	count: number;
	weightByPotential: boolean;
	ramp: number;
}

export interface DemandForm {
	field: 'segment' | 'state';
	value: string;
	factor: number;
}

type Recipe = RecipeResult | SuggestBasesRecipeResult;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Fresh rep ids NEW-1, NEW-2, … not used by any rep or owner of `book`. */
export function freshRepIds(book: Book, count: number): string[] {
	// A local lookup, never state: nothing reacts to it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const taken = new Set([...book.reps.id, ...book.accounts.ownerId]);
	const out: string[] = [];
	for (let k = 1; out.length < count; k++) if (!taken.has(`NEW-${k}`)) out.push(`NEW-${k}`);
	return out;
}

export class WhatIfState {
	/** The what-if being prepared or solved, null when idle. */
	busy = $state<WhatIfKind | null>(null);
	phase = $state<string | null>(null);
	errors = $state<Partial<Record<WhatIfKind, string>>>({});
	outcome = $state.raw<WhatIfOutcome | null>(null);
	softBalance = $state(true);

	private zips: Promise<{ table: ZipCentroids; index: Map<string, number[]> } | null> | null = null;

	constructor(
		private runner: WhatIfRunner,
		private loadZips: () => Promise<ZipCentroids | null>
	) {}

	repLeaves(ws: WorkspaceState, scenarios: ScenarioState, repId: string): Promise<boolean> {
		return this.run('rep-leaves', ws, scenarios, (book, settings) =>
			this.runner.repLeaves(book, settings, repId, { softBalance: this.softBalance })
		);
	}

	repsJoin(ws: WorkspaceState, scenarios: ScenarioState, form: RepsJoinForm): Promise<boolean> {
		return this.run('reps-join', ws, scenarios, async (book, settings) => {
			const count = Math.round(Number(form.count));
			if (!(count >= 1 && count <= 20)) return fail('Add between 1 and 20 reps.');
			const ramp = Number(form.ramp);
			if (!(ramp > 0 && ramp <= 1)) return fail('Ramp is a share from 1% to 100%.');
			const zips = await this.zipTable();
			if (!zips) return fail('The ZIP table could not be loaded, so places cannot be looked up.');
			const found = lookupPlace(zips.table, form.place, zips.index);
			if (!found.ok) return fail(found.error);
			const ids = freshRepIds(book, count);
			const base = form.name.trim().slice(0, 80) || 'New rep';
			const reps: NewRep[] = ids.map((id, k) => ({
				id,
				name: count > 1 ? `${base} ${k + 1}` : base,
				lat: found.place.lat,
				lon: found.place.lon,
				zip: found.place.zip,
				city: found.place.city,
				ramp
			}));
			const r = repsJoin(book, settings, reps);
			return r.ok ? { ...r, notes: `${r.notes} Based at ${found.place.label}.` } : r;
		});
	}

	suggestBases(ws: WorkspaceState, scenarios: ScenarioState, form: SuggestForm): Promise<boolean> {
		return this.run('suggest-bases', ws, scenarios, (book, settings) => {
			const ramp = Number(form.ramp);
			if (!(ramp > 0 && ramp <= 1))
				return Promise.resolve(fail('Ramp is a share from 1% to 100%.'));
			const weighted = form.weightByPotential && 'potential' in book.accounts.metrics;
			return this.runner.suggestBases(book, settings, Math.round(Number(form.count)), {
				weightMetric: weighted ? 'potential' : null,
				ramp,
				timeLimitSeconds: 5
			});
		});
	}

	capacity(
		ws: WorkspaceState,
		scenarios: ScenarioState,
		repId: string,
		ramp: number
	): Promise<boolean> {
		return this.run('capacity', ws, scenarios, async (book, settings) => {
			if (!(ramp > 0 && ramp <= 2)) return fail('Ramp is a share from 1% to 200%.');
			return capacityChange(book, settings, { repId, ramp });
		});
	}

	demand(ws: WorkspaceState, scenarios: ScenarioState, form: DemandForm): Promise<boolean> {
		return this.run('demand', ws, scenarios, async (book, settings) => {
			const factor = Number(form.factor);
			if (!(factor >= 0 && factor <= 100)) return fail('The factor should be from 0 to 100.');
			if (!form.value.trim()) return fail(`Pick a ${form.field}.`);
			return demandSurge(book, settings, { filter: { [form.field]: form.value }, factor });
		});
	}

	/** Back to the book as loaded; the what-if's scenario stays saved. */
	back(ws: WorkspaceState): void {
		this.runner.cancel();
		ws.closeWhatIf();
		this.outcome = null;
	}

	cancel(ws: WorkspaceState): void {
		if (!this.busy) return;
		this.runner.cancel();
		ws.planner.cancel();
	}

	private async zipTable() {
		this.zips ??= this.loadZips()
			.then((table) => (table ? { table, index: cityIndex(table) } : null))
			.catch(() => null);
		const z = await this.zips;
		if (!z) this.zips = null;
		return z;
	}

	private async run(
		kind: WhatIfKind,
		ws: WorkspaceState,
		scenarios: ScenarioState,
		recipe: (book: Book, settings: PlanSettings) => Promise<Recipe>
	): Promise<boolean> {
		if (this.busy) return false;
		this.busy = kind;
		this.errors = { ...this.errors, [kind]: undefined };
		try {
			this.phase = 'Preparing the what-if…';
			const settings = copySettings($state.snapshot(ws.basePlanner.settings) as PlanSettings);
			const r = await recipe(ws.base, settings);
			if (!r.ok) return this.fail(kind, r.error);
			const opened = ws.openWhatIf(r.name, r.edits);
			if (!opened.ok) return this.fail(kind, opened.error);
			const planner = opened.planner;
			planner.settings = copySettings(r.settings);
			this.phase = `Solving “${r.name}”…`;
			const before = planner.version;
			await planner.optimise(r.name);
			if (planner.version === before) {
				const why = planner.message?.text ?? 'the solver returned no plan';
				const conflicts = planner.conflicts.map((c) => c.message).slice(0, 3);
				ws.closeWhatIf();
				return this.fail(kind, [why, ...conflicts].join(' '));
			}
			const saved = scenarios.saveCurrent(ws, r.name, r.notes);
			this.outcome = outcomeOf(kind, r.name, r.notes, saved?.id ?? null, planner, r.settings);
			return true;
		} catch (e) {
			if (ws.whatIf) ws.closeWhatIf();
			return this.fail(kind, `The what-if failed: ${errorText(e)}`);
		} finally {
			this.busy = null;
			this.phase = null;
		}
	}

	private fail(kind: WhatIfKind, error: string): false {
		this.errors = { ...this.errors, [kind]: error };
		return false;
	}
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}

function outcomeOf(
	kind: WhatIfKind,
	name: string,
	notes: string,
	scenarioId: string | null,
	planner: PlannerState,
	settings: PlanSettings
): WhatIfOutcome {
	const owner = planner.book.accounts.owner;
	const plan = planner.assignment;
	let othersMoved = 0;
	let freed = 0;
	let freedPlaced = 0;
	for (let i = 0; i < owner.length; i++) {
		if (owner[i] >= 0) {
			if (plan[i] !== owner[i]) othersMoved++;
		} else {
			freed++;
			if (plan[i] >= 0) freedPlaced++;
		}
	}
	return {
		kind,
		name,
		notes,
		scenarioId,
		othersMoved,
		freed,
		freedPlaced,
		moveCap: settings.moveCap.max,
		solveText: planner.lastRun?.text ?? ''
	};
}
