/**
 * Repair and improvement on a PlanState, restricted to each account's candidate reps.
 *
 * Repair minimises objective + rho * violation over moves and swaps that touch violated reps,
 * doubling rho whenever a sweep stalls, so cheap fixes are tried before expensive ones; a stalled
 * round is retried "wide" (every allowed rep, not just candidates) and then with swaps.
 * Improvement keeps the plan feasible (no move may add violation) and takes improving moves, then
 * swaps prefiltered by their cost change.
 */
import type { PlanState } from './plan-state';
import { members, swapPass } from './swaps';

export interface Control {
	/** performance.now() deadline in ms. */
	deadline: number;
	signal?: { aborted: boolean };
}

const EPS = 1e-9;

function stopped(ctl: Control): boolean {
	return (ctl.signal?.aborted ?? false) || performance.now() > ctl.deadline;
}

/** Reps with any violated hard resource row (or all reps if the move cap is violated). */
function violatedReps(st: PlanState): Uint8Array {
	const { p, nr, pen } = st.pr;
	const bad = new Uint8Array(p);
	for (let r = 0; r < nr; r++) {
		if (pen[r] > 0) continue;
		for (let j = 0; j < p; j++) if (st.dev(r, j, st.load[r * p + j]) > 0) bad[j] = 1;
	}
	if (st.capViol(st.moved) > 0) bad.fill(1);
	return bad;
}

/** Mean gap between each account's two best candidate guide values: the scale of a choice. */
function spread(st: PlanState, g: Float64Array): number {
	const { n, p, candStart, cand } = st.pr;
	let sum = 0;
	for (let i = 0; i < n; i++) {
		let b1 = Infinity;
		let b2 = Infinity;
		for (let t = candStart[i]; t < candStart[i + 1]; t++) {
			const v = g[i * p + cand[t]];
			if (v < b1) {
				b2 = b1;
				b1 = v;
			} else if (v < b2) b2 = v;
		}
		if (b2 < Infinity) sum += b2 - b1;
	}
	return Math.max(sum / Math.max(1, n), 1e-9);
}

function averageCost(st: PlanState): number {
	return Math.max(st.cost / Math.max(1, st.pr.n), 1e-6);
}

/**
 * Drives the hard violation to zero. `guide` (n*p, e.g. multiplier-adjusted costs) replaces the
 * true cost when choosing moves: in Lagrangian terms many reps are nearly equally good for an
 * account, and the true cost alone would pull plans away from the balanced optimum.
 * Returns true when the plan is feasible.
 */
export function repair(st: PlanState, ctl: Control, guide: Float64Array | null = null): boolean {
	const { pr } = st;
	const { n, p, candStart, cand } = pr;
	const g = guide ?? pr.cost;
	st.recompute();
	const rho0 = guide === null ? averageCost(st) : spread(st, g);
	let rho = 16 * rho0;
	const mark = new Uint8Array(n);
	let wide = false;
	for (let round = 0; round < 80 && st.viol > 0; round++) {
		if (stopped(ctl)) break;
		const before = st.viol;
		const bad = violatedReps(st);
		const todo = wide ? null : touching(st, bad, mark);
		const count = todo === null ? n : todo.length;
		for (let q = 0; q < count; q++) {
			const i = todo === null ? q : todo[q];
			const a = st.assign[i];
			if (wide && bad[a] === 0 && !anyAllowedBad(st, i, bad)) continue;
			let bestScore = -EPS;
			let bestJ = -1;
			const from = wide ? 0 : candStart[i];
			const to = wide ? p : candStart[i + 1];
			for (let t = from; t < to; t++) {
				const b = wide ? t : cand[t];
				if (b === a) continue;
				// Wide rounds reach beyond candidate lists, but only for moves touching a violated rep.
				if (wide && ((bad[a] === 0 && bad[b] === 0) || !allowedPair(st, i, b))) continue;
				st.moveDelta(i, b);
				const score = g[i * p + b] - g[i * p + a] + rho * st.dViol;
				if (score < bestScore) {
					bestScore = score;
					bestJ = b;
				}
			}
			if (bestJ >= 0) {
				st.moveDelta(i, bestJ);
				st.applyMove(i, bestJ);
			}
		}
		const stalled = st.viol > 0 && st.viol > before * 0.98;
		const badNow = violatedReps(st);
		if (stalled && wide) swapPass(st, ctl, rho, badNow);
		// Past a point a higher price changes nothing; only wide rounds and swaps can.
		if (stalled && rho < 1e6 * rho0) rho *= 2;
		wide = stalled && !wide;
		if (st.viol <= 1e-9) st.recompute();
	}
	st.recompute();
	return st.viol === 0;
}

function allowedPair(st: PlanState, i: number, j: number): boolean {
	const allowed = st.pr.model.allowed;
	return allowed === null || allowed[i * st.pr.p + j] === 1;
}

function anyAllowedBad(st: PlanState, i: number, bad: Uint8Array): boolean {
	for (let j = 0; j < st.pr.p; j++) if (bad[j] === 1 && allowedPair(st, i, j)) return true;
	return false;
}

/** Accounts on a violated rep or listing one as a candidate. */
function touching(st: PlanState, bad: Uint8Array, mark: Uint8Array): number[] {
	const { invStart, inv } = st.pr;
	const mem = members(st);
	mark.fill(0);
	const todo: number[] = [];
	for (let j = 0; j < st.pr.p; j++) {
		if (bad[j] === 0) continue;
		for (let t = mem.start[j]; t < mem.start[j + 1]; t++) {
			const i = mem.list[t];
			if (mark[i] === 1) continue;
			mark[i] = 1;
			todo.push(i);
		}
		for (let t = invStart[j]; t < invStart[j + 1]; t++) {
			const i = inv[t];
			if (mark[i] === 1) continue;
			mark[i] = 1;
			todo.push(i);
		}
	}
	return todo;
}

/**
 * Improving moves and swaps that never add violation, until a local optimum or the deadline.
 * `onlyTouched` starts from the reps already marked in `st.touched` (a plan that was a local
 * optimum before a few local changes) instead of all reps.
 */
export function improve(st: PlanState, ctl: Control, onlyTouched = false): void {
	const { pr } = st;
	const { n, p, candStart, cand } = pr;
	const dirty = new Uint8Array(p);
	if (!onlyTouched) st.touched.fill(1);
	for (let sweep = 0; sweep < 200; sweep++) {
		// Only accounts near reps whose loads changed can have a new improving move or swap.
		dirty.set(st.touched);
		st.touched.fill(0);
		let gained = 0;
		for (let i = 0; i < n; i++) {
			if ((i & 1023) === 0 && stopped(ctl)) return;
			let near = dirty[st.assign[i]] === 1;
			for (let t = candStart[i]; t < candStart[i + 1] && !near; t++) near = dirty[cand[t]] === 1;
			if (!near) continue;
			let bestD = -EPS;
			let bestJ = -1;
			for (let t = candStart[i]; t < candStart[i + 1]; t++) {
				const b = cand[t];
				if (b === st.assign[i]) continue;
				st.moveDelta(i, b);
				if (st.dViol <= EPS && st.dObj < bestD) {
					bestD = st.dObj;
					bestJ = b;
				}
			}
			if (bestJ >= 0) {
				st.moveDelta(i, bestJ);
				st.applyMove(i, bestJ);
				gained++;
			}
		}
		if (stopped(ctl)) break;
		gained += swapPass(st, ctl, Infinity, null, dirty);
		st.recompute();
		if (gained === 0) break;
	}
}
