/**
 * Compiles a Book and PlanSettings into an AssignmentModel.
 *
 * Objective per pair (i, j), each term normalised so that one unit means "one typical account":
 *   travel      weights.travel     × d_ij × t_i / D    D = mean of d_ij × t_i over all pairs
 *   disruption  weights.continuity × m_i / M           when j is not i's current owner;
 *                                                       m_i = continuity metric (or 1), M = mean m
 *   fit         weights.fit        × (skill mismatches of (i, j) among skills that are not hard)
 *   balance     a soft band costs weights.balance × n / total per unit outside the band, so
 *               missing the band by one average account's share costs as much as one move.
 * d_ij: haversine km from the rep's base, planar distance for x/y data, or the pairs table.
 */
import type { Book } from '../core/book';
import type { PlanSettings } from '../core/settings';
import { applyPairs, type PairInput } from './compile-pairs';
import { buildPairRules, fitMismatch, skillIndex } from './compile-rules';
import { distanceFn } from '../core/distance';
import { fmt, pct } from './format';
import { precheckModel } from './infeasibility';
import type { AssignmentModel, MoveCap, Resource } from './model';
import type { ConflictExplanation } from './result';

export type { PairInput };

export interface CompileExtras {
	pairs?: PairInput[];
}

/** What the objective is made of, kept for explanations. */
export interface CostTerms {
	/** Raw travel (km, plane units or pair cost) per pair, NaN when not available. */
	distance: Float64Array;
	travelScale: number;
	/** Unit of `distance` in explanations: 'km', 'units' (x/y data) or 'cost' (pairs table). */
	unit: string;
	/** Objective cost of moving account i away from its owner. */
	disruption: Float64Array;
	lockReason: string[];
}

export type CompileResult =
	| { ok: true; model: AssignmentModel; notes: string[]; terms: CostTerms }
	| { ok: false; conflicts: ConflictExplanation[] };

function column(book: Book, metric: string): Float64Array | null {
	if (metric === 'accounts') return new Float64Array(book.accounts.n).fill(1);
	const col = book.accounts.metrics[metric];
	return col ? col.map((v) => (Number.isFinite(v) ? v : 0)) : null;
}

function settingsConflict(message: string): CompileResult {
	return { ok: false, conflicts: [{ rules: ['settings'], message }] };
}

export function compileModel(
	book: Book,
	settings: PlanSettings,
	extras: CompileExtras = {}
): CompileResult {
	const A = book.accounts;
	const R = book.reps;
	const n = A.n;
	const p = R.p;
	const notes: string[] = [];
	if (p === 0) return settingsConflict('there are no reps to assign accounts to');
	const rules = buildPairRules(book, settings);
	notes.push(...rules.notes);
	if (rules.conflicts.length > 0) return { ok: false, conflicts: rules.conflicts };
	let allowed = rules.allowed;

	const distance = new Float64Array(n * p).fill(NaN);
	let pairWorkload: Float64Array | null = null;
	if (settings.travel.mode === 'pairs') {
		if (!extras.pairs) return settingsConflict('travel mode "pairs" needs a pairs table');
		const res = applyPairs(book, extras.pairs, distance);
		if (typeof res === 'string') return settingsConflict(res);
		pairWorkload = res.workload;
		allowed ??= new Uint8Array(n * p).fill(1);
		for (let k = 0; k < n * p; k++) if (Number.isNaN(distance[k])) allowed[k] = 0;
		notes.push(
			`${fmt(res.missing, 0)} account–rep pairs without a row in the pairs table are not allowed`
		);
	} else {
		const d = distanceFn(settings.travel.mode);
		let missing = 0;
		for (let i = 0; i < n; i++) {
			for (let j = 0; j < p; j++) distance[i * p + j] = d(A.lat[i], A.lon[i], R.lat[j], R.lon[j]);
			if (!Number.isFinite(A.lat[i]) || !Number.isFinite(A.lon[i])) missing++;
		}
		if (missing > 0)
			notes.push(`${fmt(missing, 0)} accounts have no location; travel ignores them`);
		const noBase = R.id.filter((_, j) => !Number.isFinite(R.lat[j]) || !Number.isFinite(R.lon[j]));
		if (noBase.length > 0)
			notes.push(
				`${noBase.length} reps have no base location (${noBase.slice(0, 5).join(', ')}); travel to them counts as the account's average`
			);
	}
	const tw = settings.travel.weightMetric ? column(book, settings.travel.weightMetric) : null;
	if (settings.travel.weightMetric && !tw)
		return settingsConflict(
			`travel weight metric "${settings.travel.weightMetric}" is not a column`
		);
	let dSum = 0;
	let dCount = 0;
	for (let k = 0; k < n * p; k++) {
		const v = distance[k] * (tw ? tw[Math.floor(k / p)] : 1);
		if (Number.isFinite(v)) {
			dSum += v;
			dCount++;
		}
	}
	const travelScale = dCount > 0 && dSum > 0 ? dSum / dCount : 1;

	const cm = settings.continuityMetric;
	const m = cm ? column(book, cm) : new Float64Array(n).fill(1);
	if (!m) return settingsConflict(`continuity metric "${cm}" is not a column`);
	const mMean = m.reduce((s, v) => s + v, 0) / Math.max(1, n) || 1;
	const disruption = new Float64Array(n);
	for (let i = 0; i < n; i++) disruption[i] = (settings.weights.continuity * m[i]) / mMean;

	// A pair without a distance (rep or account not located) gets the account's mean distance:
	// neutral, so nobody is drawn to an unlocated rep.
	const rowMean = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let sum = 0;
		let cnt = 0;
		for (let j = 0; j < p; j++)
			if (Number.isFinite(distance[i * p + j])) {
				sum += distance[i * p + j];
				cnt++;
			}
		rowMean[i] = cnt > 0 ? sum / cnt : 0;
	}
	const w = settings.weights;
	const ok = skillIndex(book);
	const cost = new Float64Array(n * p);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < p; j++) {
			const k = i * p + j;
			const d = Number.isFinite(distance[k]) ? distance[k] : rowMean[i];
			const t = d * (tw ? tw[i] : 1);
			let c = Number.isFinite(t) ? (w.travel * t) / travelScale : 0;
			if (A.owner[i] >= 0 && A.owner[i] !== j) c += disruption[i];
			if (w.fit > 0) c += w.fit * fitMismatch(ok, settings, i, j);
			cost[k] = c;
		}
	notes.push(
		`travel normalised by ${fmt(travelScale)} (mean over all pairs); a move costs ${fmt(w.continuity)} × ${cm ?? 'count'} / its mean`
	);

	const resources: Resource[] = [];
	const rampSum = R.ramp.reduce((s, r) => s + (Number.isFinite(r) && r > 0 ? r : 1), 0);
	for (const rule of settings.balance) {
		const col =
			rule.metric === 'workload' && pairWorkload ? pairWorkload : column(book, rule.metric);
		if (!col) return settingsConflict(`balance rule names "${rule.metric}", which is not a column`);
		if (!(rule.tolerance >= 0))
			return settingsConflict(`balance tolerance for ${rule.metric} must be ≥ 0`);
		if (!rule.hard && w.balance <= 0) continue;
		const perPair = col.length === n * p && n * p !== n;
		let total = 0;
		for (let i = 0; i < n; i++) total += perPair ? meanRow(col, i, p) : col[i];
		const lo = new Float64Array(p);
		const hi = new Float64Array(p);
		for (let j = 0; j < p; j++) {
			const ramp = Number.isFinite(R.ramp[j]) && R.ramp[j] > 0 ? R.ramp[j] : 1;
			const target = (total / rampSum) * ramp;
			lo[j] = (1 - rule.tolerance) * target;
			hi[j] = (1 + rule.tolerance) * target;
		}
		resources.push({
			name: rule.metric,
			kind: 'balance',
			weight: col,
			perPair,
			lo,
			hi,
			softPenalty: rule.hard ? 0 : (w.balance * n) / Math.max(1e-9, total)
		});
		if (rule.hard) granularityNote(col, hi, rule.tolerance, rule.metric, notes);
	}
	pushCapacities(book, settings, pairWorkload, resources);
	const moveCap = buildMoveCap(book, settings);
	if (moveCap === 'bad')
		return settingsConflict(`move-cap metric "${settings.moveCap.metric}" is not a column`);

	const model: AssignmentModel = {
		n,
		p,
		cost,
		allowed,
		resources,
		moveCap,
		accountIds: A.id,
		repIds: R.id
	};
	const pre = precheckModel(model);
	if (pre.length > 0) return { ok: false, conflicts: pre };
	return {
		ok: true,
		model,
		notes,
		terms: {
			distance,
			travelScale,
			unit: { haversine: 'km', euclidean: 'units', pairs: 'cost' }[settings.travel.mode],
			disruption,
			lockReason: rules.lockReason
		}
	};
}

function meanRow(col: Float64Array, i: number, p: number): number {
	let s = 0;
	for (let j = 0; j < p; j++) s += col[i * p + j];
	return s / p;
}

/** Warns when a hard band is narrower than a single account (likely infeasible or very tight). */
function granularityNote(
	col: Float64Array,
	hi: Float64Array,
	t: number,
	metric: string,
	notes: string[]
): void {
	let biggest = 0;
	for (let k = 0; k < col.length; k++) biggest = Math.max(biggest, col[k]);
	const target = Math.min(...hi) / (1 + t);
	if (target > 0 && biggest > 2 * t * target)
		notes.push(
			`balance ±${pct(t)} on ${metric} is tight: one account alone is ${pct(biggest / target)} of a territory's target`
		);
}

function pushCapacities(
	book: Book,
	s: PlanSettings,
	pairWorkload: Float64Array | null,
	out: Resource[]
): void {
	const { n } = book.accounts;
	const R = book.reps;
	const finite = (a: Float64Array) => a.some((v) => Number.isFinite(v));
	const bound = (a: Float64Array, open: number) => a.map((v) => (Number.isFinite(v) ? v : open));
	const ones = new Float64Array(n).fill(1);
	const none = (v: number) => new Float64Array(R.p).fill(v);
	if (s.capacity.accounts && finite(R.capacityAccounts))
		out.push({
			name: 'accounts',
			kind: 'capacity',
			weight: ones,
			perPair: false,
			lo: none(-Infinity),
			hi: bound(R.capacityAccounts, Infinity),
			softPenalty: 0
		});
	const work = pairWorkload ?? column(book, 'workload');
	if (s.capacity.workload && work && finite(R.capacityWorkload))
		out.push({
			name: 'workload',
			kind: 'capacity',
			weight: work,
			perPair: pairWorkload !== null,
			lo: none(-Infinity),
			hi: bound(R.capacityWorkload, Infinity),
			softPenalty: 0
		});
	if (s.capacity.minAccounts && finite(R.minAccounts))
		out.push({
			name: 'accounts',
			kind: 'min',
			weight: ones,
			perPair: false,
			lo: bound(R.minAccounts, -Infinity),
			hi: none(Infinity),
			softPenalty: 0
		});
}

function buildMoveCap(book: Book, s: PlanSettings): MoveCap | null | 'bad' {
	if (s.moveCap.max === null) return null;
	const weight = s.moveCap.metric
		? column(book, s.moveCap.metric)
		: new Float64Array(book.accounts.n).fill(1);
	if (!weight) return 'bad';
	return { owner: book.accounts.owner, weight, max: s.moveCap.max };
}
