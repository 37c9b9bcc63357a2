/**
 * Scenario JSON = PlanSettings (any field may be omitted: defaults fill it) + `mode` and, for
 * location mode, `newReps`. Validated field by field so a typo names the exact path.
 */
import { DEFAULT_SETTINGS, type BalanceRule, type PlanSettings } from '../lib/core/settings';

export interface Scenario {
	mode: 'assign' | 'locate';
	/** Location mode: how many new reps to base (among the sites table or the accounts). */
	newReps: number;
	settings: PlanSettings;
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Bad extends Error {}

function num(v: unknown, path: string, min = -Infinity): number {
	if (typeof v !== 'number' || !Number.isFinite(v) || v < min)
		throw new Bad(
			`${path} must be a number${min > -Infinity ? ` ≥ ${min}` : ''}, got ${JSON.stringify(v)}`
		);
	return v;
}

function bool(v: unknown, path: string): boolean {
	if (typeof v !== 'boolean')
		throw new Bad(`${path} must be true or false, got ${JSON.stringify(v)}`);
	return v;
}

function strOrNull(v: unknown, path: string): string | null {
	if (v !== null && typeof v !== 'string') throw new Bad(`${path} must be a string or null`);
	return v;
}

function section(o: Obj, key: string, known: string[]): Obj {
	const v = o[key];
	if (v === undefined) return {};
	if (!isObj(v)) throw new Bad(`${key} must be an object`);
	for (const k of Object.keys(v))
		if (!known.includes(k))
			throw new Bad(`${key}.${k} is not a known setting (expected one of ${known.join(', ')})`);
	return v;
}

function balance(v: unknown): BalanceRule[] {
	if (!Array.isArray(v)) throw new Bad('balance must be a list of rules');
	return v.map((r, k) => {
		const path = `balance[${k}]`;
		if (!isObj(r)) throw new Bad(`${path} must be an object`);
		if (typeof r.metric !== 'string' || r.metric === '')
			throw new Bad(`${path}.metric must name a metric`);
		return {
			metric: r.metric,
			tolerance: num(r.tolerance ?? 0.1, `${path}.tolerance`, 0),
			hard: r.hard === undefined ? true : bool(r.hard, `${path}.hard`)
		};
	});
}

const TOP = [
	'mode',
	'newReps',
	'weights',
	'balance',
	'capacity',
	'locks',
	'skills',
	'moveCap',
	'travel',
	'continuityMetric',
	'timeLimitSeconds'
];

export function parseScenario(text: string, file = 'scenario.json'): ScenarioResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			message: `${file}: not valid JSON (${e instanceof Error ? e.message : e})`
		};
	}
	try {
		if (!isObj(raw)) throw new Bad('the top level must be an object');
		for (const k of Object.keys(raw))
			if (!TOP.includes(k))
				throw new Bad(`"${k}" is not a known setting (expected one of ${TOP.join(', ')})`);
		const d = structuredClone(DEFAULT_SETTINGS);
		const w = section(raw, 'weights', ['travel', 'balance', 'continuity', 'fit']);
		for (const k of ['travel', 'balance', 'continuity', 'fit'] as const)
			if (w[k] !== undefined) d.weights[k] = num(w[k], `weights.${k}`, 0);
		if (raw.balance !== undefined) d.balance = balance(raw.balance);
		const c = section(raw, 'capacity', ['accounts', 'workload', 'minAccounts']);
		for (const k of ['accounts', 'workload', 'minAccounts'] as const)
			if (c[k] !== undefined) d.capacity[k] = bool(c[k], `capacity.${k}`);
		const l = section(raw, 'locks', ['activeOpportunity', 'arrAtLeast', 'manual']);
		if (l.activeOpportunity !== undefined)
			d.locks.activeOpportunity = bool(l.activeOpportunity, 'locks.activeOpportunity');
		if (l.arrAtLeast !== undefined)
			d.locks.arrAtLeast = l.arrAtLeast === null ? null : num(l.arrAtLeast, 'locks.arrAtLeast');
		if (l.manual !== undefined) {
			if (!isObj(l.manual)) throw new Bad('locks.manual must map account ids to rep ids');
			for (const [a, r] of Object.entries(l.manual))
				if (typeof r !== 'string') throw new Bad(`locks.manual.${a} must be a rep id`);
			d.locks.manual = l.manual as Record<string, string>;
		}
		const s = section(raw, 'skills', ['industry', 'language', 'segment']);
		for (const k of ['industry', 'language', 'segment'] as const)
			if (s[k] !== undefined) d.skills[k] = bool(s[k], `skills.${k}`);
		const m = section(raw, 'moveCap', ['max', 'metric']);
		if (m.max !== undefined) d.moveCap.max = m.max === null ? null : num(m.max, 'moveCap.max', 0);
		if (m.metric !== undefined) d.moveCap.metric = strOrNull(m.metric, 'moveCap.metric');
		const t = section(raw, 'travel', ['mode', 'weightMetric']);
		if (t.mode !== undefined) {
			if (t.mode !== 'haversine' && t.mode !== 'euclidean' && t.mode !== 'pairs')
				throw new Bad('travel.mode must be "haversine", "euclidean" or "pairs"');
			d.travel.mode = t.mode;
		}
		if (t.weightMetric !== undefined)
			d.travel.weightMetric = strOrNull(t.weightMetric, 'travel.weightMetric');
		if (raw.continuityMetric !== undefined)
			d.continuityMetric = strOrNull(raw.continuityMetric, 'continuityMetric');
		if (raw.timeLimitSeconds !== undefined)
			d.timeLimitSeconds = num(raw.timeLimitSeconds, 'timeLimitSeconds', 0.1);
		const mode = raw.mode ?? 'assign';
		if (mode !== 'assign' && mode !== 'locate') throw new Bad('mode must be "assign" or "locate"');
		const newReps = raw.newReps === undefined ? 0 : num(raw.newReps, 'newReps', 0);
		if (mode === 'locate' && !(Number.isInteger(newReps) && newReps >= 1))
			throw new Bad('mode "locate" needs newReps, a whole number ≥ 1');
		return { ok: true, scenario: { mode, newReps, settings: d } };
	} catch (e) {
		if (e instanceof Bad) return { ok: false, message: `${file}: ${e.message}` };
		throw e;
	}
}
