/** Shared fixtures for state tests in Node: the bundled sample files and a solver that is never called. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanSolver } from '../plan-solver';

/** A bundled sample file (static/samples) as a browser File. */
export function sampleFile(name: string): File {
	return new File(
		[readFileSync(fileURLToPath(new URL(`../../../../static/samples/${name}`, import.meta.url)))],
		name
	);
}

/** An explain() that never has reasons: for fakes whose tests do not look at them. */
export const noExplain: PlanSolver['explain'] = () => Promise.resolve({ id: 0, kind: 'cancelled' });

/** For states whose tests never solve. */
export const noSolver: PlanSolver = {
	solve: () => Promise.reject(new Error('not used')),
	explain: noExplain,
	cancel: () => {}
};
