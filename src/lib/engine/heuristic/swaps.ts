/**
 * Swap moves for repair and improvement: two accounts on different reps trade places, each only
 * to one of its candidate reps. Swaps keep account counts and, for accounts of similar size,
 * loads: the moves tight bands still allow when single moves are closed.
 */
import type { Control } from './local-search';
import type { PlanState } from './plan-state';

const EPS = 1e-9;

function stopped(ctl: Control): boolean {
	return (ctl.signal?.aborted ?? false) || performance.now() > ctl.deadline;
}

/** Members of every rep (CSR over the current assignment). */
export function members(st: PlanState): { start: Int32Array; list: Int32Array } {
	const { n, p } = st.pr;
	const start = new Int32Array(p + 1);
	for (let i = 0; i < n; i++) start[st.assign[i] + 1]++;
	for (let j = 0; j < p; j++) start[j + 1] += start[j];
	const list = new Int32Array(n);
	const pos = start.slice(0, p);
	for (let i = 0; i < n; i++) list[pos[st.assign[i]]++] = i;
	return { start, list };
}

/**
 * Accounts by (their rep, one of their other candidate reps), CSR keyed rep * p + candidate, each
 * bucket by increasing cost of that move: a swap scan stops at the first partner too dear to pay
 * for the other half (at 50k x 100 unsorted scans made swaps most of a plan's time). With `dirty`,
 * only buckets touching a dirty rep, the only ones a pass restricted to dirty reps reads.
 */
function pairIndex(
	st: PlanState,
	dirty: Uint8Array | null
): { start: Int32Array; list: Int32Array } {
	const { n, p, candStart, cand, cost } = st.pr;
	const start = new Int32Array(p * p + 1);
	const wanted = (a: number, c: number) =>
		c !== a && (dirty === null || dirty[a] === 1 || dirty[c] === 1);
	for (let i = 0; i < n; i++) {
		const a = st.assign[i];
		for (let t = candStart[i]; t < candStart[i + 1]; t++)
			if (wanted(a, cand[t])) start[a * p + cand[t] + 1]++;
	}
	for (let k = 0; k < p * p; k++) start[k + 1] += start[k];
	const list = new Int32Array(start[p * p]);
	const pos = start.slice(0, p * p);
	for (let i = 0; i < n; i++) {
		const a = st.assign[i];
		for (let t = candStart[i]; t < candStart[i + 1]; t++)
			if (wanted(a, cand[t])) list[pos[a * p + cand[t]]++] = i;
	}
	const price = new Float64Array(n);
	for (let a = 0; a < p; a++)
		for (let c = 0; c < p; c++) {
			const from = start[a * p + c];
			const to = start[a * p + c + 1];
			if (to - from < 2) continue;
			const bucket = list.subarray(from, to);
			for (const i of bucket) price[i] = cost[i * p + c] - cost[i * p + a];
			bucket.sort((x, y) => price[x] - price[y]);
		}
	return { start, list };
}

/**
 * Swaps between an account and a member of one of its candidate reps, scored by
 * objective + rho * violation (rho = Infinity keeps feasibility). `only` restricts the first
 * account to members of flagged reps. Returns the number of swaps made.
 */
export function swapPass(
	st: PlanState,
	ctl: Control,
	rho: number,
	only: Uint8Array | null,
	dirty: Uint8Array | null = null
): number {
	const { pr } = st;
	const { n, p, candStart, cand, cost } = pr;
	const allowed = pr.model.allowed;
	const keepFeasible = rho === Infinity;
	const soft = pr.pen.some((x) => x > 0);
	// Feasible swaps only look at partners that list i's rep as a candidate (by rep pair): on big
	// books scanning every member of the other rep dominated the whole solve.
	const mem = keepFeasible ? pairIndex(st, dirty) : members(st);
	let made = 0;
	for (let i = 0; i < n; i++) {
		const a = st.assign[i];
		if (only !== null && only[a] === 0) continue;
		if ((i & 255) === 0 && stopped(ctl)) break;
		for (let t = candStart[i]; t < candStart[i + 1]; t++) {
			const b = cand[t];
			if (b === a || st.assign[i] !== a) continue;
			const di = cost[i * p + b] - cost[i * p + a];
			// Keeping feasibility, a swap pays only if it raises travel by less than it can save on
			// soft-band penalties (nothing unless a or b is outside a soft band). One of its halves
			// then stays under half of that, and the scan from that half's account finds it. Pruning
			// at zero instead left perfect balance 22-27% above the bound on sample books (1.1-1.7%).
			const room = soft ? st.softAt(a) + st.softAt(b) : 0;
			if (rho === Infinity && di >= room / 2 - EPS) continue;
			if (dirty !== null && dirty[a] === 0 && dirty[b] === 0) continue;
			const key = keepFeasible ? b * p + a : b;
			const from = mem.start[key];
			let size = mem.start[key + 1] - from;
			// Sorted buckets (feasible swaps): only the prefix of partners cheap enough to pay for
			// i's half can help. Within it, and in member lists, the scan starts at a spread offset:
			// taking the cheapest partner first left the presets' soft-band plans worse (perfect
			// balance 11.7% -> 19.2% above the bound on the 5k sample book).
			if (keepFeasible) {
				let cheap = 0;
				while (cheap < size) {
					const k = mem.list[from + cheap];
					if (di + cost[k * p + a] - cost[k * p + b] >= room - EPS) break;
					cheap++;
				}
				size = cheap;
			}
			const scan = keepFeasible ? size : Math.min(size, 16);
			let q = size > 0 ? (i * 7919) % size : 0;
			for (let c = 0; c < scan; c++, q++) {
				if (q === size) q = 0;
				const k = mem.list[from + q];
				if (st.assign[k] !== b) continue;
				if (allowed !== null && allowed[k * p + a] !== 1) continue;
				st.swapDelta(i, k);
				const ok =
					rho === Infinity
						? st.dViol <= EPS && st.dObj < -EPS
						: st.dObj + rho * st.dViol < -EPS && st.dViol < 0;
				if (ok) {
					st.applySwap(i, k);
					made++;
					break;
				}
			}
			if (st.assign[i] !== a) break;
		}
	}
	return made;
}
