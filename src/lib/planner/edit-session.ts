/**
 * The planner's hand-edit session: the current assignment, account locks, and an undo/redo history
 * of compact diffs (only the accounts an edit touched). Metrics stay in step through
 * IncrementalMetrics, so an edit costs O(changed accounts), never a full recompute.
 * Undo/redo follow Ctrl+Z / Ctrl+Shift+Z: a new edit clears the redo stack.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import type { MetricsContext } from '../metrics/context';
import { IncrementalMetrics } from '../metrics/incremental';
import type { PlanMetrics } from '../metrics/plan-metrics';

/** One undoable step: for each touched account, its rep and lock before and after. */
export interface EditDiff {
	label: string;
	accounts: Int32Array;
	from: Int32Array;
	to: Int32Array;
	lockFrom: Uint8Array;
	lockTo: Uint8Array;
}

export interface EditSessionOptions {
	/** Oldest steps are dropped beyond this many (default 1,000). */
	maxHistory?: number;
	/** Accounts locked from the start (1 = locked). */
	locked?: Uint8Array;
}

export class EditSession {
	private readonly inc: IncrementalMetrics;
	private readonly locks: Uint8Array;
	/** The plan the session started from (or was last rebased on): "edited" means differs from it. */
	private base: Int32Array;
	private undoStack: EditDiff[] = [];
	private redoStack: EditDiff[] = [];
	private readonly maxHistory: number;
	/** Bumped on every change so UI state can react without diffing arrays. */
	version = 0;

	constructor(
		private readonly book: Book,
		ctx: MetricsContext,
		initial: Int32Array,
		opts: EditSessionOptions = {}
	) {
		if (initial.length !== book.accounts.n)
			throw new Error(`plan has ${initial.length} entries but the book has ${book.accounts.n}`);
		this.inc = new IncrementalMetrics(ctx, initial);
		this.base = Int32Array.from(this.inc.assignment);
		this.locks = opts.locked ? Uint8Array.from(opts.locked) : new Uint8Array(book.accounts.n);
		this.maxHistory = opts.maxHistory ?? 1000;
	}

	/** Current assignment (read-only view: change it through edits). */
	get assignment(): Readonly<Int32Array> {
		return this.inc.assignment;
	}

	get locked(): Readonly<Uint8Array> {
		return this.locks;
	}

	get canUndo(): boolean {
		return this.undoStack.length > 0;
	}

	get canRedo(): boolean {
		return this.redoStack.length > 0;
	}

	/** Label of the step Ctrl+Z would undo (for "Undo: move 3 accounts to R2"). */
	get undoLabel(): string | null {
		return this.undoStack.at(-1)?.label ?? null;
	}

	get redoLabel(): string | null {
		return this.redoStack.at(-1)?.label ?? null;
	}

	metrics(): PlanMetrics {
		return this.inc.snapshot();
	}

	load(metric: string, rep: number): number {
		return this.inc.load(metric, rep);
	}

	/**
	 * Moves accounts to rep `to` (-1 unassigns); returns false when nothing changed. Locked
	 * accounts move too (a hand move is the user's own decision) and stay locked, to the new rep.
	 */
	reassign(accounts: ArrayLike<number>, to: number, label?: string): boolean {
		const rep = to >= 0 && to < this.book.reps.p ? to : -1;
		const name = rep >= 0 ? this.book.reps.id[rep] : 'no rep';
		return this.record(
			label ?? `Move ${plural(accounts.length)} to ${name}`,
			accounts,
			() => rep,
			(i) => this.locks[i]
		);
	}

	/** Locks (pins to their current rep) or unlocks accounts. */
	setLocked(accounts: ArrayLike<number>, locked: boolean, label?: string): boolean {
		const verb = locked ? 'Lock' : 'Unlock';
		return this.record(
			label ?? `${verb} ${plural(accounts.length)}`,
			accounts,
			(i) => this.inc.assignment[i],
			() => (locked ? 1 : 0)
		);
	}

	/** Replaces the whole plan (e.g. a re-optimised one) as one undoable step. */
	applyPlan(plan: Int32Array, label = 'Apply plan'): boolean {
		if (plan.length !== this.book.accounts.n)
			throw new Error(`plan has ${plan.length} entries but the book has ${this.book.accounts.n}`);
		const changed: number[] = [];
		for (let i = 0; i < plan.length; i++)
			if (normal(plan[i], this.book.reps.p) !== this.inc.assignment[i]) changed.push(i);
		return this.record(
			label,
			changed,
			(i) => normal(plan[i], this.book.reps.p),
			(i) => this.locks[i]
		);
	}

	undo(): boolean {
		const d = this.undoStack.pop();
		if (!d) return false;
		this.apply(d.accounts, d.from, d.lockFrom);
		this.redoStack.push(d);
		this.version++;
		return true;
	}

	redo(): boolean {
		const d = this.redoStack.pop();
		if (!d) return false;
		this.apply(d.accounts, d.to, d.lockTo);
		this.undoStack.push(d);
		this.version++;
		return true;
	}

	/** Accounts the user changed by hand: moved away from the base plan, or locked. */
	editedAccounts(): Int32Array {
		const a = this.inc.assignment;
		const out: number[] = [];
		for (let i = 0; i < a.length; i++) if (a[i] !== this.base[i] || this.locks[i]) out.push(i);
		return Int32Array.from(out);
	}

	/**
	 * "Re-optimise around my edits": settings whose manual locks pin every edited account to its
	 * current rep (existing manual locks kept; unassigned accounts cannot be pinned and are skipped).
	 */
	settingsWithEditLocks(settings: PlanSettings): PlanSettings {
		const manual = { ...settings.locks.manual };
		const a = this.inc.assignment;
		for (const i of this.editedAccounts())
			if (a[i] >= 0) manual[this.book.accounts.id[i]] = this.book.reps.id[a[i]];
		return { ...settings, locks: { ...settings.locks, manual } };
	}

	/** The undo and redo stacks, oldest first, for storing the workspace (copies). */
	exportHistory(): { undo: EditDiff[]; redo: EditDiff[] } {
		const copy = (d: EditDiff): EditDiff => ({
			label: d.label,
			accounts: d.accounts.slice(),
			from: d.from.slice(),
			to: d.to.slice(),
			lockFrom: d.lockFrom.slice(),
			lockTo: d.lockTo.slice()
		});
		return { undo: this.undoStack.map(copy), redo: this.redoStack.map(copy) };
	}

	/**
	 * Replaces the history with a stored one whose last undo step led to the current plan. Refused
	 * (false, nothing changes) when any step does not fit this book.
	 */
	importHistory(h: { undo: EditDiff[]; redo: EditDiff[] }): boolean {
		const n = this.book.accounts.n;
		const p = this.book.reps.p;
		const rep = (j: number) => Number.isInteger(j) && j >= -1 && j < p;
		const flag = (l: number) => l === 0 || l === 1;
		const fits = (d: EditDiff) => {
			const k = d.accounts.length;
			return (
				typeof d.label === 'string' &&
				[d.from, d.to, d.lockFrom, d.lockTo].every((a) => a.length === k) &&
				d.accounts.every((i) => Number.isInteger(i) && i >= 0 && i < n) &&
				d.from.every(rep) &&
				d.to.every(rep) &&
				d.lockFrom.every(flag) &&
				d.lockTo.every(flag)
			);
		};
		if (!h.undo.every(fits) || !h.redo.every(fits)) return false;
		this.undoStack = h.undo.slice(-this.maxHistory);
		this.redoStack = h.redo.slice();
		this.version++;
		return true;
	}

	/** Makes the current plan the new base (after a re-optimisation was accepted); keeps history. */
	rebase(): void {
		this.base = Int32Array.from(this.inc.assignment);
		this.version++;
	}

	private record(
		label: string,
		accounts: ArrayLike<number>,
		rep: (i: number) => number,
		lock: (i: number) => number
	): boolean {
		const seen = new Set<number>();
		const idx: number[] = [];
		const to: number[] = [];
		const lockTo: number[] = [];
		for (let k = 0; k < accounts.length; k++) {
			const i = accounts[k];
			if (!(i >= 0 && i < this.book.accounts.n) || seen.has(i)) continue;
			seen.add(i);
			const r = rep(i);
			const l = lock(i);
			if (r === this.inc.assignment[i] && l === this.locks[i]) continue;
			idx.push(i);
			to.push(r);
			lockTo.push(l);
		}
		if (idx.length === 0) return false;
		const accountsOut = Int32Array.from(idx);
		const diff: EditDiff = {
			label,
			accounts: accountsOut,
			from: Int32Array.from(idx, (i) => this.inc.assignment[i]),
			to: Int32Array.from(to),
			lockFrom: Uint8Array.from(idx, (i) => this.locks[i]),
			lockTo: Uint8Array.from(lockTo)
		};
		this.apply(diff.accounts, diff.to, diff.lockTo);
		this.undoStack.push(diff);
		if (this.undoStack.length > this.maxHistory) this.undoStack.shift();
		this.redoStack = [];
		this.version++;
		return true;
	}

	private apply(accounts: Int32Array, reps: Int32Array, locks: Uint8Array): void {
		for (let k = 0; k < accounts.length; k++) {
			this.inc.move(accounts[k], reps[k]);
			this.locks[accounts[k]] = locks[k];
		}
	}
}

function normal(j: number, p: number): number {
	return j >= 0 && j < p ? j : -1;
}

function plural(n: number): string {
	return n === 1 ? '1 account' : `${n} accounts`;
}
