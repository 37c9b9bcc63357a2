/**
 * Scenario schema history. Each entry lifts raw JSON of version n to version n + 1, so a link or
 * file written by any older Carve still opens: migrations run in order up to SCENARIO_VERSION and
 * only then does the strict schema check (validate-scenario.ts) see the value.
 *
 * History:
 * - v1: changes = { moves } only.
 * - v2: changes gain `locks` (account ids locked in the plan); v1 had none.
 * - v3: `edits` (what-if book edits replayed on the base data before the changes); older
 *   scenarios were made on the data as loaded, so they get none. The fingerprint may carry
 *   `repDetails` (optional, so v1/v2 fingerprints stay valid).
 *
 * To change the schema: bump SCENARIO_VERSION, add `MIGRATIONS[old]`, and update the validator.
 */
import { SCENARIO_VERSION } from './scenario';
import { isPlainObject, type Raw } from './schema';

export type Migration = (raw: Raw) => Raw;

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	1: (raw) => {
		const changes = isPlainObject(raw.changes) ? { ...raw.changes, locks: [] } : raw.changes;
		return { ...raw, version: 2, changes };
	},
	2: (raw) => ({ ...raw, version: 3, edits: [] })
};

export type MigrateResult = { ok: true; value: Raw } | { ok: false; error: string };

/** Lifts raw scenario JSON to the current version (or explains why it cannot). */
export function migrate(raw: unknown): MigrateResult {
	if (!isPlainObject(raw)) return { ok: false, error: 'it does not hold a scenario object' };
	let value = raw;
	let v = value.version;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
		return { ok: false, error: 'its scenario version is missing or invalid' };
	if (v > SCENARIO_VERSION)
		return {
			ok: false,
			error: `it was made by a newer version of Carve (scenario format ${v}; this one reads up to ${SCENARIO_VERSION}). Reload the page to update`
		};
	while (v < SCENARIO_VERSION) {
		const step = MIGRATIONS[v];
		if (!step) return { ok: false, error: `no upgrade from scenario format ${v}` };
		value = step(value);
		v += 1;
		if (value.version !== v) return { ok: false, error: `upgrade from format ${v - 1} failed` };
	}
	return { ok: true, value };
}
