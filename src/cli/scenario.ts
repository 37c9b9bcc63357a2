/**
 * Scenario JSON = PlanSettings (any field may be omitted: defaults fill it) + `mode` and, for
 * location mode, `newReps`. Omitted fields are filled from the defaults, then the settings go
 * through the same validator as scenario files and share links (src/lib/scenario), so the CLI and
 * the app accept exactly the same settings and a typo names the exact path.
 */
import { DEFAULT_SETTINGS, type PlanSettings } from '../lib/core/settings';
import { validateSettings } from '../lib/scenario/validate-scenario';

export interface Scenario {
	mode: 'assign' | 'locate';
	/** Location mode: how many new reps to base (among the sites table or the accounts). */
	newReps: number;
	settings: PlanSettings;
}

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const SECTIONS = ['weights', 'capacity', 'locks', 'skills', 'moveCap', 'travel'] as const;
const TOP = [
	'mode',
	'newReps',
	...SECTIONS,
	'balance',
	'continuityMetric',
	'timeLimitSeconds'
] as const;

/** Defaults under the user's values; anything malformed is passed through for the validator. */
function withDefaults(raw: Obj): Obj {
	const d = structuredClone(DEFAULT_SETTINGS) as unknown as Obj;
	const out: Obj = { ...d };
	for (const k of SECTIONS)
		if (raw[k] !== undefined) out[k] = isObj(raw[k]) ? { ...(d[k] as Obj), ...raw[k] } : raw[k];
	if (raw.balance !== undefined)
		out.balance = Array.isArray(raw.balance)
			? raw.balance.map((r) => (isObj(r) ? { tolerance: 0.1, hard: true, ...r } : r))
			: raw.balance;
	for (const k of ['continuityMetric', 'timeLimitSeconds'] as const)
		if (raw[k] !== undefined) out[k] = raw[k];
	return out;
}

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
	const bad = (message: string): ScenarioResult => ({ ok: false, message: `${file}: ${message}` });
	if (!isObj(raw)) return bad('the top level must be an object');
	for (const k of Object.keys(raw))
		if (!(TOP as readonly string[]).includes(k))
			return bad(`"${k}" is not a known setting (expected one of ${TOP.join(', ')})`);
	const checked = validateSettings(withDefaults(raw), 'scenario');
	if (!checked.ok) return bad(checked.error);
	const mode = raw.mode ?? 'assign';
	if (mode !== 'assign' && mode !== 'locate') return bad('mode must be "assign" or "locate"');
	const newReps = raw.newReps ?? 0;
	if (typeof newReps !== 'number' || !Number.isFinite(newReps) || newReps < 0)
		return bad('newReps must be a number ≥ 0');
	if (mode === 'locate' && !(Number.isInteger(newReps) && newReps >= 1))
		return bad('mode "locate" needs newReps, a whole number ≥ 1');
	return { ok: true, scenario: { mode, newReps, settings: checked.settings } };
}
