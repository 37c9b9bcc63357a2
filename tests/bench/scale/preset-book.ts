/**
 * Benchmark models of the planner's soft-band presets (perfect balance, hybrid, minimal
 * disruption) on a sample book from `generateBook`, compiled by `compileModel` exactly as the app
 * does: soft potential bands priced by the balance weight, hard workload bands, capacities and,
 * for minimal disruption, a move cap.
 */
import { compileModel } from '../../../src/lib/engine/compile';
import type { AssignmentModel } from '../../../src/lib/engine/model';
import { preset, type PresetId } from '../../../src/lib/planner/presets';
import { generateBook } from '../../../src/lib/samples/generate';

export const SOFT_PRESETS: PresetId[] = ['perfect-balance', 'hybrid', 'minimal-disruption'];

export function presetBookModel(o: {
	n: number;
	p: number;
	seed: number;
	preset: PresetId;
}): AssignmentModel | string {
	const { book } = generateBook({ accounts: o.n, reps: o.p, seed: o.seed });
	const r = compileModel(book, preset(book, o.preset).settings);
	return r.ok ? r.model : r.conflicts.map((x) => x.message).join('; ');
}
