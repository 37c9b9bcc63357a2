/**
 * The sensitivity sweep panel's state: one axis over the planner's current settings (the
 * balance-versus-travel weight, a balance tolerance, the continuity weight or the move cap), or
 * two different ones over their full grid (the first axis varying slowest), run in a solver pool
 * of its own with progress and Cancel, points drawn as they finish, and a chosen point opened on
 * the planner (one undoable step) or saved as a scenario. The pool is injected so
 * Node tests run it in-thread; the sweep never touches the planner until a point is opened.
 */
export { sweepPoolSize } from '$lib/workers/solver-pool';
import type { Book } from '$lib/core/book';
import type { PlanSettings } from '$lib/core/settings';
import { buildScenario, copySettings, type Scenario } from '$lib/scenario/scenario';
import {
	paretoFront,
	type StabilityEdge,
	type SweepPointResult,
	type SweepPointSummary
} from '$lib/sweep/analysis';
import {
	DEFAULT_RANGE,
	definitionFromInput,
	type AxisInput,
	type SweepAxisKind
} from '$lib/sweep/axis-input';
import { buildGrid, gridShape, type SweepDefinition, type SweepPoint } from '$lib/sweep/grid';
import type { BookEdit } from '$lib/whatif/book-edits';
import {
	pointLimitForBudget,
	runSweep,
	type SweepHandle,
	type SweepPool,
	type SweepProgress
} from '$lib/workers/sweep-runner';
import type { PlannerState } from './planner.svelte';

export { MAX_FORM_POINTS, MAX_STEPS, SWEEP_AXES, type SweepAxisKind } from '$lib/sweep/axis-input';

export const DEFAULT_STEPS = 11;
/** Steps of the second axis when it is switched on (11 × 5 = 55 points). */
export const DEFAULT_STEPS_2 = 5;
/** Seconds the whole sweep should take when the per-point limit is left on automatic. */
export const SWEEP_BUDGET_SECONDS = 20;

interface SweepOwner {
	book: Book;
	points: SweepPoint[];
	results: (SweepPointResult | null)[];
}

export class SweepState {
	axis = $state<SweepAxisKind>('weight-balance-vs-travel');
	steps = $state(DEFAULT_STEPS);
	from = $state(DEFAULT_RANGE['weight-balance-vs-travel'][0]);
	to = $state(DEFAULT_RANGE['weight-balance-vs-travel'][1]);
	/** The balanced metric a tolerance axis varies. */
	metric = $state('potential');
	/** Solver seconds per point; null = fit the sweep into SWEEP_BUDGET_SECONDS. */
	pointSeconds = $state<number | null>(null);
	/** The optional second axis (off by default): its own kind, range and steps. */
	second = $state(false);
	axis2 = $state<SweepAxisKind>('tolerance');
	steps2 = $state(DEFAULT_STEPS_2);
	from2 = $state(DEFAULT_RANGE.tolerance[0]);
	to2 = $state(DEFAULT_RANGE.tolerance[1]);
	metric2 = $state('potential');
	/** The axes of the sweep shown (not the form's, which may have changed since). */
	ranAxes = $state.raw<SweepAxisKind[]>([]);
	/** Steps per axis of the sweep shown. */
	shape = $state.raw<number[]>([]);
	running = $state(false);
	done = $state(0);
	total = $state(0);
	summaries = $state.raw<SweepPointSummary[]>([]);
	stability = $state.raw<StabilityEdge[]>([]);
	selected = $state<number | null>(null);
	error = $state<string | null>(null);
	info = $state<string | null>(null);

	private pool: Promise<SweepPool> | null = null;
	private handle: SweepHandle | null = null;
	private last: SweepOwner | null = null;

	constructor(private getPool: () => SweepPool | Promise<SweepPool>) {}

	/** Switches the axis and resets its range to that axis's usual one. */
	setAxis(axis: SweepAxisKind): void {
		this.axis = axis;
		[this.from, this.to] = DEFAULT_RANGE[axis];
	}

	/** Switches the second axis's setting and resets its range to that setting's usual one. */
	setAxis2(axis: SweepAxisKind): void {
		this.axis2 = axis;
		[this.from2, this.to2] = DEFAULT_RANGE[axis];
	}

	/** The axes as the grid builder wants them, or an error in words. */
	definition(): SweepDefinition | string {
		const first: AxisInput = {
			kind: this.axis,
			steps: this.steps,
			from: this.from,
			to: this.to,
			metric: this.metric
		};
		const second: AxisInput | null = this.second
			? {
					kind: this.axis2,
					steps: this.steps2,
					from: this.from2,
					to: this.to2,
					metric: this.metric2
				}
			: null;
		return definitionFromInput(first, second);
	}

	/** Sweeps the planner's current settings on its book; resolves when every point has ended. */
	async run(planner: PlannerState): Promise<void> {
		if (this.running) return;
		this.error = null;
		this.info = null;
		const def = this.definition();
		if (typeof def === 'string') {
			this.error = def;
			return;
		}
		const base = copySettings($state.snapshot(planner.settings) as PlanSettings);
		const grid = buildGrid(base, def);
		if (!grid.ok) {
			this.error = `This sweep cannot run: ${grid.message}.`;
			return;
		}
		let pool: SweepPool;
		try {
			pool = await (this.pool ??= Promise.resolve(this.getPool()));
		} catch (e) {
			this.pool = null;
			this.error = `The sweep's workers did not start: ${e instanceof Error ? e.message : String(e)}`;
			return;
		}
		const points = grid.points;
		const owner: SweepOwner = { book: planner.book, points, results: points.map(() => null) };
		this.last = owner;
		this.running = true;
		this.done = 0;
		this.total = points.length;
		this.selected = null;
		this.ranAxes = def.axes.map((a) => a.axis);
		this.shape = gridShape(points);
		this.stability = [];
		this.summaries = [];
		const limit =
			this.pointSeconds ??
			Math.min(10, pointLimitForBudget(SWEEP_BUDGET_SECONDS, points.length, pool.size));
		const partial: SweepPointSummary[] = [];
		const handle = runSweep(planner.book, points, pool, {
			pointTimeLimitSeconds: limit,
			onProgress: (p) => {
				if (this.last !== owner) return;
				owner.results[p.point.index] = p.point;
				partial.push(summaryOf(points[p.point.index], p));
				this.done = p.done;
				this.summaries = withFront(partial);
			}
		});
		this.handle = handle;
		const run = await handle.done;
		if (this.last !== owner) return;
		this.handle = null;
		this.running = false;
		run.results.forEach((r) => (owner.results[r.index] = r));
		if (run.summaries.length) this.summaries = run.summaries;
		this.stability = run.stability;
		const failed = run.summaries.filter((s) => !s.plan).length;
		this.info = run.cancelled
			? `Cancelled after ${this.done} of ${this.total} points.`
			: `${this.total} points in ${run.seconds.toFixed(1)} s (${limit.toFixed(1)} s per point)${failed ? `; ${failed} without a plan` : ''}.`;
	}

	cancel(): void {
		this.handle?.cancel();
	}

	/** Puts a point's plan and settings on the planner as one undoable step; false if it has none. */
	openPoint(index: number, planner: PlannerState): boolean {
		this.selected = index;
		const found = this.pointFor(index, planner.book);
		if (typeof found === 'string') {
			this.error = found;
			return false;
		}
		this.error = null;
		void planner.applyPlan(
			Int32Array.from(found.plan),
			found.point.settings,
			`Sweep: ${found.point.label}`
		);
		this.info = `Opened “${found.point.label}” on the planner (Undo goes back).`;
		return true;
	}

	/**
	 * Saves a point as a scenario. `baseBook` is the data as loaded and `edits` the what-if's (if
	 * the sweep ran on a what-if book), so the scenario's fingerprint is of the loaded data.
	 */
	saveAsScenario(
		index: number,
		scenarios: { add(s: Scenario[]): Scenario[] },
		baseBook: Book,
		edits: readonly BookEdit[] = []
	): Scenario | null {
		const found = this.pointFor(index, null);
		if (typeof found === 'string') {
			this.error = found;
			return null;
		}
		try {
			const s = buildScenario(baseBook, found.plan, found.point.settings, {
				name: `Sweep: ${found.point.label}`,
				notes: `Point ${index + 1} of a ${this.total}-point sweep.`,
				edits: [...edits]
			});
			const [added] = scenarios.add([s]);
			this.info = `Saved “${added.name}” as a scenario.`;
			return added;
		} catch (e) {
			this.error = `Could not save the point: ${e instanceof Error ? e.message : String(e)}`;
			return null;
		}
	}

	dispose(): void {
		this.cancel();
		void this.pool?.then((p) => (p as { dispose?: () => void }).dispose?.());
		this.pool = null;
	}

	private pointFor(
		index: number,
		book: Book | null
	): { point: SweepPoint; plan: Int32Array } | string {
		const owner = this.last;
		if (!owner) return 'Run a sweep first.';
		if (book && owner.book !== book)
			return 'This sweep was run on other data (the book as loaded or another what-if); run it again here.';
		const point = owner.points[index];
		const plan = owner.results[index]?.assignment;
		if (!point) return `There is no point ${index + 1}.`;
		if (!plan)
			return `“${point.label}” has no plan (${owner.results[index]?.status ?? 'not run'}).`;
		return { point, plan };
	}
}

function summaryOf(point: SweepPoint, p: SweepProgress): SweepPointSummary {
	return {
		index: point.index,
		cell: point.cell,
		coords: point.coords,
		label: point.label,
		status: p.point.status,
		gap: p.point.gap,
		message: p.point.message,
		plan: p.plan,
		pareto: false
	};
}

/** Interim Pareto flags over the points finished so far (the final run recomputes them). */
function withFront(list: SweepPointSummary[]): SweepPointSummary[] {
	const sorted = [...list].sort((a, b) => a.index - b.index);
	const front = paretoFront(
		sorted.map((s) =>
			s.plan && (s.status === 'optimal' || s.status === 'feasible')
				? [s.plan.imbalance, s.plan.travelKm, s.plan.moved]
				: null
		)
	);
	return sorted.map((s, k) => ({ ...s, pareto: front[k] }));
}
