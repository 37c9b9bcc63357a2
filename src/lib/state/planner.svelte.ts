/**
 * The planner workspace for one loaded book: settings (from a preset or edited), the working plan
 * with its undo history (EditSession), solving in a worker pool with progress and cancel, the
 * assessment and changes the views draw, and the hand-edit selection. Components read these fields
 * and call these methods; solving goes through the injected PlanSolver, so this runs in Node tests.
 * Nothing here clears the working plan on failure: a crash, timeout, cancel or infeasible rule set
 * leaves the last plan and every edit in place and says what happened.
 */
import type { Book } from '$lib/core/book';
import type { PlanSettings } from '$lib/core/settings';
import type { ConflictExplanation, SolveProgress } from '$lib/engine/result';
import { createMetricsContext, type MetricsContext } from '$lib/metrics/context';
import { assessPlan, type PlanAssessment } from '$lib/planner/assessment';
import { planChanges, type MovedAccount, type PlanChanges } from '$lib/planner/changes';
import { EditSession, type EditDiff } from '$lib/planner/edit-session';
import { presets, type Preset, type PresetId } from '$lib/planner/presets';
import { copySettings } from '$lib/scenario/scenario';
import {
	fileStem,
	planFile,
	type ParquetWriter,
	type PlanFile,
	type PlanFileKind
} from './plan-files';
import type { PlanSolver } from './plan-solver';
import { explainChanges, explanationsOf, type Explanation } from './plan-explanations';
import { PlannerSelection } from './planner-selection.svelte';
import { matchPreset, presetSettings } from './preset-match';
import { syncLocks } from './session-locks';
import type { RunSummary } from './run-summary';
import { readOutcome, type PlannerMessage } from './solve-outcome';

export type { PlannerMessage } from './solve-outcome';

/** Planners share one solver pool (the base plan and a what-if): each keeps its own job keys. */
let planners = 0;
/** Seconds a planner solve may take by default: the sample book settles well within it. */
export const PLANNER_TIME_LIMIT = 5;

export class PlannerState {
	readonly book: Book;
	/** Today's owners: the plan "moved" and "before" refer to. */
	readonly baseline: Int32Array;
	readonly presets: Preset[];
	settings = $state<PlanSettings>() as PlanSettings;
	running = $state(false);
	progress = $state.raw<SolveProgress | null>(null);
	lastRun = $state.raw<RunSummary | null>(null);
	conflicts = $state.raw<ConflictExplanation[]>([]);
	message = $state<PlannerMessage | null>(null);
	/** A worker is wording the moves of an applied plan; its changes show "working out" until then. */
	explaining = $state(false);
	/** Bumped on every change of the working plan or its locks (the session mutates in place). */
	version = $state(0);
	readonly selection: PlannerSelection;
	readonly session: EditSession;

	/** The last solve's reasons per moved account id (replaced whole, never mutated). */
	private explanations: Record<string, Explanation> = {};
	private runId = 0;
	private explainRun = 0;
	private readonly solveKey: string;
	private readonly explainKey: string;

	constructor(
		book: Book,
		private solver: PlanSolver,
		initialPreset: PresetId = 'hybrid'
	) {
		this.book = book;
		const me = ++planners;
		this.solveKey = `plan-${me}`;
		this.explainKey = `explain-${me}`;
		this.baseline = Int32Array.from(book.accounts.owner);
		this.presets = presets(book, PLANNER_TIME_LIMIT);
		const start = this.presets.find((p) => p.id === initialPreset) ?? this.presets[0];
		this.settings = copySettings(start.settings);
		this.session = new EditSession(book, createMetricsContext(book, this.settings), this.baseline);
		this.selection = new PlannerSelection(book, () => this.session.assignment);
	}

	/** The preset the settings still equal (manual locks and time limit aside), else null. */
	activePreset: PresetId | null = $derived.by(() => matchPreset(this.presets, this.settings));

	/**
	 * The working plan. The session mutates one array in place, so a derived value would never
	 * change identity; reading `version` here makes every reader depend on each edit instead.
	 */
	get assignment(): Readonly<Int32Array> {
		void this.version;
		return this.session.assignment;
	}

	baselineAssessment: PlanAssessment = $derived.by(() =>
		assessPlan(this.book, this.baseline, this.settings)
	);

	/** Rebuilt only when the settings change (skills, travel mode), not on every edit. */
	private context: MetricsContext = $derived.by(() =>
		createMetricsContext(this.book, this.settings)
	);

	assessment: PlanAssessment = $derived.by(() => {
		void this.version;
		return assessPlan(
			this.book,
			this.session.assignment as Int32Array,
			this.settings,
			this.session.metrics(),
			5,
			this.context
		);
	});

	/** Changes against today's owners, with the engine's reasons where the last solve gave them. */
	changes: PlanChanges = $derived.by(() => {
		void this.version;
		const changes = planChanges(this.book, this.session.assignment as Int32Array);
		return explainChanges(changes, this.explanations, this.explaining);
	});

	history = $derived.by(() => {
		void this.version;
		const s = this.session;
		return { canUndo: s.canUndo, canRedo: s.canRedo, undo: s.undoLabel, redo: s.redoLabel };
	});

	editedCount: number = $derived.by(() => {
		void this.version;
		return this.session.editedAccounts().length;
	});

	choosePreset(id: PresetId): void {
		const p = this.presets.find((x) => x.id === id);
		if (!p) return;
		this.settings = presetSettings(p, this.settings);
		this.conflicts = [];
	}

	/** Solves with the current settings; the result becomes one undoable step of the plan. */
	async optimise(label = this.activePresetLabel()): Promise<void> {
		const id = ++this.runId;
		this.message = null;
		this.conflicts = [];
		const settings = copySettings($state.snapshot(this.settings) as PlanSettings);
		this.running = true;
		this.progress = { phase: 'starting', elapsed: 0, bestObjective: null, bound: null };
		// The worker compiles the book and explains the moves: at 50k accounts that is a second the
		// page would otherwise freeze for.
		const outcome = await this.solver.solve(
			this.solveKey,
			{ book: this.book, settings },
			{
				timeLimitSeconds: settings.timeLimitSeconds,
				onProgress: (p) => {
					if (id === this.runId) this.progress = p;
				}
			}
		);
		if (id !== this.runId) return;
		this.running = false;
		this.progress = null;
		const { summary, message, conflicts, plan } = readOutcome(outcome, label);
		this.lastRun = summary;
		this.conflicts = conflicts;
		if (!plan) {
			this.message = message;
			return;
		}
		this.explanations = explanationsOf(outcome.kind === 'result' ? (outcome.moved ?? []) : []);
		// The solve's own reasons win over those of a plan applied before it.
		this.explainRun++;
		this.explaining = false;
		this.session.applyPlan(plan, `Optimise (${label})`);
		this.session.rebase();
		this.selection.clear();
		this.version++;
		if (message) this.message = message;
	}

	/**
	 * Puts a plan made elsewhere (an opened scenario, a sweep point, a what-if) on screen with its
	 * settings, as one undoable step. The plan shows at once; the engine's reasons for its moves are
	 * worked out in a worker (compiling and explaining a 50k book is a second of work), and the
	 * returned promise settles when they are in.
	 */
	applyPlan(
		plan: Int32Array,
		settings: PlanSettings | null,
		label: string,
		locked?: Uint8Array
	): Promise<void> {
		if (settings) this.settings = copySettings(settings);
		this.session.applyPlan(plan, label);
		if (locked) syncLocks(this.session, locked, label);
		this.session.rebase();
		this.selection.clear();
		this.explanations = {};
		this.version++;
		return this.explain(Int32Array.from(plan));
	}

	/** Asks the worker for the reasons of `plan`'s moves; a newer plan or solve makes them moot. */
	private async explain(plan: Int32Array): Promise<void> {
		const run = ++this.explainRun;
		this.explaining = true;
		const settings = copySettings($state.snapshot(this.settings) as PlanSettings);
		let moved: MovedAccount[] | null = null;
		try {
			const out = await this.solver.explain(this.explainKey, { book: this.book, settings, plan });
			if (out.kind === 'explained') moved = out.moved;
		} catch {
			// No reasons is a lesser loss than a plan that failed to open: the moves stay unexplained.
		}
		if (run !== this.explainRun) return;
		this.explaining = false;
		if (moved) this.explanations = explanationsOf(moved);
		this.version++;
	}

	/** Puts back a stored undo/redo history (see EditSession.importHistory); false if it does not fit. */
	restoreHistory(history: { undo: EditDiff[]; redo: EditDiff[] }): boolean {
		if (!this.session.importHistory(history)) return false;
		this.version++;
		return true;
	}

	/** Stops the running solve; the plan on screen stays as it was. */
	cancel(): void {
		if (!this.running) return;
		this.solver.cancel(this.solveKey);
	}

	/** "Re-optimise around my edits": hand-edited accounts become manual locks, then solve. */
	reoptimiseAroundEdits(): Promise<void> {
		this.settings.locks.manual = this.session.settingsWithEditLocks(
			$state.snapshot(this.settings) as PlanSettings
		).locks.manual;
		return this.optimise('around your edits');
	}

	clearManualLocks(): void {
		this.settings.locks.manual = {};
	}

	reassignSelected(rep: number): void {
		const picked = this.selection.indices();
		if (picked.length > 0 && this.session.reassign(picked, rep)) this.version++;
	}

	lockSelected(locked: boolean): void {
		const picked = this.selection.indices();
		if (picked.length > 0 && this.session.setLocked(picked, locked)) this.version++;
	}

	/** Moves one account (drag from the table or the changes list). */
	moveAccount(i: number, rep: number): void {
		if (this.session.reassign([i], rep)) this.version++;
	}

	undo(): void {
		if (this.session.undo()) this.version++;
	}

	redo(): void {
		if (this.session.redo()) this.version++;
	}

	/** The working plan as a file; a failure becomes a message, never a lost plan. */
	async file(kind: PlanFileKind, writeParquet: ParquetWriter): Promise<PlanFile | null> {
		try {
			const stem = fileStem(this.lastRun?.label ?? 'plan', Date.now());
			return await planFile(
				kind,
				this.book,
				Int32Array.from(this.session.assignment),
				stem,
				writeParquet
			);
		} catch (e) {
			const why = e instanceof Error ? e.message : String(e);
			this.message = { kind: 'error', text: `The ${kind} export failed: ${why}` };
			return null;
		}
	}

	dismissMessage(): void {
		this.message = null;
	}

	dispose(): void {
		this.runId++;
		this.explainRun++;
		this.solver.cancel(this.solveKey);
		this.solver.cancel(this.explainKey);
	}

	private activePresetLabel(): string {
		const id = this.activePreset;
		return this.presets.find((p) => p.id === id)?.label ?? 'custom settings';
	}
}
