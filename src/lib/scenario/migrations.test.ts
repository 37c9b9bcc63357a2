import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from './migrations';
import { SCENARIO_VERSION } from './scenario';
import { randomScenario } from './test-fixtures';
import { validateScenario } from './validate-scenario';

/** What Carve wrote at schema v1: no locks in the changes. */
function asV1(seed: number) {
	const { scenario } = randomScenario(seed);
	const raw = JSON.parse(JSON.stringify(scenario));
	raw.version = 1;
	delete raw.changes.locks;
	return { scenario, raw };
}

describe('scenario migrations', () => {
	it('has a step from every older version to the next', () => {
		for (let v = 1; v < SCENARIO_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
	});

	it('opens every older version as the current one', () => {
		for (let v = 1; v <= SCENARIO_VERSION; v++) {
			const { scenario, raw } = asV1(v);
			if (v === SCENARIO_VERSION) Object.assign(raw, JSON.parse(JSON.stringify(scenario)));
			const check = validateScenario(raw);
			if (!check.ok) throw new Error(check.error);
			expect(check.scenario.version).toBe(SCENARIO_VERSION);
			expect(check.scenario.changes.moves).toEqual(scenario.changes.moves);
			expect(check.scenario.changes.locks).toEqual(v === 1 ? [] : scenario.changes.locks);
		}
	});

	it('explains newer, missing and invalid versions', () => {
		const { raw } = asV1(1);
		expect(migrate({ ...raw, version: SCENARIO_VERSION + 1 })).toMatchObject({
			ok: false,
			error: expect.stringContaining('newer version of Carve')
		});
		for (const version of [undefined, 0, -1, 1.5, '2', null])
			expect(migrate({ ...raw, version }).ok).toBe(false);
		expect(migrate([]).ok).toBe(false);
	});
});
