/**
 * Large-scale solver: volume-algorithm Lagrangian bound interleaved with plan construction.
 * A round of plans re-picks candidate reps by multiplier-adjusted cost, rounds the averaged primal
 * (and, time allowing, takes the argmin at the best multipliers), repairs to feasibility and
 * improves by local search; the best plan's objective becomes the volume algorithm's step target.
 * A quick first plan comes early; then the bound gets the time until it settles, which always earns
 * a round from the settled prices, and oscillation around the best plan uses what is left.
 */
import type { AssignmentModel } from '../model';
import type { SolveProgress } from '../result';
import { improve, repair, type Control } from './local-search';
import { Oscillator } from './oscillate';
import { PlanState } from './plan-state';
import { prepare, type Prepared } from './prepared';
import { sampledMultipliers } from './sampled-start';
import { VolumeBound } from './volume';

/**
 * Candidate reps per account. Whale-heavy books need room to trade: over four sample books of
 * 10k x 50 with hard bands at 5 s the mean gap was 6.2% with 5 candidates, 5.0% with 8 and 6.3%
 * with 12 (2k x 20: 6.3% vs 4.8%; synthetic 10k 0.42% vs 0.39%). Soft bands kept 5 while swaps
 * ignored what they save on the bands; since then 8 is as good or better there too (presets on
 * four 5k x 40 sample books, total objective: minimal disruption -0.2%, hybrid -0.1%, perfect
 * balance and max revenue equal).
 */
const CANDIDATES = 8;
/** Accounts in the sampled model that warm-starts the multipliers of big models. */
const SAMPLE = 2000;
/**
 * Books above this size start from sampled prices. At 10k x 50 a cold start converges in about
 * 1.5 s anyway, and skipping the sample gave the first plan 0.1 s sooner at the same final gap
 * (mean of four seeds 0.41% either way).
 */
const SAMPLE_ABOVE = 25_000;
/** Share of the time oscillation rounds may take while the bound is still settling. */
const OSC_SHARE = 0.5;
/** Share of the time after which plan rounds resume even if the bound is still moving. */
const SETTLE = 0.4;
/**
 * Fresh starts of the volume steps from the best multipliers before a flat bound counts as settled,
 * when some multiplier is capped (soft bands) or couples every account (the move cap). Presets on
 * four sample books of 5k x 40: minimal disruption 0.44-1.13% above the bound instead of
 * 0.49-2.6%, hybrid 0.39-0.81% instead of 0.42-0.79%. Hard bands alone only lose the time:
 * synthetic 10k went from 0.26-0.52% to 0.40-0.66%.
 */
const RESTARTS = 2;
/** Failed oscillation rounds in a row, after the bound converged, that end the solve. */
const OSC_PATIENCE = 400;

export interface HeuristicOptions {
	timeLimitSeconds: number;
	onProgress?: (p: SolveProgress) => void;
	signal?: { aborted: boolean };
	/** Candidate reps per account (default `CANDIDATES`; all reps if a resource is per pair). */
	candidates?: number;
	/** Stop once (objective - bound) / objective is at most this (default 1e-4). */
	targetGap?: number;
}

export interface HeuristicOutcome {
	assignment: Int32Array | null;
	objective: number | null;
	bound: number;
	firstFeasibleSeconds: number | null;
	iterations: number;
	seconds: number;
	/** 'done' when it converged or hit the target gap. */
	ended: 'done' | 'timeout' | 'cancelled';
	/** Accounts with no allowed rep (the model is infeasible), by index. */
	orphans: number[];
	/** Final candidate reps per account (CSR), for follow-up neighbourhood search. */
	candStart: Int32Array | null;
	cand: Int32Array | null;
	/**
	 * Reps by the Lagrangian reduced cost their accounts hold in the best plan (at the best
	 * multipliers), most first: where the plan strays furthest from the relaxation.
	 */
	repsByReducedCost: Int32Array | null;
}

export function solveHeuristic(model: AssignmentModel, opts: HeuristicOptions): HeuristicOutcome {
	const t0 = performance.now();
	const elapsed = () => (performance.now() - t0) / 1000;
	const ctl: Control = { deadline: t0 + opts.timeLimitSeconds * 1000, signal: opts.signal };
	const targetGap = opts.targetGap ?? 1e-4;
	const orphans: number[] = [];
	for (let i = 0; i < model.n; i++) {
		let any = false;
		for (let j = 0; j < model.p && !any; j++)
			any = model.allowed === null || model.allowed[i * model.p + j] === 1;
		if (!any) orphans.push(i);
	}
	const out: HeuristicOutcome = {
		assignment: null,
		objective: null,
		bound: -Infinity,
		firstFeasibleSeconds: null,
		iterations: 0,
		seconds: 0,
		ended: 'done',
		orphans,
		candStart: null,
		cand: null,
		repsByReducedCost: null
	};
	if (orphans.length > 0 || model.n === 0 || model.p === 0) return out;
	const anyPerPair = model.resources.some((r) => r.perPair);
	const pr = prepare(model, anyPerPair ? model.p : (opts.candidates ?? CANDIDATES));
	const vb = new VolumeBound(pr);
	let warm = false;
	if (!anyPerPair && model.n > SAMPLE_ABOVE) {
		// A fifth of the book settles in far less time than the book itself and its prices carry
		// over; on 50k books a sample of 2,000 left the bound a fifth short after the whole time
		// limit. Larger samples (a quarter, a third) gave better sample-book plans in some runs but
		// ran out of sample time on a loaded machine (poor prices, 10-13% gap on synthetic 50k).
		const sampleDeadline = t0 + 0.25 * opts.timeLimitSeconds * 1000;
		const big = model.n > 25_000;
		const size = Math.max(SAMPLE, Math.round(model.n / 5));
		const mult = sampledMultipliers(model, size, big ? 1500 : 800, sampleDeadline);
		if (mult !== null) vb.warmStart(mult.u, mult.v);
		warm = mult !== null;
	}
	let lastReport = 0;
	const report = (phase: string, force = false) => {
		if (!opts.onProgress) return;
		const now = performance.now();
		if (!force && now - lastReport < 100) return;
		lastReport = now;
		opts.onProgress({ phase, elapsed: elapsed(), bestObjective: out.objective, bound: vb.bound });
	};
	let bestSt: PlanState | null = null;
	const keep = (st: PlanState) => {
		if (st.viol > 0) return;
		if (out.objective === null || st.objective < out.objective - 1e-9) {
			bestSt = new PlanState(pr, st.assign);
			out.objective = st.objective;
			out.assignment = Int32Array.from(st.assign);
			if (out.firstFeasibleSeconds === null) {
				out.firstFeasibleSeconds = elapsed();
				report('feasible', true);
			}
			vb.upper = st.objective;
		}
	};
	const tryStart = (start: Int32Array, guide: Float64Array) => {
		const st = new PlanState(pr, start);
		if (!repair(st, ctl, guide)) return;
		const firstPlan = out.objective === null;
		keep(st);
		// The first plan only needs to exist: capping its improvement at a twentieth of the time
		// leaves the bound more steps before the settled round (50k x 100: 0.34% and 0.14% above
		// the bound at 30 s, against 0.58% and 0.22% with a fifth of the time).
		const budget = (firstPlan ? 0.05 : 0.2) * opts.timeLimitSeconds * 1000;
		improve(st, { ...ctl, deadline: Math.min(ctl.deadline, performance.now() + budget) });
		st.recompute();
		keep(st);
	};
	const gapNow = () =>
		out.objective === null
			? Infinity
			: (out.objective - vb.bound) / Math.max(1e-9, Math.abs(out.objective));

	// Repairs from an unconverged dual are slow and poor: let the bound settle first. Sampled
	// prices are settled enough for a first plan (measured at 10k x 50 while it still started from
	// a sample: first plan 0.8-0.9 s instead of 1.1-1.2 s, final gap 0.49-0.88% vs 0.88-1.03%).
	let nextStart = warm ? 20 : 150;
	let checkAt = 100;
	let checkBound = -Infinity;
	let converged = false;
	let restarts = 0;
	const restartsAllowed =
		model.moveCap !== null || model.resources.some((r) => r.softPenalty > 0) ? RESTARTS : 0;
	let lastRoundBound = -Infinity;
	let guide: Float64Array | null = null;
	const osc = new Oscillator(0.3 * meanCost(model.cost));
	let oscMs = 0;
	let oscFails = 0;
	let settledAt = 0;
	/** Longest round of plans so far: what the final round must be left. */
	let roundSeconds = 0;
	let settledRound = false;
	let convergedRound = false;
	for (;;) {
		if (opts.signal?.aborted) {
			out.ended = 'cancelled';
			break;
		}
		if (performance.now() > ctl.deadline) {
			out.ended = 'timeout';
			break;
		}
		if (!converged && !vb.step()) converged = true;
		if (!converged && vb.iterations >= checkAt) {
			if (vb.bound - checkBound <= 1e-5 * Math.abs(vb.bound) && vb.stepFactor < 0.01) {
				if (restarts < restartsAllowed) {
					restarts++;
					vb.restart();
				} else converged = true;
			}
			checkBound = vb.bound;
			checkAt += 100;
		}
		report('bound');
		// A new round of plans only pays when the bound moved since the last one (or at the end).
		const moved = vb.bound - lastRoundBound > 2e-3 * Math.abs(vb.bound) || out.objective === null;
		// No plan yet after a sixth of the time: build one now rather than risk ending with none.
		const overdue = out.objective === null && elapsed() > opts.timeLimitSeconds / 6;
		// After the first plan, the bound gets the time until it settles, or until only the time
		// for a final round of plans is left (at least SETTLE of the time): plans from unsettled
		// prices are poor (50k x 100: 1.6% above the bound after 40 steps, 0.32% after 1,200).
		const settled =
			converged ||
			elapsed() >
				Math.max(SETTLE * opts.timeLimitSeconds, opts.timeLimitSeconds - 1.5 * roundSeconds);
		const due =
			(vb.iterations >= nextStart && moved && (out.objective === null || settled)) || overdue;
		// Settling earns one more round from the settled multipliers, and so does converging. The
		// bound's value says little about the prices: at 50k x 100 it rose 0.1% between a plan 1.6%
		// above it and one 0.37% above it, never enough for `moved`.
		const last = (settled && !settledRound) || (converged && !convergedRound);
		if (due || last) {
			settledRound = settled;
			convergedRound = converged;
			nextStart = Math.round(vb.iterations * 1.6) + 30;
			lastRoundBound = vb.bound;
			vb.certify(true);
			report('plans', true);
			guide = vb.adjustedAll();
			// The first plan matters most for responsiveness: one start only.
			const first = out.objective === null;
			const roundStart = performance.now();
			tryStart(vb.roundAverage(), guide);
			// A second start only when there is time for it (at 50k x 100 one start takes ~6 s).
			const left = (ctl.deadline - performance.now()) / 1000;
			if (!first && left > (1.5 * (performance.now() - roundStart)) / 1000)
				tryStart(Int32Array.from(vb.bestX), guide);
			roundSeconds = Math.max(roundSeconds, (performance.now() - roundStart) / 1000);
			report('improve', true);
			if (gapNow() <= targetGap) break;
		}
		if (settled && settledAt === 0) settledAt = performance.now();
		const oscTurn = converged || (settled && oscMs < OSC_SHARE * (performance.now() - settledAt));
		if (bestSt !== null && guide !== null && oscTurn) {
			const t = performance.now();
			const better = osc.round(bestSt, ctl, guide);
			oscMs += performance.now() - t;
			if (better !== null) {
				keep(better);
				oscFails = 0;
				report('improve');
				if (gapNow() <= targetGap) break;
			} else if (converged && ++oscFails >= OSC_PATIENCE) break;
		}
		if (converged && bestSt === null) break;
	}
	if (out.ended === 'done' && out.objective === null && !opts.signal?.aborted)
		// Converged without a feasible plan: one last repair guided by the true cost.
		tryStart(vb.roundAverage(), pr.cost);
	if (opts.signal?.aborted) out.ended = 'cancelled';
	out.bound = vb.bound;
	if (out.assignment !== null && guide !== null)
		out.repsByReducedCost = repsByReducedCost(pr, out.assignment, guide);
	out.candStart = pr.candStart;
	out.cand = pr.cand;
	out.iterations = vb.iterations;
	out.seconds = elapsed();
	report('done', true);
	return out;
}

/** Reps ordered by the reduced cost (guide value above the account's cheapest candidate) held. */
function repsByReducedCost(pr: Prepared, plan: Int32Array, guide: Float64Array): Int32Array {
	const { n, p, candStart, cand } = pr;
	const held = new Float64Array(p);
	for (let i = 0; i < n; i++) {
		let least = guide[i * p + plan[i]];
		for (let t = candStart[i]; t < candStart[i + 1]; t++)
			least = Math.min(least, guide[i * p + cand[t]]);
		held[plan[i]] += guide[i * p + plan[i]] - least;
	}
	return Int32Array.from({ length: p }, (_, j) => j).sort((a, b) => held[b] - held[a]);
}

function meanCost(cost: Float64Array): number {
	let s = 0;
	for (let k = 0; k < cost.length; k++) s += Math.abs(cost[k]);
	return cost.length > 0 ? s / cost.length : 1;
}
