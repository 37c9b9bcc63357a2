/**
 * The strict check of untrusted scenario JSON (from a link or a file): migrate to the current
 * version, then read every field with its type and range. The result is a fresh object built only
 * from checked values; text stays plain text (cleaned of control characters, length-limited).
 */
import type { BalanceRule, PlanSettings } from '../core/settings';
import type { DataFingerprint } from './fingerprint';
import { MAX_LISTED_REPS, REP_ASPECTS } from './fingerprint';
import { migrate } from './migrations';
import { LIMITS, SCENARIO_VERSION, cleanName, cleanNotes, type Scenario } from './scenario';
import { readEdits } from './validate-edits';
import {
	SchemaError,
	bool,
	list,
	nullable,
	num,
	object,
	oneOf,
	record,
	text,
	type Raw
} from './schema';

const BIG = 1e9;
const HASH = /^[0-9a-f]{16}$/;

const key = (v: unknown, p: string) => text(v, p, LIMITS.key);
const id = (v: unknown, p: string) => {
	const s = key(v, p);
	if (s === '') throw new SchemaError(`${p} should not be empty`);
	return s;
};

function hash(v: unknown, p: string): string {
	if (typeof v !== 'string' || !HASH.test(v)) throw new SchemaError(`${p} is not a data hash`);
	return v;
}

function readFingerprint(v: unknown, p: string): DataFingerprint {
	const f = object(
		v,
		p,
		['accounts', 'reps', 'hash', 'accountIds', 'owners', 'columns', 'repIds', 'repList'],
		['repDetails']
	);
	const out: DataFingerprint = {
		accounts: num(f.accounts, `${p}.accounts`, 0, LIMITS.rows, true),
		reps: num(f.reps, `${p}.reps`, 0, LIMITS.rows, true),
		hash: hash(f.hash, `${p}.hash`),
		accountIds: hash(f.accountIds, `${p}.accountIds`),
		owners: hash(f.owners, `${p}.owners`),
		columns: record(f.columns, `${p}.columns`, 50, 100, hash),
		repIds: hash(f.repIds, `${p}.repIds`),
		repList: nullable(f.repList, `${p}.repList`, (x, q) => list(x, q, MAX_LISTED_REPS, id))
	};
	if (f.repDetails !== undefined) {
		const d = object(f.repDetails, `${p}.repDetails`, [...REP_ASPECTS]);
		out.repDetails = {
			capacity: hash(d.capacity, `${p}.repDetails.capacity`),
			ramp: hash(d.ramp, `${p}.repDetails.ramp`),
			skills: hash(d.skills, `${p}.repDetails.skills`),
			bases: hash(d.bases, `${p}.repDetails.bases`)
		};
	}
	return out;
}

function readRule(v: unknown, p: string): BalanceRule {
	const r = object(v, p, ['metric', 'tolerance', 'hard']);
	return {
		metric: id(r.metric, `${p}.metric`),
		tolerance: num(r.tolerance, `${p}.tolerance`, 0, 100),
		hard: bool(r.hard, `${p}.hard`)
	};
}

function readSettings(v: unknown, p: string): PlanSettings {
	const s = object(v, p, [
		'weights',
		'balance',
		'capacity',
		'locks',
		'skills',
		'moveCap',
		'travel',
		'continuityMetric',
		'timeLimitSeconds'
	]);
	const w = object(s.weights, `${p}.weights`, ['travel', 'balance', 'continuity', 'fit']);
	const weight = (k: string) => num(w[k], `${p}.weights.${k}`, 0, 1e6);
	const c = object(s.capacity, `${p}.capacity`, ['accounts', 'workload', 'minAccounts']);
	const l = object(s.locks, `${p}.locks`, ['activeOpportunity', 'arrAtLeast', 'manual']);
	const k = object(s.skills, `${p}.skills`, ['industry', 'language', 'segment']);
	const m = object(s.moveCap, `${p}.moveCap`, ['max', 'metric']);
	const t = object(s.travel, `${p}.travel`, ['mode', 'weightMetric']);
	const metric = (x: unknown, q: string) => nullable(x, q, id);
	return {
		weights: {
			travel: weight('travel'),
			balance: weight('balance'),
			continuity: weight('continuity'),
			fit: weight('fit')
		},
		balance: list(s.balance, `${p}.balance`, 50, readRule),
		capacity: {
			accounts: bool(c.accounts, `${p}.capacity.accounts`),
			workload: bool(c.workload, `${p}.capacity.workload`),
			minAccounts: bool(c.minAccounts, `${p}.capacity.minAccounts`)
		},
		locks: {
			activeOpportunity: bool(l.activeOpportunity, `${p}.locks.activeOpportunity`),
			arrAtLeast: nullable(l.arrAtLeast, `${p}.locks.arrAtLeast`, (x, q) => num(x, q, 0, 1e15)),
			manual: record(l.manual, `${p}.locks.manual`, LIMITS.rows, LIMITS.key, key)
		},
		skills: {
			industry: bool(k.industry, `${p}.skills.industry`),
			language: bool(k.language, `${p}.skills.language`),
			segment: bool(k.segment, `${p}.skills.segment`)
		},
		moveCap: {
			max: nullable(m.max, `${p}.moveCap.max`, (x, q) => num(x, q, 0, BIG, true)),
			metric: metric(m.metric, `${p}.moveCap.metric`)
		},
		travel: {
			mode: oneOf(t.mode, `${p}.travel.mode`, ['haversine', 'euclidean', 'pairs'] as const),
			weightMetric: metric(t.weightMetric, `${p}.travel.weightMetric`)
		},
		continuityMetric: metric(s.continuityMetric, `${p}.continuityMetric`),
		timeLimitSeconds: num(s.timeLimitSeconds, `${p}.timeLimitSeconds`, 0, 86_400)
	};
}

function readMove(v: unknown, p: string): [string, string] {
	const pair = list(v, p, 2, key);
	if (pair.length !== 2) throw new SchemaError(`${p} should be [account id, rep id]`);
	if (pair[0] === '') throw new SchemaError(`${p} has an empty account id`);
	return [pair[0], pair[1]];
}

function readScenario(raw: Raw): Scenario {
	const s = object(
		raw,
		'the scenario',
		['version', 'id', 'name', 'notes', 'createdAt', 'fingerprint', 'settings', 'edits', 'changes'],
		['metrics']
	);
	const createdAt = text(s.createdAt, 'createdAt', 40);
	if (Number.isNaN(Date.parse(createdAt))) throw new SchemaError('createdAt is not a date');
	const ch = object(s.changes, 'changes', ['moves', 'locks']);
	const out: Scenario = {
		version: SCENARIO_VERSION,
		id: id(s.id, 'id').slice(0, LIMITS.id),
		name: cleanName(text(s.name, 'name', LIMITS.name)),
		notes: cleanNotes(text(s.notes, 'notes', LIMITS.notes)),
		createdAt,
		fingerprint: readFingerprint(s.fingerprint, 'fingerprint'),
		settings: readSettings(s.settings, 'settings'),
		edits: readEdits(s.edits, 'edits'),
		changes: {
			moves: list(ch.moves, 'changes.moves', LIMITS.rows, readMove),
			locks: list(ch.locks, 'changes.locks', LIMITS.rows, id)
		}
	};
	if (s.metrics !== undefined)
		out.metrics = record(s.metrics, 'metrics', LIMITS.metrics, 100, (x, q) =>
			num(x, q, -1e300, 1e300)
		);
	const reps = out.fingerprint.reps + out.edits.filter((e) => e.kind === 'rep-joins').length;
	if (reps > LIMITS.rows) throw new SchemaError('edits add more reps than any book has');
	if (out.changes.moves.length > out.fingerprint.accounts)
		throw new SchemaError('changes.moves lists more accounts than the data has');
	return out;
}

export type ScenarioCheck = { ok: true; scenario: Scenario } | { ok: false; error: string };

/** Migrates and validates untrusted JSON; the error is a clause for the caller's sentence. */
export function validateScenario(raw: unknown): ScenarioCheck {
	const migrated = migrate(raw);
	if (!migrated.ok) return migrated;
	try {
		return { ok: true, scenario: readScenario(migrated.value) };
	} catch (e) {
		if (e instanceof SchemaError) return { ok: false, error: e.message };
		return { ok: false, error: 'it could not be read' };
	}
}

/** Validates a bare PlanSettings object (the CLI's scenario files use the same rules). */
export function validateSettings(
	raw: unknown,
	path = 'settings'
): { ok: true; settings: PlanSettings } | { ok: false; error: string } {
	try {
		return { ok: true, settings: readSettings(raw, path) };
	} catch (e) {
		if (e instanceof SchemaError) return { ok: false, error: e.message };
		return { ok: false, error: 'it could not be read' };
	}
}
