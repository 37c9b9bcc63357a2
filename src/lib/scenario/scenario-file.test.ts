import { describe, expect, it } from 'vitest';
import { applyScenario, SCENARIO_VERSION } from './scenario';
import { exportScenarios, importScenarios, scenarioFileName } from './scenario-file';
import { randomScenario, smallBook } from './test-fixtures';

const book = smallBook();
const scenarios = [1, 2, 3, 4].map((seed) => randomScenario(seed, book).scenario);

describe('scenario files', () => {
	it('round-trip a list of scenarios, as text and as bytes', () => {
		const text = exportScenarios(scenarios);
		expect(importScenarios(text)).toEqual({ ok: true, scenarios, errors: [] });
		const bytes = new TextEncoder().encode('\ufeff' + text);
		expect(importScenarios(bytes)).toEqual({ ok: true, scenarios, errors: [] });
		const r = importScenarios(text);
		if (r.ok) expect(applyScenario(book, r.scenarios[0]).ok).toBe(true);
	});

	it('accepts one bare scenario object, and migrates an old one', () => {
		const plain = scenarios.find((s) => s.edits.length === 0)!;
		const raw = JSON.parse(JSON.stringify(plain));
		raw.version = 1;
		delete raw.changes.locks;
		delete raw.edits;
		delete raw.fingerprint.repDetails;
		const r = importScenarios(JSON.stringify(raw), 'old.json');
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.scenarios[0].version).toBe(SCENARIO_VERSION);
			expect(r.scenarios[0].changes.locks).toEqual([]);
			expect(r.scenarios[0].edits).toEqual([]);
			expect(applyScenario(book, r.scenarios[0]).ok).toBe(true);
		}
	});

	it('keeps the good scenarios and names the bad one', () => {
		const list = JSON.parse(exportScenarios(scenarios));
		list.scenarios[1].settings.weights.travel = -3;
		const r = importScenarios(JSON.stringify(list), 'plans.json');
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.scenarios.map((s) => s.id)).toEqual([
				scenarios[0].id,
				scenarios[2].id,
				scenarios[3].id
			]);
			expect(r.errors).toEqual([
				`Scenario 2 (“${scenarios[1].name}”) in plans.json: settings.weights.travel should be between 0 and 1000000.`
			]);
		}
	});

	const bad: [string, string | Uint8Array, RegExp][] = [
		['empty', '', /it is empty/],
		['not JSON', '{"format": ', /not valid JSON/],
		['invalid UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), /not valid JSON/],
		['a number', '42', /does not hold a scenario/],
		['another format', '{"format":"other","scenarios":[]}', /format is not “carve-scenarios”/],
		['no list', '{"format":"carve-scenarios","scenarios":{}}', /no list of scenarios/],
		['empty list', '{"format":"carve-scenarios","scenarios":[]}', /holds no scenarios/],
		['only bad entries', '{"format":"carve-scenarios","scenarios":[{"version":1}]}', /Scenario 1/],
		['prototype pollution', '{"__proto__":{"polluted":1},"version":2}', /unexpected field|missing/]
	];
	for (const [label, input, message] of bad)
		it(`refuses ${label} with a message naming the file`, () => {
			const r = importScenarios(input, 'plan.carve.json');
			expect(r.ok).toBe(false);
			if (!r.ok) {
				expect(r.error).toMatch(/^plan\.carve\.json is not a usable scenario file: /);
				expect(r.error).toMatch(message);
			}
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});

	it('makes safe file names', () => {
		expect(scenarioFileName('Q3 West / <script>')).toBe('Q3-West-script.carve.json');
		expect(scenarioFileName('../../')).toBe('scenario.carve.json');
		expect(scenarioFileName('.hidden plan')).toBe('hidden-plan.carve.json');
		expect(scenarioFileName('')).toBe('scenario.carve.json');
	});
});
