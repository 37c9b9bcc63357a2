import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations';
import { applyScenario, SCENARIO_VERSION } from './scenario';
import { randomScenario } from './test-fixtures';
import { validateScenario } from './validate-scenario';

/** What Carve wrote at schema `version`: v1 had no locks, v1–v2 no edits and no rep details. */
function asVersion(seed: number, version: number) {
	let { book, scenario } = randomScenario(seed);
	// Older formats had no what-ifs: take the next seed without edits.
	while (version < 3 && scenario.edits.length) ({ book, scenario } = randomScenario(++seed));
	const raw = JSON.parse(JSON.stringify(scenario));
	raw.version = version;
	if (version < 3) {
		delete raw.edits;
		delete raw.fingerprint.repDetails;
	}
	if (version < 2) delete raw.changes.locks;
	return { book, scenario, raw };
}

describe('scenario migrations', () => {
	it('has a step from every older version to the next', () => {
		for (let v = 1; v < SCENARIO_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
	});

	it('opens every older version as the current one, and it still applies', () => {
		for (let v = 1; v <= SCENARIO_VERSION; v++) {
			const { book, scenario, raw } = asVersion(v, v);
			const check = validateScenario(raw);
			if (!check.ok) throw new Error(check.error);
			expect(check.scenario.version).toBe(SCENARIO_VERSION);
			expect(check.scenario.edits).toEqual(v < 3 ? [] : scenario.edits);
			expect(check.scenario.changes.moves).toEqual(scenario.changes.moves);
			expect(check.scenario.changes.locks).toEqual(v === 1 ? [] : scenario.changes.locks);
			expect(applyScenario(book, check.scenario).ok).toBe(true);
		}
	});

	it('explains newer, missing and invalid versions', () => {
		const { raw } = asVersion(1, 1);
		expect(migrate({ ...raw, version: SCENARIO_VERSION + 1 })).toMatchObject({
			ok: false,
			error: expect.stringContaining('newer version of Carve')
		});
		for (const version of [undefined, 0, -1, 1.5, '2', null])
			expect(migrate({ ...raw, version }).ok).toBe(false);
		expect(migrate([]).ok).toBe(false);
	});

	it('refuses a v2 scenario that already claims edits (the v3 field)', () => {
		const { raw } = asVersion(2, 2);
		raw.edits = [{ kind: 'rep-leaves', repId: 'x' }];
		// The migration sets edits to [] for v2; a v2 file never had them, so they are dropped.
		const check = validateScenario(raw);
		expect(check.ok && check.scenario.edits).toEqual([]);
	});
});
