import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHighsNode } from '../../../wasm/highs-node';
import { gapToModel, parseGap } from './benchmarks/gap-reader';
import { parseReferenceValues } from './benchmarks/reference';
import { solveExact } from './exact';
import { evaluateObjective } from './objective';
import { verifyAssignment } from './verify';

const BENCH = new URL('../../../../shared/benchmarks/', import.meta.url);
const refs = parseReferenceValues(readFileSync(new URL('reference_values.csv', BENCH), 'utf8'));

function expected(file: string, sense: string): number {
	const r = refs.find((x) => x.file === file && x.sense === sense);
	if (!r) throw new Error(`no reference for ${file} ${sense}`);
	return Number(r.value);
}

const golden = ['gap1-0', 'gap2-3', 'gap4-1', 'gap6-2', 'gap8-4'];

describe('solveExact on OR-Library GAP (published optima)', () => {
	for (const name of golden)
		for (const sense of ['min', 'max'] as const)
			it(`${name} ${sense}`, async () => {
				const highs = await loadHighsNode();
				const file = `gap/cattrysse1994/${name}`;
				const model = gapToModel(parseGap(readFileSync(new URL(file, BENCH), 'utf8')), sense);
				const res = solveExact(model, highs, { timeLimitSeconds: 30 });
				expect(res.status).toBe('optimal');
				if (res.status !== 'optimal') return;
				expect(verifyAssignment(model, res.assignment)).toEqual([]);
				const value = sense === 'max' ? -res.objective : res.objective;
				expect(value).toBeCloseTo(expected(file, sense), 6);
				expect(evaluateObjective(model, res.assignment)).toBeCloseTo(res.objective, 9);
				// Whole-number costs: the proven bound rounds up to the optimum itself.
				expect(res.bound).toBe(res.objective);
			});
});
