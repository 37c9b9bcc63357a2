/**
 * Scenario files: one scenario or a list of them as readable JSON
 * (`{ "format": "carve-scenarios", "scenarios": [...] }`), validated and migrated exactly like
 * links. A single bare scenario object is accepted too. Import reports each bad entry by its
 * position and name and still returns the good ones, so one damaged scenario never loses the rest.
 */
import type { Scenario } from './scenario';
import { isPlainObject } from './schema';
import { validateScenario } from './validate-scenario';

export const FILE_FORMAT = 'carve-scenarios';
/** Files larger than this are refused before parsing (a scenario of a million moves is ~40 MB). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_SCENARIOS_PER_FILE = 1_000;

export function exportScenarios(scenarios: Scenario[]): string {
	return JSON.stringify({ format: FILE_FORMAT, scenarios }, null, '\t') + '\n';
}

export function scenarioFileName(name: string): string {
	// Leading dots would make a hidden file or a path step.
	const base = name
		.replace(/[^\p{L}\p{N}._ -]+/gu, '')
		.trim()
		.replace(/\s+/g, '-')
		.replace(/^[.-]+/, '')
		.slice(0, 80);
	return `${base || 'scenario'}.carve.json`;
}

export type ImportResult =
	{ ok: true; scenarios: Scenario[]; errors: string[] } | { ok: false; error: string };

/** Reads a scenario file's text (or bytes). `fileName` names the file in messages. */
export function importScenarios(input: string | Uint8Array, fileName = 'the file'): ImportResult {
	const size = typeof input === 'string' ? input.length : input.byteLength;
	const fail = (why: string): ImportResult => ({
		ok: false,
		error: `${fileName} is not a usable scenario file: ${why}.`
	});
	if (size === 0) return fail('it is empty');
	if (size > MAX_FILE_BYTES) return fail('it is larger than 200 MB');
	let json: unknown;
	try {
		const textIn =
			typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
		json = JSON.parse(textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn);
	} catch {
		return fail('it is not valid JSON text');
	}
	if (!isPlainObject(json)) return fail('it does not hold a scenario');
	let entries: unknown[];
	if ('format' in json) {
		if (json.format !== FILE_FORMAT) return fail(`its format is not “${FILE_FORMAT}”`);
		if (!Array.isArray(json.scenarios)) return fail('it has no list of scenarios');
		entries = json.scenarios;
	} else entries = [json];
	if (entries.length > MAX_SCENARIOS_PER_FILE)
		return fail(`it holds more than ${MAX_SCENARIOS_PER_FILE.toLocaleString('en-US')} scenarios`);
	const scenarios: Scenario[] = [];
	const errors: string[] = [];
	entries.forEach((entry, k) => {
		const check = validateScenario(entry);
		if (check.ok) scenarios.push(check.scenario);
		else {
			const name =
				isPlainObject(entry) && typeof entry.name === 'string'
					? ` (“${entry.name.slice(0, 60)}”)`
					: '';
			errors.push(`Scenario ${k + 1}${name} in ${fileName}: ${check.error}.`);
		}
	});
	if (!scenarios.length) return fail(errors[0] ?? 'it holds no scenarios');
	return { ok: true, scenarios, errors };
}
