/**
 * Saved scenarios for the planner: save the working plan, duplicate, rename, delete, open one back
 * onto the planner, choose two to four to compare, share as a link or a file. Opening never
 * changes the working plan unless the scenario applies cleanly to the loaded data: a fingerprint
 * mismatch or an unknown account becomes a message and the plan on screen stays as it was.
 */
import type { Book } from '$lib/core/book';
import type { PlanSettings } from '$lib/core/settings';
import { assessPlan, type PlanAssessment } from '$lib/planner/assessment';
import {
	applyScenario,
	buildScenario,
	duplicateScenario,
	renameScenario,
	type Scenario
} from '$lib/scenario/scenario';
import { exportScenarios, importScenarios, scenarioFileName } from '$lib/scenario/scenario-file';
import { encodeShareLink, type EncodeResult } from '$lib/scenario/share-link';
import { checkLinkData, readLinkHash } from './link-intake';
import type { PlannerState } from './planner.svelte';
import { asTarget, finiteOnly, summarise, type ScenarioTarget } from './scenario-target';

export { asTarget, plannerTarget, summarise } from './scenario-target';
export type { ScenarioSummary, ScenarioTarget } from './scenario-target';

export interface ScenarioMessage {
	kind: 'error' | 'info';
	text: string;
}

export type ScenarioEvaluation =
	| {
			ok: true;
			scenario: Scenario;
			/** The book the plan is on (the base book, or the base with the scenario's edits). */
			book: Book;
			assignment: Int32Array;
			locked: Uint8Array;
			settings: PlanSettings;
			assessment: PlanAssessment;
	  }
	| { ok: false; scenario: Scenario; error: string };

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export class ScenarioState {
	list = $state.raw<Scenario[]>([]);
	/** Ids chosen for comparison, in the order they were picked. */
	compareIds = $state<string[]>([]);
	message = $state<ScenarioMessage | null>(null);
	/** A scenario from a share link waiting for its data, and what to ask the user for. */
	pendingLink = $state.raw<{ scenario: Scenario; prompt: string } | null>(null);
	/** Why the page's link could not be used (damaged, or the loaded data differs). */
	linkError = $state<string | null>(null);

	/** Assessments per scenario object (rename makes a new object, so a stale entry is never hit). */
	private evaluations = new WeakMap<Scenario, ScenarioEvaluation>();

	constructor(initial: Scenario[] = []) {
		this.list = [...initial];
	}

	get(id: string): Scenario | undefined {
		return this.list.find((s) => s.id === id);
	}

	/**
	 * Saves the plan on screen. With a what-if open, the scenario carries its edits and is
	 * fingerprinted on the base data as loaded, so it reopens from the same files.
	 */
	saveCurrent(on: PlannerState | ScenarioTarget, name: string, notes = ''): Scenario | null {
		const target = asTarget(on);
		const planner = target.planner;
		const label = name.trim() || `Plan ${this.list.length + 1}`;
		try {
			const scenario = buildScenario(
				target.base,
				planner.assignment,
				$state.snapshot(planner.settings) as PlanSettings,
				{
					name: label,
					notes,
					locked: planner.session.locked,
					metrics: finiteOnly(summarise(planner.assessment)),
					edits: target.edits
				}
			);
			this.list = [...this.list, scenario];
			this.message = { kind: 'info', text: `Saved “${scenario.name}”.` };
			return scenario;
		} catch (e) {
			this.message = { kind: 'error', text: `Could not save the plan: ${errorText(e)}` };
			return null;
		}
	}

	/** Adds scenarios from a file or a link; an id already in the list gets a fresh one. */
	add(scenarios: Scenario[]): Scenario[] {
		const taken = this.list.map((s) => s.id);
		const added = scenarios.map((s) => {
			const fresh = taken.includes(s.id)
				? { ...duplicateScenario(s, s.name), createdAt: s.createdAt }
				: s;
			taken.push(fresh.id);
			return fresh;
		});
		this.list = [...this.list, ...added];
		return added;
	}

	duplicate(id: string): Scenario | null {
		const s = this.get(id);
		if (!s) return null;
		const copy = duplicateScenario(s);
		const at = this.list.indexOf(s);
		this.list = [...this.list.slice(0, at + 1), copy, ...this.list.slice(at + 1)];
		return copy;
	}

	rename(id: string, name: string): boolean {
		const s = this.get(id);
		if (!s || !name.trim()) return false;
		this.list = this.list.map((x) => (x === s ? renameScenario(s, name) : x));
		return true;
	}

	remove(id: string): boolean {
		const before = this.list.length;
		this.list = this.list.filter((s) => s.id !== id);
		this.compareIds = this.compareIds.filter((x) => x !== id);
		return this.list.length < before;
	}

	/** Puts a saved scenario on screen as one undoable step. */
	open(id: string, on: PlannerState | ScenarioTarget): boolean {
		const s = this.get(id);
		if (!s) return false;
		return this.openScenario(s, on);
	}

	/**
	 * Opens any scenario (saved, or from a link): a what-if opens in the what-if's planner, a plain
	 * plan on the base planner (closing any what-if). False leaves everything untouched.
	 */
	openScenario(scenario: Scenario, on: PlannerState | ScenarioTarget): boolean {
		const target = asTarget(on);
		const applied = applyScenario(target.base, scenario);
		if (!applied.ok) {
			this.message = { kind: 'error', text: applied.error };
			return false;
		}
		let planner = target.basePlanner;
		if (scenario.edits.length > 0) {
			const opened = target.openWhatIf(scenario.name, scenario.edits);
			if (!opened.ok) {
				this.message = { kind: 'error', text: opened.error };
				return false;
			}
			planner = opened.planner;
		} else if (target.planner !== target.basePlanner) target.closeWhatIf();
		// The reasons for its moves follow from a worker; the plan itself is on screen now.
		void planner.applyPlan(
			applied.assignment,
			applied.settings,
			`Open “${scenario.name}”`,
			applied.locked
		);
		this.message = { kind: 'info', text: `Opened “${scenario.name}”.` };
		return true;
	}

	toggleCompare(id: string): void {
		if (this.compareIds.includes(id)) this.compareIds = this.compareIds.filter((x) => x !== id);
		else if (this.compareIds.length < MAX_COMPARE) this.compareIds = [...this.compareIds, id];
		else
			this.message = {
				kind: 'info',
				text: `Compare at most ${MAX_COMPARE} scenarios; untick one first.`
			};
	}

	get canCompare(): boolean {
		return this.compareIds.length >= MIN_COMPARE && this.compareIds.length <= MAX_COMPARE;
	}

	/** The scenarios chosen for comparison that still exist, in pick order. */
	get compared(): Scenario[] {
		return this.compareIds.map((id) => this.get(id)).filter((s): s is Scenario => !!s);
	}

	/** A scenario's plan and full assessment on the loaded data, computed once per scenario. */
	evaluate(scenario: Scenario, baseBook: Book): ScenarioEvaluation {
		const cached = this.evaluations.get(scenario);
		if (cached) return cached;
		const applied = applyScenario(baseBook, scenario);
		const result: ScenarioEvaluation = applied.ok
			? {
					ok: true,
					scenario,
					book: applied.book,
					assignment: applied.assignment,
					locked: applied.locked,
					settings: applied.settings,
					assessment: assessPlan(applied.book, applied.assignment, applied.settings)
				}
			: { ok: false, scenario, error: applied.error };
		this.evaluations.set(scenario, result);
		return result;
	}

	shareLink(id: string): EncodeResult | null {
		const s = this.get(id);
		return s ? encodeShareLink(s) : null;
	}

	/** A scenario file for the given scenarios (all when none are named). */
	exportFile(ids?: string[]): { name: string; text: string } | null {
		const chosen = ids ? this.list.filter((s) => ids.includes(s.id)) : this.list;
		if (!chosen.length) return null;
		const name = chosen.length === 1 ? chosen[0].name : 'carve-scenarios';
		return { name: scenarioFileName(name), text: exportScenarios(chosen) };
	}

	/** Imports a scenario file; bad entries are reported by position, the good ones kept. */
	importFile(input: string | Uint8Array, fileName: string): number {
		const result = importScenarios(input, fileName);
		if (!result.ok) {
			this.message = { kind: 'error', text: result.error };
			return 0;
		}
		const added = this.add(result.scenarios);
		const n = added.length;
		const head = `Imported ${n} scenario${n > 1 ? 's' : ''} from ${fileName}.`;
		this.message = result.errors.length
			? { kind: 'error', text: `${head} Skipped: ${result.errors.join(' ')}` }
			: { kind: 'info', text: head };
		return n;
	}

	/** Reads the page's hash on load; a damaged link becomes `linkError` and nothing else. */
	intakeLink(hash: string): void {
		const intake = readLinkHash(hash);
		if (intake.kind === 'error') {
			this.linkError = intake.error;
			this.pendingLink = null;
		} else if (intake.kind === 'pending') {
			this.linkError = null;
			this.pendingLink = { scenario: intake.scenario, prompt: intake.prompt };
		}
	}

	/**
	 * Once a book is loaded: applies the pending link's scenario if the data matches (it is also
	 * added to the list), else says how the files differ and keeps it pending for other files.
	 */
	applyPendingLink(on: PlannerState | ScenarioTarget): boolean {
		const pending = this.pendingLink;
		if (!pending) return false;
		const target = asTarget(on);
		const check = checkLinkData(pending.scenario, target.base);
		if (!check.same) {
			this.linkError = check.error;
			return false;
		}
		if (!this.openScenario(pending.scenario, target)) {
			this.linkError = this.message?.text ?? 'The link’s scenario could not be applied.';
			return false;
		}
		this.add([pending.scenario]);
		this.pendingLink = null;
		this.linkError = null;
		return true;
	}

	dismissLink(): void {
		this.pendingLink = null;
		this.linkError = null;
	}

	dismissMessage(): void {
		this.message = null;
	}
}

function errorText(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}
