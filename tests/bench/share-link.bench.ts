/**
 * Share-link size for the sample's optimised plans: each preset solved on the bundled sample
 * (the same book as static/samples), saved as a scenario and encoded as a `#s1.` link. Links over
 * the limit fall back to a scenario file, whose size is listed too.
 */
import { loadHighsNode } from '../../wasm/highs-node';
import { compileModel } from '../../src/lib/engine/compile';
import { solve } from '../../src/lib/engine/solve';
import { presets } from '../../src/lib/planner/presets';
import { generateBook, DEFAULT_SAMPLE } from '../../src/lib/samples/generate';
import { buildScenario } from '../../src/lib/scenario/scenario';
import { encodeShareLink, MAX_LINK_CHARS } from '../../src/lib/scenario/share-link';
import type { BenchRow } from './table';

export const title = 'Share links: size of the sample plan per preset (5,000 × 40)';

export async function run(): Promise<BenchRow[]> {
	const { book } = generateBook({ ...DEFAULT_SAMPLE });
	const highs = await loadHighsNode();
	const rows: BenchRow[] = [];
	for (const p of presets(book, 10)) {
		const compiled = compileModel(book, p.settings);
		if (!compiled.ok) throw new Error(`${p.id}: ${compiled.conflicts[0]?.message}`);
		const result = await solve(compiled.model, { timeLimitSeconds: 10, highs });
		if (result.status !== 'optimal' && result.status !== 'feasible')
			throw new Error(`${p.id}: ${result.status}`);
		const scenario = buildScenario(book, result.assignment, p.settings, { name: p.label });
		const t0 = performance.now();
		const link = encodeShareLink(scenario);
		const ms = performance.now() - t0;
		rows.push({
			preset: p.label,
			'moved accounts': scenario.changes.moves.length,
			'link chars': link.ok ? link.length : null,
			'fits in a link': link.ok,
			'limit chars': MAX_LINK_CHARS,
			'scenario JSON bytes': JSON.stringify(scenario).length,
			'encode ms': ms
		});
	}
	return rows;
}
